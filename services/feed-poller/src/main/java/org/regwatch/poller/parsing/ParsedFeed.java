package org.regwatch.poller.parsing;

import java.util.List;

/**
 * A parsed feed document.
 *
 * @param format detected format, e.g. {@code rss_2.0}, {@code atom_1.0}, {@code json_1.1}
 * @param ttlMinutes RSS {@code <ttl>}, null when absent
 */
public record ParsedFeed(String format, String title, Integer ttlMinutes, List<ParsedItem> items) {

  public ParsedFeed {
    items = List.copyOf(items);
  }
}
