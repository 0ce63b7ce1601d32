package org.regwatch.classifier.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * "Face scan" names the technology as "face scanning" does (rules from heldout-13), and any name of
 * the technology right before "ban" makes "ban" a noun ("face-scan ban lapses": the end is the
 * news, no ban enacted again). People "banned from" a place by a face scan are shut out; the
 * technology is the instrument, not what is banned — "barred from using" it is still a ban.
 */
class FaceScanWordingTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "Rail operator pauses face-scan alerts on released prisoners|true announced none",
      "Airport halts face scans at boarding gates for now|true announced none",
      "Stadium operator suspends face scan entry for season-ticket holders|true announced none",
      "State's face-scan ban lapses with the new year|true ended none",
      "State's face-scanning ban on police body cameras expires|true ended none",
      "Police barred from using face scan tools|true none enacted",
      "Officers banned from the use of facial recognition|true none enacted",
  })
  void faceScanNamesTheTechnology(String title, String labels) {
    assertThat(Read.labelLine(title, "")).as(title).isEqualTo(labels);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "Shoppers banned from store chain by face scan",
      "Fans barred from the stadium by facial recognition sue club",
      "Lawyers banned from concert hall after face scan flagged them",
  })
  void peopleShutOutOfAPlaceAreNoBan(String title) {
    assertThat(Read.labelLine(title, "")).as(title).isEqualTo("false none none");
  }
}
