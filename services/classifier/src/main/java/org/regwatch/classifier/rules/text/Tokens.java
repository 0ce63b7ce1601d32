package org.regwatch.classifier.rules.text;

import java.util.Arrays;

/**
 * Words and punctuation marks of a (masked) text with their character offsets. A word is a run of
 * letters and digits with inner apostrophes, hyphens and dots ("won't", "one-year", "U.S");
 * punctuation that bounds clauses (; : — – ( ) and commas) is kept as one-character tokens.
 */
public final class Tokens {

  private final String text;
  private int[] starts;
  private int[] ends;
  private int size;

  private Tokens(String text) {
    this.text = text;
    this.starts = new int[Math.max(16, text.length() / 5)];
    this.ends = new int[starts.length];
  }

  public static Tokens of(String text) {
    Tokens t = new Tokens(text);
    t.scan();
    return t;
  }

  private void scan() {
    int n = text.length();
    int i = 0;
    while (i < n) {
      char c = text.charAt(i);
      if (Character.isLetterOrDigit(c)) {
        int j = i + 1;
        while (j < n) {
          char d = text.charAt(j);
          if (Character.isLetterOrDigit(d)) {
            j++;
          } else if ((d == '\'' || d == '-' || d == '.') && j + 1 < n
              && Character.isLetterOrDigit(text.charAt(j + 1))) {
            j += 2;
          } else {
            break;
          }
        }
        add(i, j);
        i = j;
      } else if (c == ';' || c == ':' || c == '\u2014' || c == '\u2013' || c == '(' || c == ')'
          || c == ',' || c == '"' || (c == '-' && i + 1 < n && text.charAt(i + 1) == '-')) {
        add(i, i + 1);
        i++;
      } else {
        i++;
      }
    }
  }

  private void add(int s, int e) {
    if (size == starts.length) {
      starts = Arrays.copyOf(starts, size * 2);
      ends = Arrays.copyOf(ends, size * 2);
    }
    starts[size] = s;
    ends[size] = e;
    size++;
  }

  public int size() {
    return size;
  }

  public int start(int i) {
    return starts[i];
  }

  public int end(int i) {
    return ends[i];
  }

  public String text(int i) {
    return text.substring(starts[i], ends[i]);
  }

  public char first(int i) {
    return text.charAt(starts[i]);
  }

  public boolean isWord(int i) {
    return Character.isLetterOrDigit(text.charAt(starts[i]));
  }

  public boolean isCapitalised(int i) {
    return Character.isUpperCase(text.charAt(starts[i]));
  }

  public boolean equalsIgnoreCase(int i, String word) {
    int len = ends[i] - starts[i];
    return len == word.length() && text.regionMatches(true, starts[i], word, 0, len);
  }

  /** Index of the first token that starts at or after {@code offset}. */
  public int indexAtOrAfter(int offset) {
    int idx = Arrays.binarySearch(starts, 0, size, offset);
    return idx >= 0 ? idx : -idx - 1;
  }

  /** Index of the token containing {@code offset}, or the first one after it. */
  public int indexContaining(int offset) {
    int idx = Arrays.binarySearch(starts, 0, size, offset);
    if (idx >= 0) {
      return idx;
    }
    int ins = -idx - 1;
    if (ins > 0 && ends[ins - 1] > offset) {
      return ins - 1;
    }
    return ins;
  }
}
