package org.regwatch.classifier.rules.text;

/** Cutting text to a length without leaving half a surrogate pair at the end. */
public final class Cut {

  private Cut() {}

  /** The first {@code max} chars of {@code s} (one fewer if that would split a surrogate pair). */
  public static String atMost(String s, int max) {
    if (s.length() <= max) {
      return s;
    }
    int end = max;
    if (Character.isHighSurrogate(s.charAt(end - 1))) {
      end--;
    }
    return s.substring(0, end);
  }
}
