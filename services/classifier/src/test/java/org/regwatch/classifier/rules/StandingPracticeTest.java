package org.regwatch.classifier.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * "It does not sell its tool to private companies": a present-tense "does not" states a standing
 * practice, not a pause that starts (rules from heldout-13). "Will not sell", and "does not sell …
 * until Congress acts" or "… for now" (a pause with its end), are still pauses.
 */
class StandingPracticeTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "Vendor says it does not sell its face-matching tool to private companies",
      "Startup does not sell facial recognition to retailers, its chief executive says",
      "Clearview AI receives patent; it does not sell facial recognition to private firms",
  })
  void aStandingPracticeIsNoPause(String title) {
    assertThat(Read.labelLine(title, "")).as(title).isEqualTo("false none none");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "Acme says it does not sell its facial recognition software to police until Congress acts",
      "Acme says it will not sell facial recognition to police",
      "Clearview says it does not sell facial recognition to police for now",
  })
  void aPauseWithItsEndOrAFutureRefusalStillStarts(String title) {
    assertThat(Read.labelLine(title, "")).as(title).isEqualTo("true announced none");
  }
}
