package org.regwatch.classifier.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.regwatch.events.Development;
import org.regwatch.events.DevelopmentKind;
import org.regwatch.events.DevelopmentStatus;

/**
 * Legislation stages the judge missed (round 26; docs/rules.md "Legislation stages the judge
 * missed"): an ordinance passed or adopted told in an insert, a duty "under a law signed …", a
 * measure "pushed by" someone, an ending told as a noun or as a bill set aside for the session, a
 * co-legislator's general approach or negotiating mandate, and a ban obeyed (no step). The table
 * {@code rules/stages-in-clauses-and-positions.psv} holds the sentences; the tests here check kind
 * and status.
 */
class StagesInClausesAndPositionsTest extends SentenceTable {

  @Override
  String table() {
    return "/rules/stages-in-clauses-and-positions.psv";
  }

  @Test
  void anOrdinanceAdoptedInAnInsertIsEnactedLegislation() {
    Development d = Read.headline(Read.article("Council",
        "The ordinance, championed by the mayor and adopted on May 2, allows police to use facial recognition in kidnapping cases."));
    assertThat(d.kind()).isEqualTo(DevelopmentKind.LEGISLATION);
    assertThat(d.status()).isEqualTo(DevelopmentStatus.ENACTED);
  }

  @Test
  void aBillSetAsideForTheSessionFailsAndPausesNothing() {
    Classification c = Read.title("Facial recognition bill put on hold for the session");
    assertThat(Read.headline(c).status()).isEqualTo(DevelopmentStatus.FAILED);
    assertThat(c.developments()).noneMatch(d -> d.kind() == DevelopmentKind.MORATORIUM);
  }

  @Test
  void aGeneralApproachIsOneCoLegislatorsStep() {
    Development d = Read.headline(Read.article("EU",
        "Justice ministers adopted their general approach on the regulation on Friday, keeping limits on facial recognition."));
    assertThat(d.kind()).isEqualTo(DevelopmentKind.LEGISLATION);
    assertThat(d.status()).isEqualTo(DevelopmentStatus.ADVANCING);
  }

  @Test
  void aForceThatObeysABanStartsNoPause() {
    Classification c = Read.title("County police will comply with facial recognition ban");
    assertThat(c.developments()).noneMatch(d -> d.kind() == DevelopmentKind.MORATORIUM);
  }
}
