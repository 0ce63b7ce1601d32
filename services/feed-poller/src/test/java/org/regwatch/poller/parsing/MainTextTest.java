package org.regwatch.poller.parsing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class MainTextTest {

  private static String page(String name) throws IOException {
    try (var in = MainTextTest.class.getResourceAsStream("/pages/" + name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  @Test
  void theArticlesParagraphsAreKept_oneBlockPerLine_inOrder() throws Exception {
    String text = MainText.extract(page("article-with-nav-and-comments.html"), "https://wire.example.net/a");

    assertThat(text.lines()).containsExactly(
        "Amazon said on Wednesday that it is putting a one-year moratorium on police use of Rekognition, its face-matching service.",
        "The company said groups that fight human trafficking, such as Thorn and the International Center for Missing and Exploited Children, may keep using the technology.",
        "Why now",
        "Amazon said it hopes the pause gives Congress enough time to put appropriate rules in place.",
        "We've advocated that governments should put in place stronger regulations.");
  }

  @Test
  void navigationCookiesRelatedShareCommentsFooterAndScriptsAreDropped() throws Exception {
    String text = MainText.extract(page("article-with-nav-and-comments.html"), null);

    assertThat(text).doesNotContain("Subscribe", "cookies", "Related:", "Share this", "First!", "Copyright", "tracking");
  }

  @Test
  void withoutAnArticleElement_theDensestParagraphsWin() {
    String html = "<html><body><div><p>menu</p></div><div class=\"story\">"
        + "<p>" + "The council voted to ban face surveillance by city agencies. ".repeat(3) + "</p>"
        + "<p>" + "The ordinance takes effect in ninety days. ".repeat(3) + "</p></div></body></html>";

    assertThat(MainText.extract(html, null)).startsWith("The council voted").doesNotContain("menu");
  }

  @Test
  void aPageWithTooLittleText_givesNothing_soTheSummaryStays() {
    assertThat(MainText.extract("<html><body><article><p>Please enable JavaScript.</p></article></body></html>", null))
        .isEmpty();
  }
}
