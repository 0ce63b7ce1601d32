package org.regwatch.events;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** Article-level legislation label: the stage a bill, ordinance or regulation reached. */
public enum LegislationStatus {
  PROPOSED, ADVANCING, ENACTED, FAILED, NONE;

  @JsonValue
  public String json() {
    return name().toLowerCase(Locale.ROOT);
  }
}
