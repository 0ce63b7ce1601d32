package org.regwatch.apikeys;

import java.util.Optional;

/**
 * Where a caller puts its API key, read exactly as the query service reads it: {@code X-Api-Key}
 * first, else {@code Authorization: Bearer <key>} (scheme case-insensitive). A blank key counts as
 * no key, so a client that sends an empty header is anonymous rather than refused.
 */
public final class ApiKeyHeaders {

  public static final String API_KEY = "X-Api-Key";
  public static final String AUTHORIZATION = "Authorization";
  private static final String BEARER = "Bearer ";

  private ApiKeyHeaders() {}

  public static Optional<String> keyOf(String apiKeyHeader, String authorizationHeader) {
    String key = apiKeyHeader;
    if (key == null && authorizationHeader != null
        && authorizationHeader.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
      key = authorizationHeader.substring(BEARER.length());
    }
    if (key == null || key.isBlank()) {
      return Optional.empty();
    }
    return Optional.of(key.trim());
  }
}
