package org.regwatch.classifier.rules.text;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.Arrays;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;

/**
 * Words and punctuation marks of a (masked) text with their character offsets. Words are Lucene's
 * {@link StandardTokenizer} tokens — the Unicode word boundaries of UAX #29, so "won't",
 * "Amazon.com", "U.S" and "20,000" are one word and "one-year" is two. Lucene drops punctuation,
 * but the rules need the marks that bound clauses, so ; : — – ( ) , " and "--" outside words are
 * added as one-character tokens.
 *
 * <p>Chosen over OpenNLP's tokenizer model (UD English, the one on Maven Central): on news it
 * splits "Sen" from its dot and "D-" from "Mass.", and it costs ~55 µs per sentence here, so it
 * could only run on a few sentences of an article — two tokenisations of one text.
 */
public final class Tokens {

  /**
   * One tokenizer per thread, reused: a new {@code StandardTokenizer} per article allocated its
   * scanner and a 1,024-char buffer (setMaxTokenLength) every time — a few µs and most of this
   * stage's garbage. Lucene tokenizers are not thread-safe, hence per thread.
   */
  private static final ThreadLocal<Words> WORDS = ThreadLocal.withInitial(Words::new);

  /** A thread's tokenizer and its offset attribute, looked up once ({@code addAttribute} per
   *  article is two hash lookups). */
  private static final class Words {
    final StandardTokenizer tokenizer = newTokenizer();
    final OffsetAttribute offset = tokenizer.addAttribute(OffsetAttribute.class);
  }

  private final String text;
  private int[] starts;
  private int[] ends;
  private int size;
  /** {@link #lower} per token, filled on demand (after the scan: {@code size} is final then). */
  private String[] lower;

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

  /** The tokens as Lucene alone finds them (no fast path): the reference for the tests. */
  static Tokens ofLucene(String text) {
    Tokens t = new Tokens(text);
    t.last = 0;
    t.lucene(0, text.length());
    t.punctuation(t.last, text.length());
    return t;
  }

  /** End of the last word added ({@link #word}): where the punctuation scan resumes. */
  private int last;

  /**
   * Word classes of UAX #29 for the characters {@link #scan} reads itself (index {@code c < 0x80}):
   * letters, digits, ExtendNumLet ('_'), the MidLetter/MidNumLet marks that join two letters
   * (':' '.' '\''), the MidNum/MidNumLet marks that join two digits (',' ';' '.' '\''), and
   * the rest (never inside a word). White space delimits pieces before classes are asked.
   */
  private static final byte OTHER = 0, LETTER = 1, DIGIT = 2, EXTEND = 4, MID_LETTER = 8,
      MID_DIGIT = 16;
  private static final byte[] CLASS = new byte[0x80];

  static {
    for (char c = 'a'; c <= 'z'; c++) {
      CLASS[c] = LETTER;
      CLASS[c - 'a' + 'A'] = LETTER;
    }
    for (char c = '0'; c <= '9'; c++) {
      CLASS[c] = DIGIT;
    }
    CLASS['_'] = EXTEND;
    CLASS[':'] = MID_LETTER;
    CLASS['.'] = MID_LETTER | MID_DIGIT;
    CLASS['\''] = MID_LETTER | MID_DIGIT;
    CLASS[','] = MID_DIGIT;
    CLASS[';'] = MID_DIGIT;
  }

  /** Longest piece read without Lucene (Lucene splits words above setMaxTokenLength). */
  private static final int MAX_FAST_PIECE = 255;

  /**
   * Lucene's {@link StandardTokenizer} words, found without Lucene where the text allows: the
   * text is cut into pieces at white space (' ', tab, line feed, carriage return: no Lucene word
   * holds one, and its scanner has no look-behind, so a piece's words do not depend on what lies
   * beyond the white space around it). A piece of printable ASCII plus the dashes U+2013/U+2014
   * is read here with the UAX #29 rules as Lucene's grammar writes them for these characters
   * (WB5–WB13b: letters and digits join; '_' joins anything beside it; a mid mark joins only
   * between two letters or two digits of its kind; a word must hold a letter or digit); any
   * other piece goes to Lucene, as do pieces over {@value #MAX_FAST_PIECE} characters.
   * {@code TokensTest} compares the two on every corpus text and on random and adversarial
   * strings.
   */
  private void scan() {
    String s = text;
    int n = s.length();
    last = 0;
    int i = 0;
    int slow = -1; // start of a run of pieces left to Lucene, or -1
    while (i < n) {
      char c = s.charAt(i);
      if (c == ' ' || c == '\n' || c == '\t' || c == '\r') {
        i++;
        continue;
      }
      int start = i;
      boolean fast = true;
      while (i < n) {
        c = s.charAt(i);
        if (c == ' ' || c == '\n' || c == '\t' || c == '\r') {
          break;
        }
        if (c >= 0x7F ? c != '\u2013' && c != '\u2014' : c < 0x20) {
          fast = false;
        }
        i++;
      }
      if (fast && i - start <= MAX_FAST_PIECE) {
        if (slow >= 0) {
          lucene(slow, start);
          slow = -1;
        }
        piece(start, i);
      } else if (slow < 0) {
        slow = start;
      }
    }
    if (slow >= 0) {
      lucene(slow, n);
    }
    punctuation(last, n);
  }

  private static int type(char c) {
    return c < 0x80 ? CLASS[c] : OTHER;
  }

  /** The words of one piece of fast characters (see {@link #scan}). */
  private void piece(int from, int to) {
    String s = text;
    int i = from;
    while (i < to) {
      int t = type(s.charAt(i));
      if ((t & (LETTER | DIGIT | EXTEND)) == 0) {
        i++;
        continue;
      }
      int start = i;
      boolean alnum = t != EXTEND;
      int prev = t; // class of the last character joined
      i++;
      while (i < to) {
        int u = type(s.charAt(i));
        if ((u & (LETTER | DIGIT | EXTEND)) != 0) {
          alnum |= u != EXTEND;
          prev = u;
          i++;
        } else if (u != OTHER && i + 1 < to && (prev == LETTER || prev == DIGIT)
            && type(s.charAt(i + 1)) == prev && (u & (prev == LETTER ? MID_LETTER : MID_DIGIT)) != 0) {
          i += 2; // letter mid letter, digit mid digit
        } else {
          break;
        }
      }
      if (alnum) {
        word(start, i);
      }
    }
  }

  private void word(int s, int e) {
    punctuation(last, s);
    add(s, e);
    last = e;
  }

  /** Lucene's words of {@code text[from, to)}, offsets into the whole text. */
  private void lucene(int from, int to) {
    Words thread = WORDS.get();
    StandardTokenizer words = thread.tokenizer;
    OffsetAttribute offset = thread.offset;
    try {
      words.setReader(new StringReader(from == 0 && to == text.length() ? text : text.substring(from, to)));
      words.reset();
      while (words.incrementToken()) {
        word(from + offset.startOffset(), from + offset.endOffset());
      }
      words.end();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot happen with a StringReader", e);
    } finally {
      // Lucene's reuse contract: close() before the next setReader(); it keeps the buffers.
      closeQuietly(words);
    }
  }

  private static StandardTokenizer newTokenizer() {
    StandardTokenizer words = new StandardTokenizer();
    // Above Lucene's default of 255 a "word" is split; nothing the rules read is that long.
    words.setMaxTokenLength(1024);
    return words;
  }

  private static void closeQuietly(StandardTokenizer words) {
    try {
      words.close();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot happen with a StringReader", e);
    }
  }

  /** Characters that may be clause punctuation, as a bit set over {@code c & 63}: asked for every
   *  character between two words (mostly one space), so one test rejects nearly all of them. */
  private static final long MAYBE_PUNCTUATION = bits(";:\u2014\u2013(),\"-");

  private static long bits(String chars) {
    long set = 0;
    for (char c : chars.toCharArray()) {
      set |= 1L << (c & 63);
    }
    return set;
  }

  /** Adds the clause punctuation found between two words. */
  private void punctuation(int from, int to) {
    for (int i = from; i < to; i++) {
      char c = text.charAt(i);
      if ((MAYBE_PUNCTUATION & (1L << (c & 63))) == 0) {
        continue; // none of the marks below shares these low six bits
      }
      if (c == ';' || c == ':' || c == '\u2014' || c == '\u2013' || c == '(' || c == ')'
          || c == ',' || c == '"' || (c == '-' && i + 1 < to && text.charAt(i + 1) == '-')) {
        add(i, i + 1);
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

  /**
   * {@code text(i).toLowerCase(Locale.ROOT)}, made once per token: the cue rules lower-case the
   * same words around every trigger of a sentence (several String allocations per word).
   */
  public String lower(int i) {
    if (lower == null) {
      lower = new String[size];
    }
    String w = lower[i];
    if (w == null) {
      w = lowerOf(starts[i], ends[i]);
      lower[i] = w;
    }
    return w;
  }

  /**
   * {@code text.substring(from, to).toLowerCase(Locale.ROOT)}: an ASCII word (nearly all) is
   * lower-cased here, letter by letter (Locale.ROOT maps 'A'–'Z' to 'a'–'z' and no other ASCII
   * character), without String.toLowerCase's per-character case-table look-ups and second copy;
   * other words go to it. Since the analyzers ask {@link #lower} instead of lower-casing
   * substrings, this is most of the engine's lower-casing (~2.5 % of its CPU, JFR, ninth pass).
   */
  private String lowerOf(int from, int to) {
    boolean capital = false;
    for (int k = from; k < to; k++) {
      char c = text.charAt(k);
      if (c >= 0x80) {
        return text.substring(from, to).toLowerCase(java.util.Locale.ROOT);
      }
      capital |= c >= 'A' && c <= 'Z';
    }
    if (!capital) {
      return text.substring(from, to);
    }
    char[] w = new char[to - from];
    for (int k = from; k < to; k++) {
      char c = text.charAt(k);
      w[k - from] = c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
    }
    return new String(w);
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
    int slot = offset & (AT_OR_AFTER_SLOTS - 1);
    long[] cache = atOrAfter;
    if (cache == null) {
      cache = new long[AT_OR_AFTER_SLOTS];
      Arrays.fill(cache, -1L);
      atOrAfter = cache;
    }
    long e = cache[slot];
    if ((int) (e >>> 32) == offset && e >= 0) {
      return (int) e;
    }
    int idx = Arrays.binarySearch(starts, 0, size, offset);
    int answer = idx >= 0 ? idx : -idx - 1;
    if (offset >= 0) {
      cache[slot] = ((long) offset << 32) | answer;
    }
    return answer;
  }

  /**
   * {@link #indexAtOrAfter(int)} answers by offset, direct-mapped (offset mod the slot count; an
   * entry is {@code offset << 32 | answer}, -1 when empty). The rules ask it mostly for the same
   * few offsets — a sentence's start and end, once per trigger, cue and actor look-up of the
   * sentence (~70 call sites) — and the binary search over ~800 tokens per asking was ~3 % of the
   * engine's CPU (JFR, ninth pass). Filled after the scan only ({@code size} is final then); a
   * {@code Tokens} is read by one thread (one per field per classification).
   */
  private long[] atOrAfter;
  private static final int AT_OR_AFTER_SLOTS = 64;

  /**
   * {@link #indexAtOrAfter} searched forward from {@code from} (which must not be past the answer):
   * for offsets visited in increasing order, where a binary search per offset was ~4 % of the
   * engine's CPU (JFR), most answers are a few tokens on.
   */
  public int indexAtOrAfter(int offset, int from) {
    int i = from;
    while (i < size && starts[i] < offset) {
      i++;
    }
    return i;
  }

  /** {@link #indexContaining} given {@code atOrAfter = indexAtOrAfter(offset)}. */
  public int indexContaining(int offset, int atOrAfter) {
    if (atOrAfter < size && starts[atOrAfter] == offset) {
      return atOrAfter;
    }
    if (atOrAfter > 0 && ends[atOrAfter - 1] > offset) {
      return atOrAfter - 1;
    }
    return atOrAfter;
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
