package org.regwatch.events;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** The kind of a regulatory development. */
public enum DevelopmentKind {
  /** A temporary pause on use or sale. */
  MORATORIUM,
  /** A bill, ordinance or regulation. */
  LEGISLATION,
  /** A prohibition by a government body (a city ban is also legislation once enacted). */
  BAN,
  /** A company leaving a business for good. */
  EXIT,
  /** A regulator acting on existing law (a fine, an order). */
  ENFORCEMENT,
  /** A demand by a third party; not an action by the one it targets. */
  ADVOCACY,
  /**
   * An official body's own policy on using the technology: a police force, agency, school
   * district or ministry adopting, revising or scrapping its policy, guidelines, directive or
   * standard operating procedure (not a bill, ordinance or regulation: those are legislation; a
   * policy that pauses use for a time is a moratorium). Statuses: {@code announced} when adopted,
   * issued or revised, {@code ended} when scrapped, rescinded or withdrawn. Added within v1
   * (round 16): a consumer built before it cannot read the value and dead-letters the record.
   */
  POLICY;

  @JsonValue
  public String json() {
    return name().toLowerCase(Locale.ROOT);
  }
}
