package org.regwatch.classifier.rules.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A rule sentence splitter (documented in docs/rules.md): a line break ends a sentence (news text
 * arrives as paragraphs and headings), and so does . ! ? … followed by white space and a capital,
 * digit or quote — unless the word before the dot is a known abbreviation ("Sen.", "Gov.", "U.S.")
 * or a single initial. Chosen over the OpenNLP model because it is as fast, needs no model
 * download and is deterministic on the headline-style lines news feeds carry.
 */
public final class SentenceSplitter {

  private static final Set<String> ABBREVIATIONS = Set.of(
      "mr", "mrs", "ms", "dr", "prof", "sen", "sens", "rep", "reps", "gov", "govs", "lt", "gen",
      "col", "capt", "sgt", "st", "ste", "mt", "ft", "inc", "corp", "co", "ltd", "llc", "jr", "sr",
      "no", "nos", "vs", "v", "etc", "e.g", "i.e", "u.s", "u.k", "u.n", "e.u", "d.c", "n.y", "l.a",
      "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "al",
      "approx", "dept", "est", "fig", "mass", "calif", "wash", "ore", "mich", "ill", "fla", "pa",
      "va", "conn", "ariz", "colo", "minn", "wis", "tenn", "ky", "okla", "neb", "nev", "del", "md",
      "ala", "ga", "la", "miss", "mo", "kan", "ark", "tex", "vt", "n.h", "n.j", "n.m", "r.i", "s.c",
      "n.c", "s.d", "n.d", "w.va", "d", "r", "i");

  private SentenceSplitter() {}

  public static List<Sentence> split(String text) {
    List<Sentence> out = new ArrayList<>();
    int n = text.length();
    int start = 0;
    for (int i = 0; i < n; i++) {
      char c = text.charAt(i);
      if (c == '\n') {
        add(out, text, start, i);
        start = i + 1;
      } else if (c == '.' || c == '!' || c == '?' || c == '\u2026') {
        int j = i + 1;
        while (j < n && (text.charAt(j) == '"' || text.charAt(j) == '\'' || text.charAt(j) == ')'
            || text.charAt(j) == '.' || text.charAt(j) == '!' || text.charAt(j) == '?')) {
          j++;
        }
        if (j >= n || !Character.isWhitespace(text.charAt(j))) {
          continue;
        }
        int k = j;
        while (k < n && (text.charAt(k) == ' ' || text.charAt(k) == '\t')) {
          k++;
        }
        if (k < n && text.charAt(k) != '\n') {
          char next = text.charAt(k);
          boolean opener = Character.isUpperCase(next) || Character.isDigit(next) || next == '"'
              || next == '\'' || next == '(' || next == '[' || next == '\u2022';
          if (!opener || (c == '.' && isAbbreviation(text, i))) {
            continue;
          }
        }
        add(out, text, start, j);
        start = j;
        i = j - 1;
      }
    }
    add(out, text, start, n);
    return out;
  }

  private static boolean isAbbreviation(String text, int dot) {
    int b = dot;
    while (b > 0 && (Character.isLetter(text.charAt(b - 1)) || text.charAt(b - 1) == '.')) {
      b--;
    }
    String word = text.substring(b, dot).toLowerCase(java.util.Locale.ROOT);
    if (word.isEmpty()) {
      return false;
    }
    return word.length() == 1 || ABBREVIATIONS.contains(word);
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
