package org.regwatch.classifier.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.regwatch.events.LegislationStatus;

/**
 * Round 31, from heldout-43's misses: a company that settles one person's case changes no rule;
 * what a demand's purpose infinitive would do is demanded too. Sentences written for these tests.
 */
class PrivateCasesAndDemandedPurposesTest {

  @Test
  void aCompanyThatPaysACourierToSettleHisCaseEnforcesNothing() {
    Classification c = Read.article("Delivery app pays out to rider locked out by face checks",
        "The delivery app has agreed to pay an undisclosed sum to a rider who said its facial recognition "
            + "checks wrongly locked him out of his account, settling the case before it reached a tribunal hearing.");
    assertThat(c.labels().relevant()).isFalse();
  }

  @Test
  void aSettlementWithTheTradeRegulatorIsStillEnforcement() {
    Classification c = Read.article("Pharmacy chain settles with FTC over facial recognition",
        "The pharmacy chain agreed to settle the case with the Federal Trade Commission and will stop using "
            + "facial recognition in its stores for five years.");
    assertThat(c.labels().relevant()).isTrue();
  }

  @Test
  void whatAPurposeInfinitiveOfADemandWouldDoIsDemanded() {
    Classification c = Read.article("Software maker sets out face recognition principles",
        "The software maker's president laid out six principles on Thursday and repeated his call for "
            + "governments to start passing laws next year to rein in facial recognition.");
    assertThat(c.labels().relevant()).isFalse();
    assertThat(c.labels().legislation()).isEqualTo(LegislationStatus.NONE);
  }

  @Test
  void aBodyThatDecidesToActAfterADemandActs() {
    Classification c = Read.article("City pauses face scans",
        "Responding to a petition, the city council voted on Tuesday to pause police use of facial recognition for a year.");
    assertThat(c.labels().relevant()).isTrue();
  }
}
