package org.regwatch.events;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** What a development regulates, at the granularity of the labeled corpus. */
public enum SubjectTech {
  FACIAL_RECOGNITION, BIOMETRICS, OTHER, NONE;

  /** "facial recognition", as in the labeled corpus. */
  @JsonValue
  public String json() {
    return name().toLowerCase(Locale.ROOT).replace('_', ' ');
  }
}
