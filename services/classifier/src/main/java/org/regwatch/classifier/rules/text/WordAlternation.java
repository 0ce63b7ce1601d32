package org.regwatch.classifier.rules.text;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A whole-word alternation of literal terms — case-insensitive (Unicode) unless a term is written
 * {@code =Term}, then only with that capitalisation — with the answers of the regular expression
 * {@link #regex} builds, {@code (?<![\p{L}\p{N}])(?:(?iu:t1|t2…)|E1|E2…)(?![\p{L}\p{N}])}, but
 * without its cost: the regex tries every alternative at every position of the text (on ~1 KB of
 * title and lead with a few dozen terms that was 15 % of the engine's CPU, JFR), this tries only the
 * terms whose first character fits, at word starts.
 *
 * <p>The same semantics as the regex, piece by piece: a position qualifies when the character
 * before it is no letter or number ({@code \p{L}\p{N}}); a folded term matches where every text
 * character {@code c} equals the term's character folded as {@code Pattern} folds it, {@code
 * toLowerCase(toUpperCase(·))}, either as is or folded itself; an exact term matches
 * character for character; the alternatives are tried in order and the first one followed by no
 * letter or number wins (that is the regex's backtracking into the next alternative). Texts or
 * terms with surrogate characters, and empty or one-character case-insensitive terms, are left to
 * the regex itself.
 */
public final class WordAlternation {

  private static final int[] NONE = new int[0];

  /** Per term: its characters, folded for the case-insensitive ones. */
  private final char[][] terms;
  private final boolean[] exact;
  /** Term indices (in alternation order) by their first character, folded or exact. */
  private final Map<Character, int[]> foldedByFirst = new HashMap<>();
  private final Map<Character, int[]> exactByFirst = new HashMap<>();
  private final int[][] foldedByAsciiFirst = new int[128][];
  private final int[][] exactByAsciiFirst = new int[128][];
  /** The regex, for what the fast path does not cover. */
  private final Pattern pattern;
  private final boolean regexOnly;

  private WordAlternation(List<String> written) {
    this.pattern = regex(written);
    List<char[]> chars = new ArrayList<>();
    List<Boolean> exacts = new ArrayList<>();
    // Pattern order: all case-insensitive terms (one group) come before the exact ones.
    boolean unsupported = false;
    for (int pass = 0; pass < 2; pass++) {
      for (String t : written) {
        boolean isExact = t.startsWith("=");
        if (isExact != (pass == 1)) {
          continue;
        }
        String term = isExact ? t.substring(1) : t;
        // A one-character case-insensitive term compiles to a different node in Pattern (no
        // folding for characters without case): left to the regex, as are empty terms.
        unsupported |= term.isEmpty() || hasSurrogate(term) || (!isExact && term.length() == 1);
        char[] c = term.toCharArray();
        if (!isExact) {
          for (int i = 0; i < c.length; i++) {
            c[i] = fold(c[i]);
          }
        }
        chars.add(c);
        exacts.add(isExact);
      }
    }
    this.regexOnly = unsupported;
    this.terms = chars.toArray(new char[0][]);
    this.exact = new boolean[terms.length];
    Map<Character, List<Integer>> folded = new HashMap<>();
    Map<Character, List<Integer>> exactFirst = new HashMap<>();
    for (int i = 0; i < terms.length; i++) {
      exact[i] = exacts.get(i);
      if (terms[i].length > 0) {
        (exact[i] ? exactFirst : folded).computeIfAbsent(terms[i][0], k -> new ArrayList<>()).add(i);
      }
    }
    index(folded, foldedByFirst, foldedByAsciiFirst);
    index(exactFirst, exactByFirst, exactByAsciiFirst);
  }

  /** Terms as a pack writes them: {@code =Term} for an exact-case term. */
  public static WordAlternation of(List<String> terms) {
    return new WordAlternation(terms);
  }

  /** Whether any term occurs as a whole word in {@code text}: {@code regex.matcher(text).find()}. */
  public boolean find(String text) {
    if (regexOnly || hasSurrogate(text)) {
      return pattern.matcher(text).find();
    }
    for (int p = 0; p < text.length(); p++) {
      if (matchAt(text, p) >= 0) {
        return true;
      }
    }
    return false;
  }

  /** {@code regex.matcher(text).replaceAll(replacement)} for a replacement without {@code $} or
   *  {@code \}: every leftmost whole-word occurrence, non-overlapping, replaced. */
  public String replaceAll(String text, String replacement) {
    if (regexOnly || hasSurrogate(text) || replacement.indexOf('$') >= 0 || replacement.indexOf('\\') >= 0) {
      return pattern.matcher(text).replaceAll(replacement);
    }
    StringBuilder out = null;
    int copied = 0;
    int p = 0;
    while (p < text.length()) {
      int t = matchAt(text, p);
      if (t < 0) {
        p++;
        continue;
      }
      if (out == null) {
        out = new StringBuilder(text.length());
      }
      out.append(text, copied, p).append(replacement);
      p += terms[t].length;
      copied = p;
    }
    return out == null ? text : out.append(text, copied, text.length()).toString();
  }

  /** The first term (in alternation order) that matches as a whole word at {@code p}, or -1. */
  private int matchAt(String text, int p) {
    if (p > 0 && letterOrNumber(text.charAt(p - 1))) {
      return -1;
    }
    char c = text.charAt(p);
    char f = fold(c);
    int[] raw = bucket(foldedByFirst, foldedByAsciiFirst, c);
    int[] viaFold = f == c ? NONE : bucket(foldedByFirst, foldedByAsciiFirst, f);
    // Both folded buckets hold folded terms: tried merged, in alternation order.
    int a = 0;
    int b = 0;
    while (a < raw.length || b < viaFold.length) {
      int t = b >= viaFold.length || (a < raw.length && raw[a] < viaFold[b]) ? raw[a++] : viaFold[b++];
      if (matchesFolded(text, p, terms[t])) {
        return t;
      }
    }
    for (int t : bucket(exactByFirst, exactByAsciiFirst, c)) {
      if (matchesExact(text, p, terms[t])) {
        return t;
      }
    }
    return -1;
  }

  private static boolean matchesFolded(String text, int p, char[] term) {
    int end = p + term.length;
    if (end > text.length()) {
      return false;
    }
    for (int j = 0; j < term.length; j++) {
      char c = text.charAt(p + j);
      if (term[j] != c && term[j] != fold(c)) {
        return false;
      }
    }
    return end == text.length() || !letterOrNumber(text.charAt(end));
  }

  private static boolean matchesExact(String text, int p, char[] term) {
    int end = p + term.length;
    if (end > text.length()) {
      return false;
    }
    for (int j = 0; j < term.length; j++) {
      if (term[j] != text.charAt(p + j)) {
        return false;
      }
    }
    return end == text.length() || !letterOrNumber(text.charAt(end));
  }

  private static int[] bucket(Map<Character, int[]> map, int[][] ascii, char c) {
    int[] b = c < 128 ? ascii[c] : map.get(c);
    return b == null ? NONE : b;
  }

  private static void index(Map<Character, List<Integer>> from, Map<Character, int[]> map, int[][] ascii) {
    for (Map.Entry<Character, List<Integer>> e : from.entrySet()) {
      int[] idx = e.getValue().stream().mapToInt(Integer::intValue).toArray();
      map.put(e.getKey(), idx);
      if (e.getKey() < 128) {
        ascii[e.getKey()] = idx;
      }
    }
  }

  /** How {@code Pattern} folds a character under {@code (?iu)}. */
  private static char fold(char c) {
    return (char) Character.toLowerCase(Character.toUpperCase((int) c));
  }

  /** {@code [\p{L}\p{N}]}. */
  static boolean letterOrNumber(char c) {
    if (c < 128) {
      return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
    }
    if (Character.isLetter(c)) {
      return true;
    }
    int type = Character.getType(c);
    return type == Character.DECIMAL_DIGIT_NUMBER || type == Character.LETTER_NUMBER
        || type == Character.OTHER_NUMBER;
  }

  private static boolean hasSurrogate(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (Character.isSurrogate(s.charAt(i))) {
        return true;
      }
    }
    return false;
  }

  /** The regular expression this alternation answers like (kept as the reference and fallback). */
  public static Pattern regex(List<String> terms) {
    List<String> exact = new ArrayList<>();
    List<String> folded = new ArrayList<>();
    for (String t : terms) {
      if (t.startsWith("=")) {
        exact.add(Pattern.quote(t.substring(1)));
      } else {
        folded.add(Pattern.quote(t));
      }
    }
    List<String> all = new ArrayList<>();
    if (!folded.isEmpty()) {
      all.add("(?iu:" + String.join("|", folded) + ")");
    }
    all.addAll(exact);
    if (all.isEmpty()) {
      return Pattern.compile("(?!)");
    }
    return Pattern.compile("(?<![\\p{L}\\p{N}])(?:" + String.join("|", all) + ")(?![\\p{L}\\p{N}])");
  }

  /** For tests: the reference regex's answer. */
  Matcher referenceMatcher(String text) {
    return pattern.matcher(text);
  }
}
