package org.regwatch.classifier.rules.text;

import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * A cheap language check (documented in docs/rules.md): counts the function words of a few
 * languages over the first few hundred words. Function words make up a third or more of running
 * text in every one of these languages, so the majority is a reliable signal at a cost of one hash
 * lookup per word — the rule packs only read English, so the question is only "English or not".
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

  /** ISO 639-1 code of the likeliest language, or "und" when the text is too short to tell. */
  public static String guess(String text) {
    int[] hits = new int[LANGUAGES.length];
    int words = 0;
    int n = text.length();
    int i = 0;
    while (i < n && words < MAX_WORDS) {
      while (i < n && !Character.isLetter(text.charAt(i))) {
        i++;
      }
      int j = i;
      while (j < n && Character.isLetter(text.charAt(j))) {
        j++;
      }
      if (j > i) {
        words++;
        if (j - i <= 8) { // function words are short; skip the lookup for long words
          Integer bits = INDEX.get(text.substring(i, j).toLowerCase(Locale.ROOT));
          if (bits != null) {
            for (int l = 0; l < LANGUAGES.length; l++) {
              if ((bits & (1 << l)) != 0) {
                hits[l]++;
              }
            }
          }
        }
      }
      i = j;
    }
    Map<String, int[]> counts = new java.util.HashMap<>();
    for (int l = 0; l < LANGUAGES.length; l++) {
      counts.put(LANGUAGES[l], new int[] {hits[l]});
    }
    String best = "und";
    int bestCount = 0;
    for (Map.Entry<String, int[]> e : counts.entrySet()) {
      int c = e.getValue()[0];
      if (c > bestCount || (c == bestCount && "en".equals(e.getKey()))) {
        best = e.getKey();
        bestCount = c;
      }
    }
    if (bestCount < MIN_EVIDENCE) {
      return "und";
    }
    // English wins ties and near-ties: English text quotes foreign names, not the reverse.
    int en = counts.get("en")[0];
    return en * 10 >= bestCount * 7 ? "en" : best;
  }
}
