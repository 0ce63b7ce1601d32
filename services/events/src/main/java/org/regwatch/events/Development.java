package org.regwatch.events;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * One regulatory development an article reports.
 *
 * @param kind moratorium, legislation, ban, exit, enforcement or advocacy
 * @param status see {@link DevelopmentStatus} for which values go with which kind
 * @param headline true for the development the article reports as news (it gives the article
 *     labels); false for the ones it also mentions
 * @param actor the organisation or government that takes the action (not one that demands it)
 * @param technology what is regulated, e.g. "facial recognition"
 * @param product a named product when the text names one, e.g. "Rekognition"; may be null
 * @param scope e.g. "police use", "government use", "sale"; may be null
 * @param jurisdiction e.g. "US federal", "US-CA", "San Francisco", "EU", "UK"; may be null
 * @param duration as the text says it, normalised: "one year", "indefinite", "until federal law";
 *     may be null
 * @param effectiveDate when it takes effect, resolved against the publication date; may be null
 * @param expiryDate when it ends if the duration implies a date; may be null
 * @param confidence 0..1
 * @param evidence the sentence(s) that justify it, at least one
 * @param bill for legislation: the bill or ordinance the text names; null when it names none or
 *     for other kinds (optional field added within version 1)
 */
public record Development(
    DevelopmentKind kind,
    DevelopmentStatus status,
    boolean headline,
    String actor,
    String technology,
    String product,
    String scope,
    String jurisdiction,
    String duration,
    LocalDate effectiveDate,
    LocalDate expiryDate,
    double confidence,
    List<Evidence> evidence,
    Bill bill) {

  /** A development that names no bill (every kind but legislation, and bills the text leaves unnamed). */
  public Development(
      DevelopmentKind kind,
      DevelopmentStatus status,
      boolean headline,
      String actor,
      String technology,
      String product,
      String scope,
      String jurisdiction,
      String duration,
      LocalDate effectiveDate,
      LocalDate expiryDate,
      double confidence,
      List<Evidence> evidence) {
    this(kind, status, headline, actor, technology, product, scope, jurisdiction, duration,
        effectiveDate, expiryDate, confidence, evidence, null);
  }

  public Development {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(status, "status");
    if (confidence < 0 || confidence > 1) {
      throw new IllegalArgumentException("confidence must be in [0, 1]: " + confidence);
    }
    evidence = evidence == null ? List.of() : List.copyOf(evidence);
  }
}
