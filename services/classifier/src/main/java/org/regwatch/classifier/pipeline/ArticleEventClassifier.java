package org.regwatch.classifier.pipeline;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import org.regwatch.classifier.pipeline.Outcome.Cause;
import org.regwatch.classifier.rules.ArticleClassifier;
import org.regwatch.classifier.rules.Classification;
import org.regwatch.events.ArticleDiscovered;
import org.regwatch.events.ArticleRevised;
import org.regwatch.events.Event;
import org.regwatch.events.EventCodec;
import org.regwatch.events.EventDecodingException;
import org.regwatch.events.UnknownEventException;

/**
 * Decides what becomes of one record of the articles topic: decode it with the contract's codec,
 * classify the article it carries, and build the event to publish. Never throws for a bad record:
 * every failure is an {@link Outcome}, so one record can never stop its partition.
 */
@ApplicationScoped
public class ArticleEventClassifier {

  private final EventCodec codec;
  private final ArticleClassifier classifier;
  private final ClassifiedEventFactory events;
  private final PipelineMetrics metrics;

  public ArticleEventClassifier(
      EventCodec codec,
      ArticleClassifier classifier,
      ClassifiedEventFactory events,
      PipelineMetrics metrics) {
    this.codec = codec;
    this.classifier = classifier;
    this.events = events;
    this.metrics = metrics;
  }

  /**
   * @param value the record's value as published (may be null or not JSON at all)
   * @param path the metric tag of the caller ({@link PipelineMetrics#LIVE} or {@link
   *     PipelineMetrics#RETAG})
   */
  public Outcome process(byte[] value, String path) {
    Event<?> event;
    try {
      event = codec.decode(value);
    } catch (UnknownEventException e) {
      // Checked before its parent type: a newer producer's event is not garbage.
      metrics.unknownSkipped();
      return new Outcome.Skipped(e.getMessage());
    } catch (EventDecodingException e) {
      return new Outcome.DeadLetter(Cause.UNDECODABLE, e.getMessage(), e);
    }
    ArticleVersion article;
    if (event.data() instanceof ArticleDiscovered discovered) {
      article = ArticleVersion.of(event, discovered);
    } else if (event.data() instanceof ArticleRevised revised) {
      article = ArticleVersion.of(event, revised);
    } else {
      return new Outcome.DeadLetter(
          Cause.NOT_AN_ARTICLE, "not an article event: " + event.type() + " " + event.id(), null);
    }
    return classify(article, path);
  }

  private Outcome classify(ArticleVersion article, String path) {
    long start = System.nanoTime();
    Classification classification;
    try {
      classification = classifier.classify(article.toArticleText());
    } catch (RuntimeException | StackOverflowError e) {
      // The rule engine promises not to throw on bad text; if it does anyway (a rule bug, a
      // pathological input), this article is dead-lettered and the rest of the batch goes on.
      return new Outcome.DeadLetter(
          Cause.CLASSIFICATION_FAILED,
          "classification failed for " + article.articleId() + ": " + e,
          e);
    } finally {
      metrics.classificationTook(Duration.ofNanos(System.nanoTime() - start), path);
    }
    if (classification == null) {
      return new Outcome.DeadLetter(
          Cause.CLASSIFICATION_FAILED, "classifier returned nothing for " + article.articleId(), null);
    }
    try {
      return new Outcome.Classified(events.create(article, classification));
    } catch (RuntimeException e) {
      // e.g. a development the contract rejects (confidence out of range): the event cannot be built.
      return new Outcome.DeadLetter(
          Cause.CLASSIFICATION_FAILED,
          "classification of " + article.articleId() + " violates the contract: " + e.getMessage(),
          e);
    }
  }
}
