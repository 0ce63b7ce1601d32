package org.regwatch.classifier.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.regwatch.events.DevelopmentKind;

/**
 * Pauses, their extension and end, court orders and settlements in the words real coverage uses
 * (rules from heldout-7/8). The sentence table {@code rules/pauses.psv} holds the firing sentences
 * and the traps of each family; the tests below check who acts.
 */
class PauseLanguageTest extends SentenceTable {

  @Override
  String table() {
    return "/rules/pauses.psv";
  }

  @Test
  void aCourtThatSuspendsASystemIsTheOneThatPausesIt() {
    Classification c = Read.title("Court suspends subway's face-recognition system until the case is decided");
    assertThat(Read.headline(c).kind()).isEqualTo(DevelopmentKind.MORATORIUM);
    assertThat(c.labels().actors()).containsExactly("Court");
  }

  @Test
  void aCourtThatStopsACompanyFromSellingEnforces() {
    Classification c = Read.title("Judge blocks Clearview AI from selling its database");
    assertThat(Read.headline(c).kind()).isEqualTo(DevelopmentKind.ENFORCEMENT);
  }

  @Test
  void theTermsOfASettlementBindTheCompanyThatSettled() {
    Classification c = Read.article("Clearview settles suit",
        "Inside the state, the restriction goes further: for five years the company may not provide"
            + " its face search service to any police department.");
    assertThat(c.labels().moratorium().json()).isEqualTo("announced");
    assertThat(c.labels().actors()).containsExactly("Clearview AI");
  }

  @Test
  void aPoliceForceThatAcceptsLimitsInASettlementSettlesButPausesNothing() {
    Classification c = Read.title("Detroit police agree to new limits on facial recognition in settlement");
    assertThat(Read.headline(c).kind()).isEqualTo(DevelopmentKind.ENFORCEMENT);
  }

  @Test
  void aForceThatSwitchesTheCamerasBackOnEndsItsPause() {
    Classification c = Read.title("Police force switches facial recognition cameras back on after review");
    assertThat(Read.headline(c).status()).isEqualTo(org.regwatch.events.DevelopmentStatus.ENDED);
    assertThat(c.labels().actors()).containsExactly("Police force");
  }
}
