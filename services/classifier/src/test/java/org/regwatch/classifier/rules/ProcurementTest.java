package org.regwatch.classifier.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A police force or a city that signs a contract for the technology buys it: a purchase, not a
 * law (rules from heldout-13). What is signed is a contract bound to a seller or a price ("deal
 * for", "contract with", "£3m deal"). Bills, orders and legislative deals keep their reading, and a
 * purchase halted by a vote is a pause.
 */
class ProcurementTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "County sheriff signs $2 million contract for facial recognition software",
      "Transit police sign five-year deal with vendor for face-matching cameras",
      "Force agrees £800,000 contract for facial recognition vans",
      "City inks deal with Clearview AI for face search tool",
  })
  void signingAPurchaseIsNoLaw(String title) {
    assertThat(Read.labelLine(title, "")).as(title).isEqualTo("false none none");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "Governor signs bill banning police facial recognition|true none enacted",
      "EU strikes deal on AI rules curbing facial recognition|true none advancing",
      "Council votes to halt police purchase of facial recognition software|true announced enacted",
      "Council cancels £3m facial recognition contract and pauses the system|true announced none",
  })
  void lawsDealsOnRulesAndHaltedPurchasesStillReport(String title, String labels) {
    assertThat(Read.labelLine(title, "")).as(title).isEqualTo(labels);
  }
}
