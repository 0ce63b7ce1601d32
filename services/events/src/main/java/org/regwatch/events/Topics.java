package org.regwatch.events;

/**
 * Kafka topic names, shared so that a renamed topic breaks the build rather than production.
 * Partitions and retention are set where the topics are created (deploy/devstack) and documented
 * in docs/events.md.
 */
public final class Topics {

  /** Compacted feed registry, keyed by feed id: {@link FeedRegistered}, {@link FeedRemoved}. */
  public static final String FEEDS = "regwatch.feeds";

  /** Kept forever, keyed by article id: {@link ArticleDiscovered}, {@link ArticleRevised}. */
  public static final String ARTICLES = "regwatch.articles";

  /** Kept forever, keyed by article id: {@link ArticleClassified}. */
  public static final String CLASSIFICATIONS = "regwatch.classifications";

  /**
   * Kept forever, keyed by development id: facts about developments that no article reports but
   * the query service derives itself, {@link MoratoriumExpiryLapsed}. Read back by the query
   * service (read model, alerts) and replayed by a rebuild like the other logs.
   */
  public static final String DEVELOPMENTS = "regwatch.developments";

  /**
   * Compacted, the feed poller's own durable memory of the items it has seen (keyed by article
   * id). Internal to the poller: not part of the contract other services read.
   */
  public static final String POLLER_STATE = "regwatch.poller-state";

  /**
   * Compacted, keyed by subscription id: what the query service tells subscribers outside their
   * (dead) webhook endpoint, {@link SubscriptionDisabled}. The latest notice per subscription is
   * what matters.
   */
  public static final String SUBSCRIPTION_NOTICES = "regwatch.subscription-notices";

  /** Records no consumer could decode or process, with the reason in the record headers. */
  public static final String DEAD_LETTERS = "regwatch.dead-letters";

  private Topics() {}
}
