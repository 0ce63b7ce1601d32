package org.regwatch.classifier.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.regwatch.events.LegislationStatus;

/**
 * Round 31: a US agency's regulation by its term of art. A "final rule" published, or a rule an
 * agency finalizes, is adopted (enacted); a rule still to be finalized is not yet. Sentences
 * written for these tests.
 */
class FinalRulesTest {

  @Test
  void anAgencyThatFinalizesARuleAdoptsIt() {
    Classification c = Read.title("DHS finalizes rule to expand facial recognition at airports");
    assertThat(c.labels().legislation()).isEqualTo(LegislationStatus.ENACTED);
  }

  @Test
  void aFinalRulePublishedIsAdopted() {
    Classification c = Read.article("Border agency widens photo capture",
        "The Department of Homeland Security published a final rule on Monday that lets border officers "
            + "photograph every traveller, clearing the way for its facial recognition program.");
    assertThat(c.labels().legislation()).isEqualTo(LegislationStatus.ENACTED);
  }

  @Test
  void aRuleStillToBeFinalizedIsNotAdopted() {
    Classification c = Read.title("DHS to finalize rule on facial recognition at airports next year");
    assertThat(c.labels().legislation()).isNotEqualTo(LegislationStatus.ENACTED);
  }

  @Test
  void asARuleIsNoRule() {
    Classification c = Read.title("As a rule, police finalize facial recognition searches with a human review");
    assertThat(c.labels().relevant()).isFalse();
  }
}
