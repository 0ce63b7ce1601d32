package org.regwatch.classifier.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.regwatch.events.Development;
import org.regwatch.events.DevelopmentKind;
import org.regwatch.events.DevelopmentStatus;

/**
 * Anniversary frames, laws as the standard met, spans told from now (round 25; docs/rules.md
 * "Looking back, complying, and spans without a number"): a piece framed by the time since a
 * development looks back at it; a product pitched as complying with a law takes no legislative
 * step; a law that keeps people from a use "for the next several years" starts a pause. The table
 * {@code rules/anniversaries-compliance-spans.psv} holds the sentences; the tests here check kind
 * and status.
 */
class AnniversariesComplianceSpansTest extends SentenceTable {

  @Override
  String table() {
    return "/rules/anniversaries-compliance-spans.psv";
  }

  @Test
  void aStepToldAfterTheFrameStaysTheHeadline() {
    Development d = Read.headline(Read.title(
        "One year after its pause, Tallis extends its facial recognition moratorium indefinitely"));
    assertThat(d.kind()).isEqualTo(DevelopmentKind.MORATORIUM);
    assertThat(d.status()).isEqualTo(DevelopmentStatus.EXTENDED);
  }

  @Test
  void aLookBackReportsNoHeadline() {
    Classification c = Read.article("How the face-recognition retreat aged",
        "Six years ago this week, two cloud providers said they would stop selling facial recognition"
            + " to police until Congress acted.");
    assertThat(c.developments()).noneMatch(d -> d.headline() && d.kind() == DevelopmentKind.MORATORIUM);
    assertThat(Read.labelLine("How the face-recognition retreat aged",
        "Six years ago this week, two cloud providers said they would stop selling facial recognition"
            + " to police until Congress acted.")).startsWith("false");
  }

  @Test
  void aProductPitchedAsCompliantProposesNoLaw() {
    Classification c = Read.title("Camera maker unveils face matching for gyms, pitches compliance with state privacy laws");
    assertThat(c.developments()).noneMatch(d -> d.headline() && d.kind() == DevelopmentKind.LEGISLATION);
  }

  @Test
  void aLawThatBarsForTheNextYearsIsAPauseAndALaw() {
    assertThat(Read.labelLine("Schools",
        "Schools in Wexford County cannot buy facial recognition systems for the next several years"
            + " under a law the governor signed on Monday."))
        .isEqualTo("true announced enacted");
  }
}
