package org.regwatch.apikeys;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ApiKeyHeadersTest {

  @Test
  void theKeyIsReadFromABearerAuthorizationHeader() {
    assertThat(ApiKeyHeaders.keyOf(null, "Bearer ops-7f3a")).contains("ops-7f3a");
  }

  @Test
  void theBearerSchemeIsCaseInsensitive() {
    assertThat(ApiKeyHeaders.keyOf(null, "bearer ops-7f3a")).contains("ops-7f3a");
  }

  @Test
  void theKeyIsReadFromXApiKey() {
    assertThat(ApiKeyHeaders.keyOf("ops-7f3a", null)).contains("ops-7f3a");
  }

  @Test
  void xApiKeyWinsOverAuthorizationAsInTheQueryService() {
    assertThat(ApiKeyHeaders.keyOf("from-x-api-key", "Bearer from-authorization"))
        .contains("from-x-api-key");
  }

  @Test
  void anotherAuthorizationSchemeIsNoKey() {
    assertThat(ApiKeyHeaders.keyOf(null, "Basic b3BzOnNlY3JldA==")).isEmpty();
  }

  @Test
  void blankOrMissingHeadersAreNoKey() {
    assertThat(ApiKeyHeaders.keyOf(null, null)).isEmpty();
    assertThat(ApiKeyHeaders.keyOf("  ", null)).isEmpty();
    assertThat(ApiKeyHeaders.keyOf(null, "Bearer   ")).isEmpty();
  }

  @Test
  void surroundingWhitespaceIsNotPartOfTheKey() {
    assertThat(ApiKeyHeaders.keyOf(null, "Bearer  ops-7f3a ")).contains("ops-7f3a");
  }
}
