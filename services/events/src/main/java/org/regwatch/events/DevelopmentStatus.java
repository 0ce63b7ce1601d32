package org.regwatch.events;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/**
 * Status of one development. Which values apply depends on the kind: moratorium uses announced,
 * extended, ended; legislation and ban use proposed, advancing, enacted, failed; exit and
 * enforcement use announced; policy uses announced and ended; advocacy uses demanded.
 */
public enum DevelopmentStatus {
  ANNOUNCED, EXTENDED, ENDED, PROPOSED, ADVANCING, ENACTED, FAILED, DEMANDED;

  @JsonValue
  public String json() {
    return name().toLowerCase(Locale.ROOT);
  }
}
