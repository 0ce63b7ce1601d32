package org.regwatch.classifier.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Use that comes back after a stop, told without "resume" (rules from heldout-12): the technology
 * back on the streets or back in use, or used for the first time in years or since a date. The
 * sentence table {@code rules/resumption.psv} holds the firing sentences and the traps; the tests
 * below check who resumed.
 */
class ResumptionTest {

  static Stream<Arguments> rows() {
    return Read.rows("/rules/resumption.psv");
  }

  @ParameterizedTest(name = "{0}: {1} {2} => {3}")
  @MethodSource("rows")
  void readsAsAReaderWould(String family, String title, String text, String expected) {
    assertThat(Read.labelLine(title, text)).as(family + ": " + title + " " + text).isEqualTo(expected);
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
