package org.regwatch.apikeys;

import io.quarkus.arc.DefaultBean;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Refuses every key that is not an operator key (401). A service without a subscriber database
 * cannot tell a subscriber's valid key from a made-up one: both are keys it does not know, and
 * accepting a key it cannot verify would make every string a credential; see docs/security.md.
 */
@DefaultBean
@ApplicationScoped
public class RefuseOtherApiKeys implements OtherApiKeys {

  /** Subscriber keys are "rwk_" + 43 base64url characters (query service's ApiKeys.newKey). */
  private static final String SUBSCRIBER_KEY_PREFIX = "rwk_";

  @Override
  public Uni<SecurityIdentity> authenticate(ApiKeyRequest request,
      AuthenticationRequestContext context) {
    // The message reaches the caller as the problem's detail: it says why a subscriber's own
    // (possibly valid) key is refused here, without saying whether it is valid.
    return Uni.createFrom().failure(new AuthenticationFailedException(
        request.key().startsWith(SUBSCRIBER_KEY_PREFIX)
            ? "not an operator key; subscriber keys are only accepted by the query service"
            : "unknown API key"));
  }
}
