package org.regwatch.classifier.rules.text;

/**
 * Makes a working copy of a text of EXACTLY the same length, so that every offset found in the
 * copy is an offset in the original (evidence spans must index into the published strings). HTML
 * tags and entities become spaces, typographic quotes become ASCII ones, control characters and
 * unpaired surrogates become spaces.
 */
public final class TextMasker {

  private static final int MAX_TAG_LENGTH = 500;

  private TextMasker() {}

  public static String mask(String s) {
    if (unchanged(s)) {
      return s; // no markup, entity or character to normalise: no copy in and out of a char[]
    }
    char[] out = s.toCharArray();
    int n = out.length;
    for (int i = 0; i < n; i++) {
      char c = out[i];
      if (c >= 0x20 && c < 0x7F && c != '<' && c != '&') {
        continue; // printable ASCII other than markup stays as it is: nearly every character
      }
      if (c == '<' && i + 1 < n && looksLikeTagStart(s.charAt(i + 1))) {
        int close = s.indexOf('>', i + 1);
        if (close > 0 && close - i <= MAX_TAG_LENGTH) {
          boolean block = isBlockTag(s, i + 1);
          for (int j = i; j <= close; j++) {
            out[j] = ' ';
          }
          // A <p> or <br> ends a sentence in the rendered page; keep that boundary.
          if (block) {
            out[i] = '\n';
          }
          i = close;
          continue;
        }
      }
      if (c == '&' && i + 2 < n) {
        int semi = entityEnd(s, i);
        if (semi > 0) {
          for (int j = i; j <= semi; j++) {
            out[j] = ' ';
          }
          i = semi;
          continue;
        }
      }
      out[i] = normalise(c, s, i);
    }
    return new String(out);
  }

  /** Only characters {@link #mask} leaves as they are: printable ASCII other than '<' and '&',
   *  line breaks and tabs. */
  private static boolean unchanged(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c >= 0x20 ? c >= 0x7F || c == '<' || c == '&' : c != '\n' && c != '\t') {
        return false;
      }
    }
    return true;
  }

  private static char normalise(char c, String s, int i) {
    switch (c) {
      case '\u2018', '\u2019', '\u02BC', '\u2032' -> {
        return '\'';
      }
      case '\u201C', '\u201D', '\u00AB', '\u00BB', '\u201E' -> {
        return '"';
      }
      case '\u00A0', '\u2009', '\u202F', '\u2007', '\uFEFF', '\uFFFD', '\u200B' -> {
        return ' ';
      }
      case '\r', '\u2028', '\u2029', '\u0085' -> {
        return '\n';
      }
      default -> {
        if (Character.isHighSurrogate(c)) {
          return i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1)) ? c : ' ';
        }
        if (Character.isLowSurrogate(c)) {
          return i > 0 && Character.isHighSurrogate(s.charAt(i - 1)) ? c : ' ';
        }
        if (c < 0x20 && c != '\n' && c != '\t') {
          return ' ';
        }
        return c;
      }
    }
  }

  private static boolean looksLikeTagStart(char c) {
    return Character.isLetter(c) || c == '/' || c == '!' || c == '?';
  }

  private static boolean isBlockTag(String s, int from) {
    int i = from;
    if (i < s.length() && s.charAt(i) == '/') {
      i++;
    }
    int j = i;
    while (j < s.length() && Character.isLetterOrDigit(s.charAt(j))) {
      j++;
    }
    String name = s.substring(i, j).toLowerCase(java.util.Locale.ROOT);
    return switch (name) {
      case "p", "br", "div", "li", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "blockquote", "ul", "ol" -> true;
      default -> false;
    };
  }

  private static int entityEnd(String s, int amp) {
    int limit = Math.min(s.length(), amp + 10);
    for (int j = amp + 1; j < limit; j++) {
      char c = s.charAt(j);
      if (c == ';') {
        return j > amp + 1 ? j : -1;
      }
      if (!(Character.isLetterOrDigit(c) || (c == '#' && j == amp + 1))) {
        return -1;
      }
    }
    return -1;
  }
}
