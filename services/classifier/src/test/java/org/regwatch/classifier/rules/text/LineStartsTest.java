package org.regwatch.classifier.rules.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Line-start look-ups: the answers of {@code (?m)^…} found over the whole lower-cased text. */
class LineStartsTest {

  private static final String BODY = "\\W{0,3}(the|this) (writer|author)s? (is|was)\\b";
  private static final Pattern ANCHORED = Pattern.compile(BODY);
  private static final Pattern WHOLE = Pattern.compile("(?m)^" + BODY);

  private static boolean regex(String text) {
    return WHOLE.matcher(text.toLowerCase(Locale.ROOT)).find();
  }

  private static boolean lines(String text) {
    return LineStarts.anyLowerCaseLineLookingAt(text, ANCHORED, 't', 3, 48);
  }

  @Test
  void findsAClosingLineInAnyCase() {
    assertThat(lines("A ban passed.\n\n— THE WRITER IS a lawyer.")).isTrue();
    assertThat(lines("A ban passed. The writer is a lawyer.")).isFalse();
    assertThat(lines("A ban passed.\r\n*The authors was")).isTrue();
    assertThat(lines("A ban passed.\u2028this writer isn't")).isFalse();
  }

  @Test
  void answersLikeTheRegexOnGeneratedTexts() {
    Random r = new Random(9);
    String[] pieces = {"the", "The", "THIS", "this", " ", "writer", "Author", "s", "is", "was",
        "isn", "\n", "\r", "\r\n", "\u0085", "\u2028", "\u2029", "—", "*", "-", ".", "x", "T",
        "\u0130", "\u212A", "\u03A3", "_", "1", "é"};
    for (int i = 0; i < 50_000; i++) {
      StringBuilder b = new StringBuilder();
      int n = r.nextInt(14);
      for (int j = 0; j < n; j++) {
        b.append(pieces[r.nextInt(pieces.length)]);
        if (r.nextInt(3) == 0) {
          b.append(' ');
        }
      }
      String s = b.toString();
      assertThat(lines(s)).as(s).isEqualTo(regex(s));
    }
  }
}
