package org.regwatch.events;

/**
 * The payload of an {@link Event}: one record per event type, each carrying the schema version
 * it was written with. The sealed list is the whole contract; consumers dispatch with
 * {@code instanceof} over these records instead of reading type strings from loose JSON.
 */
public sealed interface EventData
    permits FeedRegistered, FeedRemoved, ArticleDiscovered, ArticleRevised, ArticleClassified,
        MoratoriumExpiryLapsed, SubscriptionDisabled {

  /** Version of this payload's schema; bumped on any change a v1 reader could misread. */
  int schemaVersion();
}
