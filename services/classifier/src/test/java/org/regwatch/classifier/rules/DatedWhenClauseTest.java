package org.regwatch.classifier.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * "… since 2019, when San Francisco banned it": a "when" clause right after an earlier year is
 * dated by that year, so what it tells is background (rules from heldout-13; articles published
 * 2021). A "when" that follows the news ("voted on Tuesday to ban it, when …") dates nothing.
 */
class DatedWhenClauseTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "Supporters cite the years since 2019, when San Francisco banned facial recognition by city agencies",
      "Debate has grown since 2020, when several large companies stepped back from selling face recognition to police",
      "Critics recall 2019, when Somerville banned face surveillance",
  })
  void aWhenClauseAfterAnEarlierYearIsBackground(String title) {
    assertThat(Read.labelLine(title, "")).as(title).isEqualTo("false none none");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "San Francisco bans facial recognition|The city's supervisors voted on Tuesday to ban facial recognition, when the debate had been running since 2019.|true none enacted",
      "Council pauses facial recognition|In 2021, when the council met on Tuesday, it voted to pause police use of facial recognition for a year.|true announced enacted",
  })
  void aWhenClauseOfThisYearOrAfterTheNewsDatesNothing(String title, String text, String labels) {
    assertThat(Read.labelLine(title, text)).as(title).isEqualTo(labels);
  }
}
