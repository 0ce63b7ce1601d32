package org.regwatch.classifier.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A place inside a company's name ("West Japan Railway Company", "Texas Instruments Inc.") is part
 * of the name: the company acts, not the place (rules from heldout-13). A place that stands alone
 * still acts for its government.
 */
class CompanyNameTest {

  @ParameterizedTest(name = "{0} => {1}")
  @CsvSource(delimiter = '|', value = {
      "West Japan Railway Company pauses face matching at stations|West Japan Railway Company",
      "Korea Telecom Corp. stops selling facial recognition to police|Korea Telecom Corp",
      "Texas Instruments Inc. halts sales of facial recognition chips to police|Texas Instruments Inc",
      "Japan bans facial recognition in stations|Japan",
      "Texas passes law curbing facial recognition|Texas",
  })
  void theCompanyThatCarriesAPlaceInItsNameActs(String title, String actor) {
    assertThat(Read.title(title).labels().actors()).as(title).containsExactly(actor);
  }
}
