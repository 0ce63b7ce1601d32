package org.regwatch.classifier.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.regwatch.events.DevelopmentKind;
import org.regwatch.events.SubjectTech;

/**
 * heldout-15 and heldout-16's misreadings as language families (docs/classifier-history.md "Rules from
 * heldout-15 and heldout-16"): use that starts again after a pause told without "end"/"lift"
 * (brought back, once again used, cleared to run again, replaced by rules) is an end; a pause
 * that stays in force or is not reconsidered goes on; a pause or ban on another biometric (iris,
 * fingerprint, palm, voice) is relevant with subject biometrics; a report or study describing
 * practice is no law. The table {@code rules/heldout15-16.psv} holds the firing sentences and the
 * traps; the tests below check what a label line cannot: the subject and the kind.
 */
class Heldout15And16FamiliesTest extends SentenceTable {

  @Override
  String table() {
    return "/rules/heldout15-16.psv";
  }

  @Test
  void aGovernmentPausingIrisScansPausesBiometricsNotTheFace() {
    Classification c = Read.article("Government suspends iris-scanning crypto project",
        "The interior ministry on Wednesday suspended the project's iris scans until regulators finish"
            + " their checks.");
    assertThat(c.labels().subjectTech()).isEqualTo(SubjectTech.BIOMETRICS);
    assertThat(Read.headline(c).kind()).isEqualTo(DevelopmentKind.MORATORIUM);
  }

  @Test
  void aStopOrderedUntilChecksAreDoneIsAPauseNotASanction() {
    Classification c = Read.article("Interior ministry",
        "The government on Wednesday ordered the crypto project to stop scanning people's irises in the"
            + " country until agencies finish their checks.");
    assertThat(Read.headline(c).kind()).isEqualTo(DevelopmentKind.MORATORIUM);
  }

  @Test
  void aStopOrderedAsAPenaltyWithoutATimeStaysAnOrder() {
    Classification c = Read.article("Regulator",
        "The data protection authority on Wednesday ordered the chain to stop using facial recognition"
            + " in its stores and fined it 200,000 euros.");
    assertThat(c.developments()).anyMatch(d -> d.kind() == DevelopmentKind.ENFORCEMENT);
  }

  @Test
  void aLawsuitOverPalmScansWhoseCompanySaysItUsesNoFaceRecognitionIsAboutBiometrics() {
    Classification c = Read.article("Shopper sues chain over palm scans at its stores",
        "A shopper filed a proposed class action on Thursday saying the chain's palm scanners collected"
            + " biometric data without notice. The chain has said its stores do not use facial recognition.");
    assertThat(c.labels().relevant()).isFalse();
    assertThat(c.labels().subjectTech()).isEqualTo(SubjectTech.BIOMETRICS);
  }
}
