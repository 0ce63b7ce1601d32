package org.regwatch.classifier.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.regwatch.events.DevelopmentKind;
import org.regwatch.events.LegislationStatus;

/**
 * Institutional actors other than companies and US legislatures, written from the language rather
 * than from a labelled set (docs/classifier-history.md "Institutional actors, written from the language"):
 * courts and constitutional councils that strike down, annul or halt; data protection authorities
 * that order, reprimand, find in breach, ban or fine; ministries, home offices and upper chambers
 * that adopt, approve, block, reject, publish a draft of or reintroduce a measure. The table
 * {@code rules/coverage.psv} holds the firing sentences and the traps.
 */
class InstitutionCoverageTest extends SentenceTable {

  @Override
  String table() {
    return "/rules/coverage.psv";
  }

  @Test
  void aDataProtectionAgencyThatBansProcessingEnforces() {
    Classification c = Read.title("Data protection agency bans company from processing facial recognition data");
    assertThat(c.developments()).anyMatch(d -> d.kind() == DevelopmentKind.ENFORCEMENT);
    assertThat(c.developments()).noneMatch(d -> d.kind() == DevelopmentKind.LEGISLATION);
  }

  @Test
  void aCouncilOfMinistersIsNoCityCouncil() {
    Classification c = Read.title("Council of Ministers publishes draft decree on facial recognition at borders");
    assertThat(c.labels().legislation()).isEqualTo(LegislationStatus.PROPOSED);
  }
}
