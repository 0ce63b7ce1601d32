package org.regwatch.classifier.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * A pause kept in place told without "extend" (rules from heldout-12): the technology stays off,
 * dark or unused until a regulator or an inquiry decides, or the trial stays on hold. The sentence
 * table {@code rules/pause-kept.psv} holds the firing sentences and the traps; the tests below
 * check who keeps the pause.
 */
class PauseKeptTest extends SentenceTable {

  @Override
  String table() {
    return "/rules/pause-kept.psv";
  }

  @Test
  void aCompanyNamedBeforeItsCamerasKeepsThePause() {
    Classification c = Read.article("Harbourline face-matching cameras to stay dark until privacy ruling",
        "SYDNEY — Months after the inquiry began, Harbourline says the facial recognition cameras will"
            + " remain unused for as long as the regulator's investigation continues.");
    assertThat(c.labels().moratorium().json()).isEqualTo("extended");
    assertThat(c.labels().actors()).containsExactly("Harbourline");
  }

  @Test
  void aCapitalisedCommonNounOpeningTheTitleIsNoOwner() {
    Classification c = Read.title("Grocer's face-matching cameras to stay dark until watchdog rules");
    assertThat(c.labels().moratorium().json()).isEqualTo("extended");
    assertThat(c.labels().actors()).isEmpty();
  }

  @Test
  void whatTheStateWaitsForIsNoBackgroundOfTheState() {
    Classification c = Read.article("Retailer keeps face scanning off",
        "The retailer said it would keep its facial recognition cameras switched off until the"
            + " commissioner had reached a decision.");
    assertThat(c.labels().moratorium().json()).isEqualTo("extended");
  }
}
