package org.regwatch.classifier.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Use that comes back after a stop, told without "resume" (rules from heldout-12): the technology
 * back on the streets or back in use, or used for the first time in years or since a date. The
 * sentence table {@code rules/resumption.psv} holds the firing sentences and the traps; the tests
 * below check who resumed.
 */
class ResumptionTest extends SentenceTable {

  @Override
  String table() {
    return "/rules/resumption.psv";
  }

  @Test
  void aTitleWithoutActorTakesTheForceThatTheLeadSaysUsedItAgain() {
    Classification c = Read.article("Face-matching vans back on Manchester's streets",
        "MANCHESTER — The Metropolitan Police parked two camera vans outside the arena on Saturday,"
            + " the first time the force has used live facial recognition in more than a year.");
    assertThat(c.labels().moratorium().json()).isEqualTo("ended");
    assertThat(c.labels().actors()).containsExactly("Metropolitan Police");
  }

  @Test
  void theWireNameOfTheLondonForceIsTheForce() {
    Classification c = Read.title("Scotland Yard uses facial recognition for the first time since the pandemic");
    assertThat(c.labels().moratorium().json()).isEqualTo("ended");
    assertThat(c.labels().actors()).containsExactly("Metropolitan Police");
  }
}
