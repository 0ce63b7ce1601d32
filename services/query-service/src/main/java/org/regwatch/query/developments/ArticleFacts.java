package org.regwatch.query.developments;

import java.time.Instant;
import java.util.List;
import java.util.function.Function;
import org.regwatch.events.Development;

/** What development grouping reads of a complete article row (article event + classification). */
public record ArticleFacts(
    String articleId,
    String feedId,
    String url,
    String title,
    Instant published,
    Instant firstSeenAt,
    Instant changedAt,
    List<Development> developments) {

  public List<SourceFacts> sources(Function<String, int[]> signer) {
    return java.util.stream.IntStream.range(0, developments.size())
        .mapToObj(i -> SourceFacts.of(articleId, i, developments.get(i), feedId, url, title,
            published, firstSeenAt, signer))
        .toList();
  }
}
