package org.regwatch.query.projection;

import java.util.List;
import org.regwatch.events.Event;

/**
 * A polled batch sorted into what to project, what to dead-letter and how many were skipped.
 *
 * @param events decoded events in offset order, each with its source record
 * @param deadLetters records that are not events this service can read, with the reason
 * @param skipped events of a type or version newer than this code (counted, not projected)
 */
public record DecodedBatch(List<Decoded> events, List<DeadLetter> deadLetters, int skipped) {

  public record Decoded(SourceRecord source, Event<?> event) {}

  public record DeadLetter(SourceRecord source, String reason) {}
}
