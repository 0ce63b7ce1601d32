package org.regwatch.apikeys;

import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.runtime.QuarkusPrincipal;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * The one identity provider for API keys in every service: an operator key → the operator role;
 * any other key → the service's {@link OtherApiKeys} (by default refused). One provider, not one
 * per kind of key, because Quarkus stops at the first provider of a request type that fails.
 */
@ApplicationScoped
public class OperatorKeyIdentityProvider implements IdentityProvider<ApiKeyRequest> {

  private final OperatorKeys operatorKeys;
  private final OtherApiKeys otherKeys;

  public OperatorKeyIdentityProvider(OperatorKeys operatorKeys, OtherApiKeys otherKeys) {
    this.operatorKeys = operatorKeys;
    this.otherKeys = otherKeys;
  }

  @Override
  public Class<ApiKeyRequest> getRequestType() {
    return ApiKeyRequest.class;
  }

  /** Operator keys first: they cost a hash and no I/O, whatever the other keys' check does. */
  @Override
  public Uni<SecurityIdentity> authenticate(ApiKeyRequest request,
      AuthenticationRequestContext context) {
    if (operatorKeys.isOperatorKey(request.key())) {
      return Uni.createFrom().item(identity(OperatorRole.NAME, OperatorRole.NAME));
    }
    return otherKeys.authenticate(request, context);
  }

  /** An identity whose principal is {@code name}, holding {@code role}. */
  public static SecurityIdentity identity(String name, String role) {
    return QuarkusSecurityIdentity.builder()
        .setPrincipal(new QuarkusPrincipal(name))
        .addRole(role)
        .build();
  }
}
