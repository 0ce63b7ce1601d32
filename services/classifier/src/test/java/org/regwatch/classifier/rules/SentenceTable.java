package org.regwatch.classifier.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A family's sentence table ({@code family | title | text | relevant moratorium legislation} per
 * row): every row must read as the table says. Subclasses name their table and add the tests that
 * a label line cannot express (who acts, which kind).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class SentenceTable {

  /** The table's class-path resource, e.g. {@code /rules/pause-kept.psv}. */
  abstract String table();

  Stream<Arguments> rows() {
    return Read.rows(table());
  }

  @ParameterizedTest(name = "{0}: {1} {2} => {3}")
  @MethodSource("rows")
  void readsAsAReaderWould(String family, String title, String text, String expected) {
    assertThat(Read.labelLine(title, text)).as(family + ": " + title + " " + text).isEqualTo(expected);
  }
}
