package org.regwatch.classifier.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.regwatch.events.LegislationStatus;

/**
 * What is signed decides whether a law was made: a bill signed is enacted; an agreement, a
 * contract or a pledge signed is no law (sentences written for these tests).
 */
class SignedNoLawTest {

  @Test
  void governmentsThatSignAnAgreementOnFaceMatchingMakeNoLaw() {
    Classification c = Read.article("States agree to share licence photos with face-matching hub",
        "The state and territory leaders signed an intergovernmental agreement on face-matching services "
            + "at a meeting in the capital on Thursday, under which licence photos will feed a national "
            + "facial recognition system.");
    assertThat(c.labels().legislation()).isEqualTo(LegislationStatus.NONE);
  }

  @Test
  void aCityThatSignsAContractForFacialRecognitionMakesNoLaw() {
    Classification c = Read.article("Westland buys facial recognition for its police",
        "Westland signed a contract with a facial recognition vendor on Monday, the city's police chief said.");
    assertThat(c.labels().legislation()).isEqualTo(LegislationStatus.NONE);
  }

  @Test
  void aGovernorWhoSignsABillMakesItLaw() {
    Classification c = Read.article("Governor limits police facial recognition",
        "The governor signed a bill on Thursday that bars police from using facial recognition on "
            + "body camera footage.");
    assertThat(c.labels().legislation()).isEqualTo(LegislationStatus.ENACTED);
  }
}
