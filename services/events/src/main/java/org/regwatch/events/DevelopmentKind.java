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
  ADVOCACY;

  @JsonValue
  public String json() {
    return name().toLowerCase(Locale.ROOT);
  }
}
