package org.regwatch.apikeys;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.runtime.QuarkusPrincipal;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Operator key → the operator role; any other key goes to {@link #otherKey}, which here refuses it
 * (401). A service using this provider as is has no subscriber database, so it cannot tell a
 * subscriber's valid key from a made-up one: both are keys it does not know, and accepting a key it
 * cannot verify would make every string a credential; see docs/security.md. The query service,
 * which can verify subscriber keys, subclasses this provider and overrides {@link #otherKey}.
 */
@ApplicationScoped
public class OperatorKeyIdentityProvider implements IdentityProvider<ApiKeyRequest> {

  /** Subscriber keys are "rwk_" + 43 base64url characters (query service's ApiKeys.newKey). */
  private static final String SUBSCRIBER_KEY_PREFIX = "rwk_";

  private final OperatorKeys operatorKeys;

  public OperatorKeyIdentityProvider(OperatorKeys operatorKeys) {
    this.operatorKeys = operatorKeys;
  }

  @Override
  public Class<ApiKeyRequest> getRequestType() {
    return ApiKeyRequest.class;
  }

  /** Operator keys first: they cost a hash and no I/O, whatever {@link #otherKey} does. Subclasses override otherKey, not this. */
  @Override
  public Uni<SecurityIdentity> authenticate(ApiKeyRequest request,
      AuthenticationRequestContext context) {
    if (operatorKeys.isOperatorKey(request.key())) {
      return Uni.createFrom().item(identity(OperatorRole.NAME, OperatorRole.NAME));
    }
    return otherKey(request, context);
  }

  /** A key that is not an operator key: an identity, or a failure (AuthenticationFailedException → 401). */
  protected Uni<SecurityIdentity> otherKey(ApiKeyRequest request,
      AuthenticationRequestContext context) {
    // The message reaches the caller as the problem's detail: it says why a subscriber's own
    // (possibly valid) key is refused here, without saying whether it is valid.
    return Uni.createFrom().failure(new AuthenticationFailedException(
        request.key().startsWith(SUBSCRIBER_KEY_PREFIX)
            ? "not an operator key; subscriber keys are only accepted by the query service"
            : "unknown API key"));
  }

  /** An identity whose principal is {@code name}, holding {@code role}. */
  protected static SecurityIdentity identity(String name, String role) {
    return QuarkusSecurityIdentity.builder()
        .setPrincipal(new QuarkusPrincipal(name))
        .addRole(role)
        .build();
  }
}
