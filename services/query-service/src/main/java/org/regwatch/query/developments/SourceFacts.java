package org.regwatch.query.developments;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.regwatch.events.Development;

/**
 * One development as one article reports it: the unit that joins a {@link DevelopmentRow}.
 *
 * @param occurredAt the development's effective date, else the article's publication date, else
 *     the day we first saw the article
 */
public record SourceFacts(
    String articleId,
    int devIndex,
    Development development,
    String actorKey,
    String subjectKey,
    LocalDate occurredAt,
    String feedId,
    String url,
    String title,
    Instant published,
    Instant firstSeenAt,
    int[] signature) {

  public static SourceFacts of(String articleId, int devIndex, Development d, String feedId,
      String url, String title, Instant published, Instant firstSeenAt) {
    return of(articleId, devIndex, d, feedId, url, title, published, firstSeenAt,
        MinHash::signature);
  }

  /** The same, signing the text with {@code signer} (e.g. {@link Signatures}, which remembers). */
  public static SourceFacts of(String articleId, int devIndex, Development d, String feedId,
      String url, String title, Instant published, Instant firstSeenAt,
      Function<String, int[]> signer) {
    LocalDate occurred = d.effectiveDate() != null ? d.effectiveDate()
        : (published != null ? published : firstSeenAt).atZone(ZoneOffset.UTC).toLocalDate();
    StringBuilder text = new StringBuilder(title == null ? "" : title);
    d.evidence().forEach(e -> text.append(' ').append(e.quote()));
    return new SourceFacts(articleId, devIndex, d, key(d.actor()), key(d.technology()), occurred,
        feedId, url, title, published, firstSeenAt, signer.apply(text.toString()));
  }

  /** kind, status, actor key, subject key: only reports with equal keys can group. */
  public List<String> groupKey() {
    return List.of(development.kind().json(), development.status().json(), actorKey, subjectKey);
  }

  public static String key(String value) {
    return value == null ? "" : value.trim().toLowerCase(Locale.ROOT);
  }
}
