package org.regwatch.classifier.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.regwatch.events.DevelopmentKind;
import org.regwatch.events.DevelopmentStatus;

/**
 * heldout-22's and heldout-23's misreadings as language families (docs/classifier-history.md "Rules from
 * heldout-22 and heldout-23"): a regulator's formal warning is enforcement; an agency's proposed
 * rule is a regulation proposed; "facial comparison" and face-detecting cameras name the
 * technology; a pending bill that lapses has failed; a negative quantifier as subject ("no agency
 * has said it will stop") denies what it reports; "for now" keeps a stop of a general-purpose
 * product a pause; "will not use it again" closes a use for good (exit); an argument for a
 * measure or a stance on it ("cool on a ban") takes no step; a company that stops investing in the
 * technology's makers exits; the technology kept off after a ruling is a pause kept; a private
 * class action settled is no enforcement wherever it is heard; a title's unbounded stop defers to a
 * lead that tells it as for good; a biometric title with another body measurement in title or lead
 * is about biometrics. The table {@code rules/heldout22-23.psv} holds the firing sentences
 * and the traps; the tests below check who acts and what kind of development it is.
 */
class Heldout22And23FamiliesTest extends SentenceTable {

  @Override
  String table() {
    return "/rules/heldout22-23.psv";
  }

  @Test
  void aFormalWarningIsTheRegulatorsEnforcement() {
    Classification c = Read.title("Privacy regulator issues formal warning to gym chain over facial recognition");
    assertThat(Read.headline(c).kind()).isEqualTo(DevelopmentKind.ENFORCEMENT);
    assertThat(Read.headline(c).status()).isEqualTo(DevelopmentStatus.ANNOUNCED);
  }

  @Test
  void aRefusalToUseItAgainIsAnExitByTheOneWhoRefuses() {
    Classification c = Read.title("Riverton mall owner Acme says it will not use facial recognition again");
    assertThat(Read.headline(c).kind()).isEqualTo(DevelopmentKind.EXIT);
    Classification bounded = Read.title("Acme will not use facial recognition again until lawmakers set rules");
    assertThat(Read.headline(bounded).kind()).isEqualTo(DevelopmentKind.MORATORIUM);
  }

  @Test
  void forNowKeepsTheStopOfAGeneralPurposeProductAPause() {
    Classification c = Read.title("Acme won't offer general-purpose face recognition to customers for now");
    assertThat(Read.headline(c).kind()).isEqualTo(DevelopmentKind.MORATORIUM);
    assertThat(c.labels().actors()).containsExactly("Acme");
    Classification exit = Read.title("Acme will no longer offer general purpose facial recognition software");
    assertThat(Read.headline(exit).kind()).isEqualTo(DevelopmentKind.EXIT);
  }

  @Test
  void theInvestorThatStopsInvestingIsTheActorOfItsExit() {
    Classification c = Read.title("Acme to stop investing in facial recognition companies");
    assertThat(Read.headline(c).kind()).isEqualTo(DevelopmentKind.EXIT);
    assertThat(c.labels().actors()).containsExactly("Acme");
  }

  @Test
  void aLapsedBillIsFailedLegislationNotAnEndedPause() {
    Classification c = Read.title("National face-matching bill lapses as parliament is dissolved");
    assertThat(Read.headline(c).kind()).isEqualTo(DevelopmentKind.LEGISLATION);
    assertThat(Read.headline(c).status()).isEqualTo(DevelopmentStatus.FAILED);
  }

  @Test
  void aBiometricTitleWithAnotherBodyMeasurementIsAboutBiometrics() {
    Classification code = Read.article("Riverton's code on police biometrics comes into force",
        "A code governing how police collect and keep fingerprints, DNA and photographs came into force"
            + " on Monday. It also covers live facial recognition, which the force does not use.");
    assertThat(code.labels().subjectTech()).isEqualTo(org.regwatch.events.SubjectTech.BIOMETRICS);
    Classification faceOnly = Read.article("Riverton council approves biometrics freeze at its airport",
        "The council on Monday approved a temporary halt on new face-scanning gates at the airport.");
    assertThat(faceOnly.labels().subjectTech()).isEqualTo(org.regwatch.events.SubjectTech.FACIAL_RECOGNITION);
  }

  @Test
  void aPauseKeptByARulingNamesNoFaultAndStaysAPause() {
    Classification c = Read.title("Riverton face-matching cameras to stay switched off after judge rules them unlawful");
    assertThat(Read.headline(c).kind()).isEqualTo(DevelopmentKind.MORATORIUM);
    assertThat(Read.headline(c).status()).isEqualTo(DevelopmentStatus.EXTENDED);
  }
}
