package org.regwatch.apikeys;

import io.quarkus.security.identity.request.BaseAuthenticationRequest;

/** An API key presented by a caller, to be turned into an identity by {@link OperatorKeyIdentityProvider}. */
public class ApiKeyRequest extends BaseAuthenticationRequest {

  private final String key;

  public ApiKeyRequest(String key) {
    this.key = key;
  }

  public String key() {
    return key;
  }
}
