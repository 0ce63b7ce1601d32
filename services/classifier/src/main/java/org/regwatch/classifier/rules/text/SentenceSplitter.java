package org.regwatch.classifier.rules.text;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Sentences of a (masked) field: a line break ends a sentence — feeds deliver paragraphs,
 * headings and bylines on their own lines, which no sentence model sees as boundaries — and
 * within a line OpenNLP's sentence detector (UD English model, see {@link EnglishModels}) proposes
 * the boundaries. The model was trained on web text and breaks after the titles and abbreviations
 * of news ("Oregon Gov. | Kate Brown signed", "Sen. | Ed Markey", "Jan. | 5", "Amazon.com | Inc.,"),
 * which would cut an actor from its verb, so a proposed boundary is kept only when the piece
 * before it ends with . ! ? … (then quotes or brackets), the word before the dot is not a known
 * abbreviation or an initial, and the next piece opens like a sentence (capital, digit, quote,
 * bracket). Spans are character offsets into the given text, trimmed of white space.
 */
public final class SentenceSplitter {

  /** Lower-cased, without the final dot: titles, months, company suffixes, state abbreviations. */
  private static final Set<String> ABBREVIATIONS = Set.of(
      "mr", "mrs", "ms", "dr", "prof", "sen", "sens", "rep", "reps", "gov", "govs", "lt", "gen",
      "col", "capt", "sgt", "st", "ste", "mt", "ft", "inc", "corp", "co", "ltd", "llc", "jr", "sr",
      "no", "nos", "vs", "v", "etc", "e.g", "i.e", "u.s", "u.k", "u.n", "e.u", "d.c", "n.y", "l.a",
      "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "al",
      "approx", "dept", "est", "fig", "mass", "calif", "wash", "ore", "mich", "ill", "fla", "pa",
      "va", "conn", "ariz", "colo", "minn", "wis", "tenn", "ky", "okla", "neb", "nev", "del", "md",
      "ala", "ga", "la", "miss", "mo", "kan", "ark", "tex", "vt", "n.h", "n.j", "n.m", "r.i", "s.c",
      "n.c", "s.d", "n.d", "w.va");

  private SentenceSplitter() {}

  public static List<Sentence> split(String text) {
    List<Sentence> out = new ArrayList<>();
    int n = text.length();
    int lineStart = 0;
    while (lineStart <= n) {
      int lineEnd = text.indexOf('\n', lineStart);
      if (lineEnd < 0) {
        lineEnd = n;
      }
      splitLine(out, text, lineStart, lineEnd);
      lineStart = lineEnd + 1;
    }
    return out;
  }

  /**
   * Appends the sentences of the line {@code [from, to)} of {@code text} (no line break inside),
   * numbered on from {@code out.size()}.
   */
  public static void splitLine(List<Sentence> out, String text, int from, int to) {
    if (!hasLetterOrDigit(text, from, to)) {
      return;
    }
    if (!hasSentenceEnd(text, from, to)) {
      // The model only ever breaks after . ! ? and friends: skip it on headings and short lines.
      add(out, text, from, to);
      return;
    }
    // The detector's walk over the line, with the cheap veto asked before the model (see
    // SentenceBoundaryModel for why the order does not change any answer): the model's decision
    // at an end character is its context's alone, and the veto's start (the last boundary kept)
    // is the same whichever of the two rejects a boundary.
    SentenceBoundaryModel model = SentenceBoundaryModel.english();
    String line = null; // the detector's input, made only when the model is asked
    int start = from;
    for (int c = from; c < to; c++) {
      if (!model.isEndCharacter(text.charAt(c))) {
        continue;
      }
      int firstSpace = candidateBoundary(model, text, c, from, start, to);
      if (firstSpace == LINE_END) {
        break;
      }
      if (firstSpace == NONE) {
        continue;
      }
      if (line == null) {
        line = text.substring(from, to);
      }
      if (model.splitsAt(line, c - from)) {
        add(out, text, start, firstSpace);
        start = firstSpace;
      }
    }
    add(out, text, start, to);
  }

  /** {@link #candidateBoundary}: the end character's boundary would be the line's own end. */
  private static final int LINE_END = -2;
  /** {@link #candidateBoundary}: no boundary the model may be asked about at this character. */
  private static final int NONE = -1;

  /**
   * Where the end character at {@code c} would put a boundary the model may be asked about: the
   * first white space after it, or {@link #NONE}, or {@link #LINE_END}. The detector reads only
   * the last end character before white space ("U.S." -> the second dot), never one at the start
   * of its input, and puts the boundary at that white space; {@code vetoStart} is where the
   * cheap veto's backward scans may start.
   */
  private static int candidateBoundary(SentenceBoundaryModel model, String text, int c, int from,
      int vetoStart, int to) {
    int firstSpace = c + 1;
    boolean laterEnd = false;
    while (firstSpace < to && !SentenceBoundaryModel.isWhitespace(text.charAt(firstSpace))) {
      laterEnd |= model.isEndCharacter(text.charAt(firstSpace));
      firstSpace++;
    }
    if (firstSpace >= to) {
      return LINE_END; // a boundary at the line's end is the line's own end
    }
    if (laterEnd || c == from || !isSentenceBoundary(text, vetoStart, firstSpace, to)) {
      return NONE;
    }
    return firstSpace;
  }

  /**
   * {@link #splitLine}, with the model asked only about the boundaries that bound a sentence
   * holding one of the spans {@code [spanStarts[i], spanEnds[i])} (in order of start, inside the
   * line): every sentence that holds (a character of) a span is the one {@code splitLine} gives,
   * with the same boundaries inside a span; sentences holding no span may come merged into one.
   * Returns whether every boundary of the line was decided (then the pieces are exactly
   * {@code splitLine}'s).
   *
   * <p>Same answers at every boundary asked: the model's decision at an end character is its
   * context's alone, and the veto's dependence on the last boundary kept ({@code start} in
   * {@link #isSentenceBoundary}) is none — its backward scans stop at the white space that
   * follows every kept boundary, or at the line's start — so the veto is asked with the line's
   * start. A line in which a sentence may start with a digit is split whole: {@code BillNames}
   * reads such a sentence with the one before it.
   */
  public static boolean splitAround(List<Sentence> out, String text, int from, int to,
      int[] spanStarts, int[] spanEnds, int spans) {
    if (!hasLetterOrDigit(text, from, to)) {
      return true;
    }
    if (!hasSentenceEnd(text, from, to)) {
      add(out, text, from, to);
      return true;
    }
    SentenceBoundaryModel model = SentenceBoundaryModel.english();
    int[] ends = null; // end characters at which the model may be asked
    int[] spaces = null; // the boundary each would make: the first white space after it
    int k = 0;
    for (int c = from; c < to; c++) {
      if (!model.isEndCharacter(text.charAt(c))) {
        continue;
      }
      int firstSpace = candidateBoundary(model, text, c, from, from, to);
      if (firstSpace == LINE_END) {
        break;
      }
      if (firstSpace == NONE) {
        continue;
      }
      int n = firstSpace;
      while (n < to && Character.isWhitespace(text.charAt(n))) {
        n++;
      }
      if (n < to && Character.isDigit(text.charAt(n))) {
        splitLine(out, text, from, to);
        return true;
      }
      if (ends == null) {
        ends = new int[8];
        spaces = new int[8];
      } else if (k == ends.length) {
        ends = Arrays.copyOf(ends, k * 2);
        spaces = Arrays.copyOf(spaces, k * 2);
      }
      ends[k] = c;
      spaces[k] = firstSpace;
      k++;
    }
    if (k == 0) {
      add(out, text, from, to);
      return true;
    }
    // 0 = not asked, 1 = boundary, 2 = no boundary
    byte[] decided = new byte[k];
    String line = text.substring(from, to);
    int first = 0; // the first candidate at or after the current span's start
    for (int i = 0; i < spans; i++) {
      int hs = spanStarts[i];
      int he = spanEnds[i];
      while (first < k && spaces[first] <= hs) {
        first++;
      }
      // Back from the span to the boundary that starts its sentence.
      for (int j = first - 1; j >= 0; j--) {
        if (decide(decided, j, model, line, ends[j] - from)) {
          break;
        }
      }
      // Inside the span, then on to the boundary that ends its sentence.
      int j = first;
      while (j < k && spaces[j] < he) {
        decide(decided, j, model, line, ends[j] - from);
        j++;
      }
      while (j < k && !decide(decided, j, model, line, ends[j] - from)) {
        j++;
      }
    }
    boolean exact = true;
    int start = from;
    for (int j = 0; j < k; j++) {
      if (decided[j] == 1) {
        add(out, text, start, spaces[j]);
        start = spaces[j];
      } else if (decided[j] == 0) {
        exact = false;
      }
    }
    add(out, text, start, to);
    return exact;
  }

  private static boolean decide(byte[] decided, int j, SentenceBoundaryModel model, String line, int position) {
    if (decided[j] == 0) {
      decided[j] = model.splitsAt(line, position) ? (byte) 1 : (byte) 2;
    }
    return decided[j] == 1;
  }

  /**
   * Appends the line {@code [from, to)} as ONE sentence without asking the model: for lines whose
   * inner boundaries cannot change what the rules read (see {@code FieldText}).
   */
  public static void wholeLine(List<Sentence> out, String text, int from, int to) {
    if (hasLetterOrDigit(text, from, to)) {
      add(out, text, from, to);
    }
  }

  /** Whether the model's boundary at {@code boundary} (between {@code start} and {@code to}) holds. */
  static boolean isSentenceBoundary(String text, int start, int boundary, int to) {
    int e = boundary;
    while (e > start && Character.isWhitespace(text.charAt(e - 1))) {
      e--;
    }
    while (e > start && isCloser(text.charAt(e - 1))) {
      e--;
    }
    if (e == start) {
      return false;
    }
    char end = text.charAt(e - 1);
    if (end != '.' && end != '!' && end != '?' && end != '\u2026') {
      return false;
    }
    if (end == '.' && isAbbreviation(text, start, e - 1)) {
      return false;
    }
    int n = boundary;
    while (n < to && Character.isWhitespace(text.charAt(n))) {
      n++;
    }
    if (n == to) {
      return true;
    }
    char next = text.charAt(n);
    // "introduced A.B. | 989", "passed H.R. | 3907": a bill's dotted prefix before its number
    // would cut the bill from the verb that acts on it.
    if (end == '.' && Character.isDigit(next) && isDottedInitials(text, start, e - 1)) {
      return false;
    }
    return Character.isUpperCase(next) || Character.isDigit(next) || next == '"' || next == '\''
        || next == '(' || next == '[' || next == '\u2022';
  }

  /** "A.B", "H.R", "S.B", "L.D" before the final dot: single letters joined by dots. */
  private static boolean isDottedInitials(String text, int start, int dot) {
    int letters = 0;
    int i = dot - 1;
    while (i >= start && Character.isLetter(text.charAt(i))) {
      letters++;
      if (i - 1 >= start && Character.isLetter(text.charAt(i - 1))) {
        return false;
      }
      if (i - 1 < start || text.charAt(i - 1) != '.') {
        break;
      }
      i -= 2;
    }
    boolean wordStart = i <= start || !Character.isLetterOrDigit(text.charAt(i - 1));
    return letters >= 2 && wordStart;
  }

  private static boolean isCloser(char c) {
    return c == '"' || c == '\'' || c == ')' || c == ']';
  }

  private static boolean isAbbreviation(String text, int start, int dot) {
    int b = dot;
    while (b > start && (Character.isLetter(text.charAt(b - 1)) || text.charAt(b - 1) == '.')) {
      b--;
    }
    // Asked at every sentence end the veto sees: ASCII words (nearly all) are answered without a
    // substring and its lower-case copy — a one-letter word is an initial, a longer one is looked
    // up packed into a long (the longest abbreviation has 6 characters).
    long key = asciiKey(text, b, dot);
    if (key >= 0) {
      return dot - b == 1 || (dot - b <= MAX_ABBREVIATION && Arrays.binarySearch(ABBREVIATION_KEYS, key) >= 0);
    }
    String word = text.substring(b, dot).toLowerCase(Locale.ROOT);
    return word.length() == 1 || ABBREVIATIONS.contains(word);
  }

  private static final int MAX_ABBREVIATION = ABBREVIATIONS.stream().mapToInt(String::length).max().orElse(0);
  private static final long[] ABBREVIATION_KEYS = ABBREVIATIONS.stream()
      .mapToLong(a -> asciiKey(a, 0, a.length())).sorted().toArray();

  /** The characters of {@code [from, to)} lower-cased, 8 bits each (the first seven: a key only
   *  for words that short), or -1 when one is not ASCII. */
  private static long asciiKey(String text, int from, int to) {
    long key = 0;
    for (int i = from; i < to; i++) {
      char c = text.charAt(i);
      if (c >= 128) {
        return -1;
      }
      if (c >= 'A' && c <= 'Z') {
        c = (char) (c + ('a' - 'A'));
      }
      if (i - from < 7) {
        key = (key << 8) | c;
      }
    }
    return key;
  }

  private static boolean hasLetterOrDigit(String text, int from, int to) {
    for (int i = from; i < to; i++) {
      if (Character.isLetterOrDigit(text.charAt(i))) {
        return true;
      }
    }
    return false;
  }

  private static boolean hasSentenceEnd(String text, int from, int to) {
    // The last character does not count: a break after it is the line's own end.
    for (int i = from; i < to - 1; i++) {
      char c = text.charAt(i);
      if (c == '.' || c == '!' || c == '?' || c == '\u2026') {
        return true;
      }
    }
    return false;
  }

  private static void add(List<Sentence> out, String text, int from, int to) {
    int s = from;
    int e = to;
    while (s < e && Character.isWhitespace(text.charAt(s))) {
      s++;
    }
    while (e > s && Character.isWhitespace(text.charAt(e - 1))) {
      e--;
    }
    if (e > s) {
      out.add(new Sentence(out.size(), s, e));
    }
  }
}
