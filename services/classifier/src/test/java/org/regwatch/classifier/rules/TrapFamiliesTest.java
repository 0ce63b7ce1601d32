package org.regwatch.classifier.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Ten or more sentences per trap family of docs/domain — demands, background mentions, hedges,
 * conditionals, negations, other technologies, face unlock, product and research news, lawsuits
 * and fines — plus the expiry and police-force rules, each with the labels a reader gives it.
 */
class TrapFamiliesTest {

  static Stream<Arguments> rows() {
    return Read.table("/rules/traps.psv").stream().map(p -> Arguments.of(p[0], p[1], p[2], p[3]));
  }

  @ParameterizedTest(name = "{0}: {1} {2} => {3}")
  @MethodSource("rows")
  void readsAsAReaderWould(String family, String title, String text, String expected) {
    assertThat(Read.labelLine(title, text)).as(family + ": " + title + " " + text).isEqualTo(expected);
  }
}
