package org.regwatch.classifier.pipeline;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import org.regwatch.classifier.rules.Classification;
import org.regwatch.events.ArticleClassified;
import org.regwatch.events.Event;

/** Turns a classification of one article version into the event the classifier publishes. */
@ApplicationScoped
public class ClassifiedEventFactory {

  private final PipelineConfig config;
  private final Clock clock;

  public ClassifiedEventFactory(PipelineConfig config, Clock clock) {
    this.config = config;
    this.clock = clock;
  }

  public Event<ArticleClassified> create(ArticleVersion article, Classification classification) {
    ArticleClassified data =
        ArticleClassified.of(
            article.articleId(),
            article.articleEventId(),
            article.contentHash(),
            classification.rulePacks(),
            classification.labels(),
            classification.developments(),
            classification.language(),
            classification.note(),
            classification.truncated());
    return Event.of(
        eventId(article.articleEventId(), classification), config.source(), article.articleId(),
        clock.instant(), data);
  }

  /**
   * Deterministic: the same article event read through the same pack versions always gives the
   * same id, so a redelivery or a replay with unchanged rules is a duplicate consumers can drop,
   * while a replay through new pack versions is a new event that supersedes the old one.
   */
  static String eventId(String articleEventId, Classification classification) {
    String packs =
        classification.rulePacks().isEmpty() ? "no-packs" : String.join("+", classification.rulePacks());
    return "cls-" + articleEventId + "-" + packs;
  }
}
