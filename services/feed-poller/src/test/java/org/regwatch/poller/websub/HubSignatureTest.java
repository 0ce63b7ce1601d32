package org.regwatch.poller.websub;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class HubSignatureTest {

  private static final byte[] BODY = "<feed><entry><title>Ban passes</title></entry></feed>"
      .getBytes(StandardCharsets.UTF_8);

  @Test
  void aSha1OrSha256SignatureMadeWithTheSecretIsValid() {
    assertThat(HubSignature.valid(HubSignature.sign("sha1", "s3cret", BODY), BODY, "s3cret")).isTrue();
    assertThat(HubSignature.valid(HubSignature.sign("sha256", "s3cret", BODY), BODY, "s3cret")).isTrue();
  }

  @Test
  void aSignatureMadeWithAnotherSecretIsInvalid() {
    assertThat(HubSignature.valid(HubSignature.sign("sha256", "other", BODY), BODY, "s3cret")).isFalse();
  }

  @Test
  void aSignatureOfAnotherBodyIsInvalid() {
    String signature = HubSignature.sign("sha256", "s3cret", "<feed/>".getBytes(StandardCharsets.UTF_8));
    assertThat(HubSignature.valid(signature, BODY, "s3cret")).isFalse();
  }

  @Test
  void missingMalformedOrUnknownMethodSignaturesAreInvalid() {
    assertThat(HubSignature.valid(null, BODY, "s3cret")).isFalse();
    assertThat(HubSignature.valid("sha256", BODY, "s3cret")).isFalse();
    assertThat(HubSignature.valid("sha256=not-hex", BODY, "s3cret")).isFalse();
    assertThat(HubSignature.valid("md5=00ff", BODY, "s3cret")).isFalse();
  }

  @Test
  void withoutAnAcceptedSecretNothingIsValid() {
    assertThat(HubSignature.valid(HubSignature.sign("sha1", "s3cret", BODY), BODY)).isFalse();
  }

  @Test
  void duringARenewalEitherSecretIsAccepted() {
    assertThat(HubSignature.valid(HubSignature.sign("sha1", "new", BODY), BODY, "old", "new")).isTrue();
  }
}
