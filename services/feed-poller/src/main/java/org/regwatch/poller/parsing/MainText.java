package org.regwatch.poller.parsing;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Extracts an article page's main text with a small, documented jsoup heuristic (no maintained
 * readability port resolves here):
 *
 * <ol>
 *   <li>drop what is never the article: script, style, nav, header, footer, aside, form, figure,
 *       noscript, iframe, and elements whose class or id says comment/share/related/promo/cookie;
 *   <li>take the {@code <article>} (the largest if several), else {@code <main>}, else the element
 *       whose direct {@code <p>} children hold the most text;
 *   <li>the text is that element's paragraphs (p, h2, h3, li, blockquote), one per line.
 * </ol>
 *
 * Returns an empty string when fewer than {@value #MIN_CHARS} characters remain: the caller then
 * keeps the feed's summary rather than publishing a cookie banner as the article.
 */
public final class MainText {

  static final int MIN_CHARS = 200;
  private static final String NEVER = "script, style, nav, header, footer, aside, form, figure, noscript, iframe, "
      + "[class~=(?i)(comment|share|related|promo|cookie|newsletter|advert)], "
      + "[id~=(?i)(comment|share|related|promo|cookie|newsletter|advert)]";

  private MainText() {}

  public static String extract(String html, String baseUrl) {
    Document doc = Jsoup.parse(html, baseUrl == null ? "" : baseUrl);
    doc.select(NEVER).remove();
    Element root = doc.select("article").stream()
        .max((a, b) -> Integer.compare(a.text().length(), b.text().length()))
        .orElse(doc.selectFirst("main"));
    if (root == null) {
      root = densestParagraphParent(doc);
    }
    if (root == null) {
      return "";
    }
    StringBuilder text = new StringBuilder();
    var blocks = root.select("p, h2, h3, li, blockquote");
    var taken = new java.util.HashSet<Element>(blocks);
    for (Element block : blocks) {
      if (block.parents().stream().anyMatch(taken::contains)) {
        continue; // inside a block already taken whole (a p in a blockquote or li)
      }
      String line = HtmlText.clean(block.text());
      if (!line.isEmpty()) {
        text.append(text.length() == 0 ? "" : "\n").append(line);
      }
    }
    return text.length() < MIN_CHARS ? "" : text.toString();
  }

  private static Element densestParagraphParent(Document doc) {
    Element best = null;
    int bestLength = 0;
    for (Element p : doc.select("p")) {
      Element parent = p.parent();
      if (parent == null) {
        continue;
      }
      int length = parent.children().stream().filter(c -> c.is("p")).mapToInt(c -> c.text().length()).sum();
      if (length > bestLength) {
        best = parent;
        bestLength = length;
      }
    }
    return best;
  }
}
