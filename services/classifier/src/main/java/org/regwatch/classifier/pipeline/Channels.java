package org.regwatch.classifier.pipeline;

/**
 * The SmallRye channel names of the pipeline, shared with the tests so that a renamed channel
 * breaks the build rather than the configuration in {@code application.properties}.
 */
public final class Channels {

  /** Batches of {@code regwatch.articles} records (ArticleDiscovered, ArticleRevised). */
  public static final String ARTICLES_IN = "articles-in";

  /** ArticleClassified events to {@code regwatch.classifications}, keyed by article id. */
  public static final String CLASSIFICATIONS_OUT = "classifications-out";

  /** Records that could not be decoded or processed, to {@code regwatch.dead-letters}. */
  public static final String DEAD_LETTERS_OUT = "dead-letters-out";

  private Channels() {}
}
