package org.regwatch.classifier.rules.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

/** White-space collapsing: the answers of {@code replaceAll("\\s+", " ")} on a span. */
class SpacesTest {

  @Test
  void collapsesEveryRunOfWhiteSpaceIntoOneSpace() {
    assertThat(Spaces.collapse("the  Boston\n\tCity Council", 5, 25)).isEqualTo("Boston City Council");
  }

  @Test
  void leavesNoBreakSpacesAndOtherUnicodeSpacesAlone() {
    assertThat(Spaces.collapse("Gov.\u00A0Jay\u2009Inslee", 0, 15)).isEqualTo("Gov.\u00A0Jay\u2009Inslee");
  }

  @Test
  void answersLikeTheRegexOnGeneratedSpans() {
    Random r = new Random(3);
    char[] alphabet = {'a', 'B', ' ', ' ', '\t', '\n', '\r', '\f', '\u000B', '\u00A0', '\u2003', '.'};
    for (int i = 0; i < 20_000; i++) {
      char[] c = new char[r.nextInt(12)];
      for (int j = 0; j < c.length; j++) {
        c[j] = alphabet[r.nextInt(alphabet.length)];
      }
      String s = new String(c);
      int from = c.length == 0 ? 0 : r.nextInt(c.length);
      int to = from + (c.length == from ? 0 : r.nextInt(c.length - from + 1));
      assertThat(Spaces.collapse(s, from, to)).isEqualTo(s.substring(from, to).replaceAll("\\s+", " "));
    }
  }
}
