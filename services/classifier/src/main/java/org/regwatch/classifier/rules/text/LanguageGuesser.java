package org.regwatch.classifier.rules.text;

import java.util.Locale;
import java.util.Map;
import java.util.Set;
import opennlp.tools.langdetect.Language;

/**
 * Language of an article (documented in docs/rules.md), in two steps. First a function-word count
 * over the first 200 words: when English function words clearly dominate, the answer is English
 * at the cost of one hash lookup per word — nearly every article the watcher reads, and the packs
 * only read English. Anything else (another language's function words win, or too few of any to
 * tell) goes to Apache OpenNLP's language detector (103 languages, see {@link EnglishModels}),
 * which costs ~0.4–0.6 ms of CPU for a 1,000-character sample on this machine — more than the
 * whole rule engine spends on an English article, hence the fast path.
 */
public final class LanguageGuesser {

  private static final int MAX_WORDS = 200;
  private static final int MIN_EVIDENCE = 4;

  private static final Map<String, Set<String>> STOP_WORDS = Map.of(
      "en", Set.of("the", "and", "of", "to", "in", "is", "that", "for", "on", "with", "as", "was",
          "by", "it", "are", "be", "this", "from", "has", "have", "its", "at", "an", "which", "will",
          "said", "not", "would", "or", "their", "they", "been", "were", "but", "who"),
      "de", Set.of("der", "die", "das", "und", "ist", "nicht", "mit", "den", "von", "zu", "sich",
          "des", "auf", "für", "ein", "eine", "dem", "im", "auch", "es", "wird", "werden", "bei",
          "nach", "wie", "oder", "aus", "sind", "hat", "dass", "einer", "noch", "zur", "über"),
      "fr", Set.of("le", "la", "les", "et", "des", "du", "un", "une", "est", "dans", "pour", "que",
          "qui", "sur", "pas", "par", "au", "aux", "avec", "ce", "cette", "sont", "ont", "ou", "mais"),
      "es", Set.of("el", "los", "las", "y", "del", "que", "en", "un", "una", "por", "con", "para",
          "es", "se", "lo", "como", "más", "pero", "sus", "ha", "fue", "este", "esta", "o"),
      "it", Set.of("il", "di", "che", "e", "della", "per", "un", "una", "sono", "con", "non", "del",
          "alla", "gli", "nel", "ha", "anche", "come", "più", "dei", "delle", "questo", "essere"),
      "nl", Set.of("de", "het", "een", "van", "en", "is", "dat", "op", "te", "met", "voor", "niet",
          "zijn", "aan", "ook", "bij", "wordt", "door", "naar", "worden", "heeft", "maar", "om"),
      "pt", Set.of("o", "os", "as", "do", "da", "dos", "das", "em", "um", "uma", "para", "com",
          "não", "que", "por", "mais", "se", "ao", "foi", "são", "pelo", "pela", "mas", "ou"));

  private LanguageGuesser() {}

  private static final String[] LANGUAGES = STOP_WORDS.keySet().stream().sorted().toArray(String[]::new);
  /** word -> bit set of the languages it is a function word of: one lookup per word. */
  private static final Map<String, Integer> INDEX = buildIndex();

  private static Map<String, Integer> buildIndex() {
    Map<String, Integer> index = new java.util.HashMap<>();
    for (int i = 0; i < LANGUAGES.length; i++) {
      int bit = 1 << i;
      for (String w : STOP_WORDS.get(LANGUAGES[i])) {
        index.merge(w, bit, (a, b) -> a | b);
      }
    }
    return Map.copyOf(index);
  }

  /**
   * {@link #INDEX} for the all-ASCII words, keyed by {@link #asciiKey}: the per-word substring and
   * lower-casing were most of this stage's cost (JFR), and nearly every word of an English article
   * is plain ASCII. Words with other characters take the {@link #INDEX} path.
   */
  private static final AsciiWordIndex ASCII_INDEX = new AsciiWordIndex(INDEX);

  /** The lower-cased ASCII letters of {@code [from, to)} (at most 8) packed into a long, or -1
   *  when one is not an ASCII letter. */
  static long asciiKey(CharSequence s, int from, int to) {
    long key = 0;
    for (int i = from; i < to; i++) {
      char c = s.charAt(i);
      if (c >= 'A' && c <= 'Z') {
        c = (char) (c + ('a' - 'A'));
      } else if (c < 'a' || c > 'z') {
        return -1;
      }
      key = (key << 8) | c;
    }
    return key;
  }

  /**
   * The ASCII keys and their language bits in an open-addressing table (linear probing, at most
   * a quarter full): one multiply and usually one probe per word. A binary search over the ~200
   * sorted keys was ~4 % of the engine (JFR): eight unpredictable branches per word of the first
   * 200.
   */
  private static final class AsciiWordIndex {
    private final long[] keys;
    private final Integer[] bits;
    private final int mask;

    AsciiWordIndex(Map<String, Integer> index) {
      java.util.TreeMap<Long, Integer> ascii = new java.util.TreeMap<>();
      index.forEach((word, b) -> {
        long key = word.length() <= 8 ? asciiKey(word, 0, word.length()) : -1;
        if (key >= 0) {
          ascii.put(key, b);
        }
      });
      int size = Integer.highestOneBit(Math.max(16, ascii.size() * 4) - 1) << 1;
      keys = new long[size];
      java.util.Arrays.fill(keys, -1L); // no key is negative: asciiKey packs at most 8 letters < 0x80
      bits = new Integer[size];
      mask = size - 1;
      ascii.forEach((key, b) -> {
        int at = slot(key);
        while (keys[at] != -1L) {
          at = (at + 1) & mask;
        }
        keys[at] = key;
        bits[at] = b;
      });
    }

    private int slot(long key) {
      return (int) ((key * 0x9E3779B97F4A7C15L) >>> 40) & mask;
    }

    Integer get(long key) {
      int at = slot(key);
      while (true) {
        long k = keys[at];
        if (k == key) {
          return bits[at];
        }
        if (k == -1L) {
          return null;
        }
        at = (at + 1) & mask;
      }
    }
  }

  /** Characters the OpenNLP detector reads: enough for a confident answer, bounded cost. */
  private static final int MODEL_SAMPLE_CHARS = 1_000;
  /** Fewer letters than this and no language can be told (a one-word title). */
  private static final int MIN_MODEL_LETTERS = 40;
  /** Below this the detector is guessing (it answers something for any input). */
  private static final double MIN_MODEL_CONFIDENCE = 0.5;
  /** ISO 639-3 (OpenNLP's codes) to ISO 639-1 (the event contract's), where one exists. */
  private static final Map<String, String> ISO1_BY_ISO3 = iso1ByIso3();

  /**
   * ISO 639-1 code of the likeliest language ("en", "de", …; a 639-3 code for a language without
   * a two-letter code), or "und" when the text is too short to tell.
   */
  public static String guess(String text) {
    int[] hits = countFunctionWords(text);
    int en = hits[indexOf("en")];
    int best = 0;
    String bestLanguage = "und";
    for (int l = 0; l < LANGUAGES.length; l++) {
      if (hits[l] > best) {
        best = hits[l];
        bestLanguage = LANGUAGES[l];
      }
    }
    // English wins ties and near-ties: English text quotes foreign names, not the reverse.
    if (en >= MIN_EVIDENCE && en * 10 >= best * 7) {
      return "en";
    }
    String fallback = best >= MIN_EVIDENCE ? bestLanguage : "und";
    String sample = Cut.atMost(text, MODEL_SAMPLE_CHARS);
    if (letters(sample) < MIN_MODEL_LETTERS) {
      return fallback;
    }
    Language predicted = EnglishModels.languages().predictLanguage(sample);
    if (predicted.getConfidence() < MIN_MODEL_CONFIDENCE) {
      return fallback;
    }
    return ISO1_BY_ISO3.getOrDefault(predicted.getLang(), predicted.getLang());
  }

  private static int indexOf(String language) {
    for (int l = 0; l < LANGUAGES.length; l++) {
      if (LANGUAGES[l].equals(language)) {
        return l;
      }
    }
    throw new IllegalArgumentException(language);
  }

  private static final int EN_INDEX = indexOf("en");
  private static final int EN_BIT = 1 << EN_INDEX;

  /**
   * Whether {@link #guess} answers "en" however the {@code remaining} words still to be counted
   * fall: English has its evidence and stays within the near-tie margin even if every one of
   * them counted for the strongest other language. English articles (nearly all) are decided
   * well before {@link #MAX_WORDS} words: the rest of the count cannot change the answer.
   */
  private static boolean englishDecided(int[] hits, int remaining) {
    int en = hits[EN_INDEX];
    if (en < MIN_EVIDENCE) {
      return false;
    }
    int other = 0;
    for (int l = 0; l < hits.length; l++) {
      if (l != EN_INDEX && hits[l] > other) {
        other = hits[l];
      }
    }
    return en * 10 >= (other + remaining) * 7;
  }

  private static int[] countFunctionWords(String text) {
    int[] hits = new int[LANGUAGES.length];
    int words = 0;
    int n = text.length();
    int i = 0;
    while (i < n && words < MAX_WORDS) {
      while (i < n && !isLetter(text.charAt(i))) {
        i++;
      }
      int j = i;
      while (j < n && isLetter(text.charAt(j))) {
        j++;
      }
      if (j > i) {
        words++;
        if (j - i <= 8) { // function words are short; skip the lookup for long words
          long key = asciiKey(text, i, j);
          Integer bits = key >= 0 ? ASCII_INDEX.get(key) : INDEX.get(text.substring(i, j).toLowerCase(Locale.ROOT));
          if (bits != null) {
            for (int l = 0; l < LANGUAGES.length; l++) {
              if ((bits & (1 << l)) != 0) {
                hits[l]++;
              }
            }
            if ((bits & EN_BIT) != 0 && englishDecided(hits, MAX_WORDS - words)) {
              break;
            }
          }
        }
      }
      i = j;
    }
    return hits;
  }

  /** {@link Character#isLetter}, without the Unicode tables for ASCII: asked for every character
   *  of the first {@link #MAX_WORDS} words. */
  private static boolean isLetter(char c) {
    if (c < 128) {
      return (char) ((c | 0x20) - 'a') < 26;
    }
    return Character.isLetter(c);
  }

  private static int letters(String s) {
    int count = 0;
    for (int i = 0; i < s.length(); i++) {
      if (Character.isLetter(s.charAt(i))) {
        count++;
      }
    }
    return count;
  }

  private static Map<String, String> iso1ByIso3() {
    Map<String, String> map = new java.util.HashMap<>();
    for (String iso1 : Locale.getISOLanguages()) {
      try {
        map.put(new Locale(iso1).getISO3Language(), iso1);
      } catch (java.util.MissingResourceException e) {
        // no three-letter code known to the JDK: OpenNLP cannot name it either
      }
    }
    // OpenNLP names macro-language members (Mandarin, Standard Malay, …) by their own codes.
    map.put("cmn", "zh");
    map.put("zsm", "ms");
    map.put("pes", "fa");
    return Map.copyOf(map);
  }
}
