package org.regwatch.query.articles;

import java.time.Instant;
import java.util.Optional;
import org.regwatch.events.LegislationStatus;
import org.regwatch.events.MoratoriumStatus;
import org.regwatch.query.api.ListRequest;

/** The filters of {@code GET /api/articles}, already validated, and the page asked for. */
public record ArticleFilter(
    Optional<String> feed,
    Optional<String> tag,
    Optional<Boolean> relevant,
    Optional<MoratoriumStatus> moratorium,
    Optional<LegislationStatus> legislation,
    Optional<String> actor,
    Optional<Instant> publishedFrom,
    Optional<Instant> publishedTo,
    ListRequest page) {}
