package org.regwatch.query.security;

import io.quarkus.security.identity.IdentityProviderManager;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.AuthenticationRequest;
import io.quarkus.vertx.http.runtime.security.ChallengeData;
import io.quarkus.vertx.http.runtime.security.HttpAuthenticationMechanism;
import io.smallrye.mutiny.Uni;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Set;

/**
 * Reads an API key from {@code Authorization: Bearer <key>} or {@code X-Api-Key}. No key means
 * anonymous (the read models are public); a key that does not check out is a 401.
 */
@ApplicationScoped
public class ApiKeyAuthenticationMechanism implements HttpAuthenticationMechanism {

  @Override
  public Uni<SecurityIdentity> authenticate(RoutingContext context,
      IdentityProviderManager identityProviderManager) {
    String key = context.request().getHeader("X-Api-Key");
    String authorization = context.request().getHeader("Authorization");
    if (key == null && authorization != null
        && authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
      key = authorization.substring(7).trim();
    }
    if (key == null || key.isBlank()) {
      return Uni.createFrom().optional(java.util.Optional.empty());
    }
    return identityProviderManager.authenticate(new ApiKeyRequest(key));
  }

  @Override
  public Uni<ChallengeData> getChallenge(RoutingContext context) {
    return Uni.createFrom().item(new ChallengeData(401, "WWW-Authenticate", "Bearer"));
  }

  @Override
  public Set<Class<? extends AuthenticationRequest>> getCredentialTypes() {
    return Set.of(ApiKeyRequest.class);
  }
}
