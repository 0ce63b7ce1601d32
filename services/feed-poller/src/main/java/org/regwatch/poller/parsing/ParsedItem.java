package org.regwatch.poller.parsing;

import java.time.Instant;

/**
 * One feed item reduced to what the poller needs, all text already cleaned of HTML.
 *
 * @param guid the item's own identifier (RSS guid, Atom id, RDF about, JSON Feed id), may be null
 * @param link the item's link resolved against the feed's URL, may be null
 * @param title clean text
 * @param summary clean text of the description/summary, may be empty
 * @param content clean text of the full content when the feed carries it, may be empty
 * @param published publication (else update) time, null when the feed gives none
 */
public record ParsedItem(
    String guid, String link, String title, String summary, String content, Instant published) {}
