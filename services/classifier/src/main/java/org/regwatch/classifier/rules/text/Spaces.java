package org.regwatch.classifier.rules.text;

/** White-space collapsing without a regular expression, for code that runs per sentence. */
public final class Spaces {

  private Spaces() {}

  /**
   * {@code text.substring(from, to).replaceAll("\\s+", " ")} in one pass: every run of the
   * regex's {@code \s} characters (space, tab, line feed, vertical tab, form feed, carriage
   * return — no other white space) becomes one space. A regex per call compiled its pattern
   * each time; a span without such a run is returned as the plain substring.
   */
  public static String collapse(String text, int from, int to) {
    int i = from;
    while (i < to && !(isRegexSpace(text.charAt(i)) && (text.charAt(i) != ' '
        || (i + 1 < to && isRegexSpace(text.charAt(i + 1)))))) {
      i++;
    }
    if (i == to) {
      return text.substring(from, to); // nothing to collapse: the common case
    }
    StringBuilder b = new StringBuilder(to - from);
    b.append(text, from, i);
    boolean inRun = false;
    for (; i < to; i++) {
      char c = text.charAt(i);
      if (isRegexSpace(c)) {
        if (!inRun) {
          b.append(' ');
          inRun = true;
        }
      } else {
        b.append(c);
        inRun = false;
      }
    }
    return b.toString();
  }

  /** The characters of {@code \s} in a {@link java.util.regex.Pattern} without flags. */
  static boolean isRegexSpace(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
  }
}
