package org.regwatch.classifier.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Matching a face against a stored image is face recognition even when the article's only word
 * for the technology is "biometric" (rule from heldout-12): the subject is facial recognition, not
 * biometrics. Fingerprints, or a face with no stored image to compare with, stay biometrics.
 */
class FaceComparisonTest {

  @Test
  void gatesThatCompareATravellersFaceWithThePassportPhotoAreFaceRecognition() {
    Classification c = Read.article("Border gates down for hours",
        "The biometric gates check a traveller's face against the photo on the passport chip. On"
            + " Sunday they stopped working for six hours.");
    assertThat(c.labels().relevant()).isFalse();
    assertThat(c.labels().subjectTech().json()).isEqualTo("facial recognition");
  }

  @Test
  void kiosksThatMatchFacesToADatabaseAreFaceRecognition() {
    Classification c = Read.article("Stadium adds biometric entry",
        "Fans can opt in to biometric entry: kiosks match their faces to images stored in a database.");
    assertThat(c.labels().subjectTech().json()).isEqualTo("facial recognition");
  }

  @Test
  void fingerprintReadersStayBiometrics() {
    Classification c = Read.article("Border gates down for hours",
        "The biometric gates check a traveller's fingerprints against the record on the passport chip.");
    assertThat(c.labels().subjectTech().json()).isEqualTo("biometrics");
  }

  @Test
  void aFaceWithNoStoredImageToCompareWithStaysBiometrics() {
    Classification c = Read.article("Bank adds biometric logins",
        "Customers can check their balance with a biometric login; the bank said face masks are allowed"
            + " in branches.");
    assertThat(c.labels().subjectTech().json()).isEqualTo("biometrics");
  }
}
