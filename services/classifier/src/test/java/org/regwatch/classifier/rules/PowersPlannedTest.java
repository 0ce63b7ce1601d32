package org.regwatch.classifier.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A government that backs or approves a plan to let police use the technology proposes legislation:
 * the power is granted by law (rules from heldout-13). A company's or a force's plan for its own
 * use, a demand to drop the plan and a hedged plan are no proposal.
 */
class PowersPlannedTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "Cabinet backs plan to let police use facial recognition technology",
      "Government approves plans to give officers the power to use facial recognition",
      "Interior ministry approves proposals to allow facial recognition at borders",
  })
  void aGovernmentsPlanToGrantThePowerIsAProposal(String title) {
    assertThat(Read.labelLine(title, "")).as(title).isEqualTo("true none proposed");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "Amazon plans to let police use Rekognition again",
      "Police plan to let officers use facial recognition at festivals",
      "Vendor plans to let shops use facial recognition",
      "Campaigners urge cabinet to drop plan to let police use facial recognition",
      "Ministers may consider plans to allow facial recognition in shops",
  })
  void aCompanysOrAForcesPlanADemandAndAHedgeAreNot(String title) {
    assertThat(Read.labelLine(title, "")).as(title).isEqualTo("false none none");
  }
}
