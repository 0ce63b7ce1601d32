package org.regwatch.events;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** Article-level moratorium label (docs/domain taxonomy). */
public enum MoratoriumStatus {
  ANNOUNCED, EXTENDED, ENDED, NONE;

  @JsonValue
  public String json() {
    return name().toLowerCase(Locale.ROOT);
  }
}
