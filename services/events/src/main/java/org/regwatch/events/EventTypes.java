package org.regwatch.events;

import java.util.Map;
import java.util.Optional;

/** The CloudEvents {@code type} of each payload and the newest schema version this code reads. */
public final class EventTypes {

  public static final String FEED_REGISTERED = "org.regwatch.feed.registered";
  public static final String FEED_REMOVED = "org.regwatch.feed.removed";
  public static final String ARTICLE_DISCOVERED = "org.regwatch.article.discovered";
  public static final String ARTICLE_REVISED = "org.regwatch.article.revised";
  public static final String ARTICLE_CLASSIFIED = "org.regwatch.article.classified";
  public static final String MORATORIUM_EXPIRY_LAPSED = "org.regwatch.moratorium.expiry-lapsed";
  public static final String SUBSCRIPTION_DISABLED = "org.regwatch.subscription.disabled";

  private static final Map<String, Class<? extends EventData>> CLASSES =
      Map.of(
          FEED_REGISTERED, FeedRegistered.class,
          FEED_REMOVED, FeedRemoved.class,
          ARTICLE_DISCOVERED, ArticleDiscovered.class,
          ARTICLE_REVISED, ArticleRevised.class,
          ARTICLE_CLASSIFIED, ArticleClassified.class,
          MORATORIUM_EXPIRY_LAPSED, MoratoriumExpiryLapsed.class,
          SUBSCRIPTION_DISABLED, SubscriptionDisabled.class);

  private static final Map<Class<? extends EventData>, String> TYPES =
      Map.of(
          FeedRegistered.class, FEED_REGISTERED,
          FeedRemoved.class, FEED_REMOVED,
          ArticleDiscovered.class, ARTICLE_DISCOVERED,
          ArticleRevised.class, ARTICLE_REVISED,
          ArticleClassified.class, ARTICLE_CLASSIFIED,
          MoratoriumExpiryLapsed.class, MORATORIUM_EXPIRY_LAPSED,
          SubscriptionDisabled.class, SUBSCRIPTION_DISABLED);

  /** Every payload is at version 1 today; a reader refuses versions newer than this. */
  public static final int NEWEST_SCHEMA_VERSION = 1;

  private EventTypes() {}

  public static String typeOf(Class<?> dataClass) {
    String type = TYPES.get(dataClass);
    if (type == null) {
      throw new IllegalArgumentException("not an event payload: " + dataClass.getName());
    }
    return type;
  }

  public static Optional<Class<? extends EventData>> classOf(String type) {
    return Optional.ofNullable(CLASSES.get(type));
  }
}
