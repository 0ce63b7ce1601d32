package org.regwatch.events;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A moratorium's expected expiry passed without news of an extension or an end: its status is now
 * "expired (unconfirmed)". Not reported by any article — the query service emits it itself when its
 * clock passes the date, so that the lapse is a fact in the log like any other (subscribers are
 * alerted, a rebuild replays it). A later article that extends or ends the moratorium confirms or
 * corrects it by opening a newer development on the same lineage.
 *
 * <p>Keyed by development id. The producer derives the event id from the development id and the
 * expected expiry, so a restart that emits it again writes the same fact twice, not two facts.
 *
 * @param developmentId the moratorium development (the lineage's latest when it lapsed)
 * @param status its last reported status: {@code announced} or {@code extended}
 * @param actor who declared it, may be null
 * @param technology e.g. "facial recognition", may be null
 * @param product e.g. "Rekognition", may be null
 * @param scope e.g. "police use", may be null
 * @param duration as reported, e.g. "one year", may be null
 * @param since when the moratorium took effect (the development's occurred-at)
 * @param expectedExpiry the date that passed
 */
public record MoratoriumExpiryLapsed(
    int schemaVersion,
    String developmentId,
    DevelopmentStatus status,
    String actor,
    String technology,
    String product,
    String scope,
    String duration,
    LocalDate since,
    LocalDate expectedExpiry)
    implements EventData {

  public static final int SCHEMA_VERSION = 1;

  public MoratoriumExpiryLapsed {
    Objects.requireNonNull(developmentId, "developmentId");
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(since, "since");
    Objects.requireNonNull(expectedExpiry, "expectedExpiry");
  }

  public static MoratoriumExpiryLapsed of(String developmentId, DevelopmentStatus status,
      String actor, String technology, String product, String scope, String duration,
      LocalDate since, LocalDate expectedExpiry) {
    return new MoratoriumExpiryLapsed(SCHEMA_VERSION, developmentId, status, actor, technology,
        product, scope, duration, since, expectedExpiry);
  }

  /** The event id: one fact per development and expiry date, whoever emits it how often. */
  public String eventId() {
    return "lapse-" + developmentId + "-" + expectedExpiry;
  }
}
