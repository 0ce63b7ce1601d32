package org.regwatch.classifier.api;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.regwatch.events.Evidence;

class HighlighterTest {

  private static final String TEXT =
      "City officials met on Tuesday. The council voted to ban police use of face surveillance."
          + " The mayor is expected to sign it.";

  private static Highlighter withContext(int chars) {
    return new Highlighter(
        new ApiConfig() {
          @Override
          public int maxBodyBytes() {
            return 1 << 20;
          }

          @Override
          public int snippetContextChars() {
            return chars;
          }
        });
  }

  @Test
  void theMatchIsExactlyTheSpanWithContextOnBothSides() {
    int start = TEXT.indexOf("The council");
    int end = TEXT.indexOf("surveillance.") + "surveillance.".length();

    Highlight h = withContext(10).highlight(new Evidence(Evidence.Field.TEXT, start, end, ""), "", TEXT);

    assertThat(h.match()).isEqualTo("The council voted to ban police use of face surveillance.");
    assertThat(h.before()).isEqualTo(" Tuesday. ");
    assertThat(h.after()).isEqualTo(" The mayor");
    assertThat(h.before() + h.match() + h.after()).isEqualTo(TEXT.substring(start - 10, end + 10));
  }

  @Test
  void aTitleSpanIsCutFromTheTitle() {
    Highlight h =
        withContext(80).highlight(new Evidence(Evidence.Field.TITLE, 0, 7, ""), "Council bans face surveillance", TEXT);

    assertThat(h.match()).isEqualTo("Council");
    assertThat(h.before()).isEmpty();
    assertThat(h.after()).isEqualTo(" bans face surveillance");
  }

  @Test
  void aSpanPastTheEndOfTheTextIsClampedInsteadOfThrowing() {
    Highlight h = withContext(5).highlight(new Evidence(Evidence.Field.TEXT, 10, 10_000, ""), "", "short text");

    assertThat(h.match()).isEmpty();
    assertThat(h.before()).isEqualTo(" text");
  }
}
