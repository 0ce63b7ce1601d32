package org.regwatch.classifier.rules.text;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A {@code (?m)^}-anchored regex over a whole lower-cased text, tried only at the line starts
 * that can begin a match. {@code Pattern.compile("(?m)^…").matcher(text.toLowerCase(ROOT)).find()}
 * lower-cases every character of a ~4 KB article and tries '^' at every position of it (~4 % of
 * the engine's CPU for GenreFraming's closing "The writer is …" line, ninth pass); the answer
 * only depends on the first few characters of each line.
 */
public final class LineStarts {

  private LineStarts() {}

  /**
   * Whether {@code Pattern.compile("(?m)^" + body).matcher(text.toLowerCase(Locale.ROOT)).find()},
   * given {@code anchored = Pattern.compile(body)} where {@code body} opens with at most
   * {@code skip} non-word characters ({@code \W{0,skip}}) then the lower-case letter
   * {@code firstLetter}, and never matches more than {@code window - 1} characters (the last one
   * for a closing {@code \b}).
   *
   * <p>Why the same: '^' (MULTILINE, not UNIX_LINES) holds at 0 and after '\n', '\r' (not
   * before its '\n'), '\u0085', '\u2028', '\u2029', never at the end; lower-casing maps those
   * terminators to themselves and no other character to one, so the lower-cased text has the same
   * lines. A match that crosses a terminator inside {@code \W{0,skip}} implies a match at the
   * next line's start, so trying each line start alone loses none. Lower-casing never shortens
   * the text, only 'T' and 't' lower-case to 't' (likewise for any ASCII letter but 'i', 'k' and
   * 's', which the pattern must not start with), and a character that lower-cases to two ('İ')
   * opens with a word character: so the letter of a match stands among the line's first
   * {@code skip + 1} characters, in either case. Only then are the line's first {@code window}
   * characters lower-cased (character by character, as in the whole text) and tried with
   * {@code lookingAt}.
   */
  public static boolean anyLowerCaseLineLookingAt(String text, Pattern anchored, char firstLetter,
      int skip, int window) {
    char upper = Character.toUpperCase(firstLetter);
    int n = text.length();
    // Nearly every text ends its lines with '\n' alone: then String.indexOf (vectorised) finds
    // them, not a test of each character.
    boolean onlyLineFeeds = text.indexOf('\r') < 0 && text.indexOf('\u0085') < 0
        && text.indexOf('\u2028') < 0 && text.indexOf('\u2029') < 0;
    int p = 0;
    while (p < n) {
      int hintEnd = Math.min(n, p + skip + 1);
      for (int i = p; i < hintEnd; i++) {
        char c = text.charAt(i);
        if (c == firstLetter || c == upper) {
          String head = text.substring(p, Math.min(n, p + window)).toLowerCase(Locale.ROOT);
          if (anchored.matcher(head).lookingAt()) {
            return true;
          }
          break;
        }
      }
      if (onlyLineFeeds) {
        int nl = text.indexOf('\n', p);
        p = nl < 0 ? n : nl + 1;
      } else {
        p = nextLineStart(text, p);
      }
    }
    return false;
  }

  /** The first line start after {@code p} ('^' in MULTILINE mode), or the text's length. */
  private static int nextLineStart(String text, int p) {
    int n = text.length();
    for (int i = p; i < n; i++) {
      char c = text.charAt(i);
      if (c == '\n' || c == '\u0085' || c == '\u2028' || c == '\u2029') {
        return i + 1;
      }
      if (c == '\r') {
        return i + 1 < n && text.charAt(i + 1) == '\n' ? i + 2 : i + 1;
      }
    }
    return n;
  }
}
