package org.regwatch.query.articles;

import java.time.Instant;
import org.regwatch.events.ArticleClassified;
import org.regwatch.events.Event;

/** One classification of an article, with the rank that decides which one the read model keeps. */
public record ClassificationVersion(ArticleClassified data, String eventId, Instant eventTime, Long[] rank) {

  public static ClassificationVersion of(Event<ArticleClassified> event) {
    return new ClassificationVersion(
        event.data(), event.id(), event.time(), RulePackRank.of(event.data().rulePacks()));
  }

  /** True when this one should replace {@code other}: newer rule packs, then later in time. */
  public boolean supersedes(ClassificationVersion other) {
    int byRank = RulePackRank.compare(rank, other.rank);
    return byRank > 0 || (byRank == 0 && !eventTime.isBefore(other.eventTime));
  }
}
