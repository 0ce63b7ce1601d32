package org.regwatch.classifier.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A table of headlines (and short leads) written for this project — phrasings the development set
 * does not contain — with the labels a reader gives them. Each row is one specification.
 */
class HeadlineTableTest {

  static Stream<Arguments> rows() {
    return Read.table("/rules/headlines.psv").stream().map(p -> Arguments.of(p[0], p[1], p[2]));
  }

  @ParameterizedTest(name = "{0} => {2}")
  @MethodSource("rows")
  void readsAsAReaderWould(String title, String text, String expected) {
    assertThat(Read.labelLine(title, text)).as(title).isEqualTo(expected);
  }
}
