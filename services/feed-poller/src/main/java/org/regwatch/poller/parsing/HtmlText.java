package org.regwatch.poller.parsing;

import org.jsoup.Jsoup;

/** Turns the HTML that feeds put in titles and summaries into clean text. */
public final class HtmlText {

  private HtmlText() {}

  public static String clean(String maybeHtml) {
    if (maybeHtml == null || maybeHtml.isBlank()) {
      return "";
    }
    // Cheap path: plain text (the common case for titles) needs no DOM, only whitespace folding.
    String text = maybeHtml.indexOf('<') < 0 && maybeHtml.indexOf('&') < 0
        ? maybeHtml
        : Jsoup.parse(maybeHtml).text();
    // No-break spaces (&nbsp;) are layout, not meaning: fold them so text matching sees words.
    return text.replace('\u00a0', ' ').replaceAll("\\s+", " ").strip();
  }
}
