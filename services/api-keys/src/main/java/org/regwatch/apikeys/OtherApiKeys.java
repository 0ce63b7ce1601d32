package org.regwatch.apikeys;

import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;

/**
 * What a service does with a key that is not an operator key. The library's default refuses it
 * ({@link RefuseOtherApiKeys}); a service that can verify other keys (the query service, with its
 * subscriber keys) provides its own bean, which replaces the default. The one identity provider
 * asks operator keys first either way, so operators never cost a lookup.
 */
public interface OtherApiKeys {

  /** An identity for the key, or a failure ({@code AuthenticationFailedException} → 401). */
  Uni<SecurityIdentity> authenticate(ApiKeyRequest request, AuthenticationRequestContext context);
}
