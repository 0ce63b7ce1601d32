package org.regwatch.apikeys;

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
 * Reads the API key from the request. No key is anonymous (reads stay public; {@code @RolesAllowed}
 * endpoints then answer 401); a key is always checked, so a wrong one is a 401 everywhere.
 */
@ApplicationScoped
public class OperatorKeyAuthenticationMechanism implements HttpAuthenticationMechanism {

  @Override
  public Uni<SecurityIdentity> authenticate(RoutingContext context,
      IdentityProviderManager identityProviderManager) {
    return ApiKeyHeaders.keyOf(context.request().getHeader(ApiKeyHeaders.API_KEY),
            context.request().getHeader(ApiKeyHeaders.AUTHORIZATION))
        .map(key -> identityProviderManager.authenticate(new ApiKeyRequest(key)))
        .orElseGet(() -> Uni.createFrom().nullItem());
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
