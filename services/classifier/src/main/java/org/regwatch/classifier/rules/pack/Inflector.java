package org.regwatch.classifier.rules.pack;

import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Generates the inflected forms of a phrase's first word (ban → bans, banned, banning), so that a
 * rule pack lists base forms and the Aho-Corasick pass still matches running text without a
 * lemmatizer (which costs ~6 articles/s on whole articles here). Over-generation ("baned") is
 * harmless: a form that never occurs never matches.
 */
public final class Inflector {

  private static final Map<String, String[]> IRREGULAR = Map.ofEntries(
      Map.entry("put", new String[] {"puts", "put", "putting"}),
      Map.entry("set", new String[] {"sets", "set", "setting"}),
      Map.entry("quit", new String[] {"quits", "quit", "quitting"}),
      Map.entry("bar", new String[] {"bars", "barred", "barring"}),
      Map.entry("get", new String[] {"gets", "got", "getting", "gotten"}),
      Map.entry("take", new String[] {"takes", "took", "taking", "taken"}),
      Map.entry("go", new String[] {"goes", "went", "going", "gone"}),
      Map.entry("come", new String[] {"comes", "came", "coming"}),
      Map.entry("become", new String[] {"becomes", "became", "becoming"}),
      Map.entry("draw", new String[] {"draws", "drew", "drawing", "drawn"}),
      Map.entry("withdraw", new String[] {"withdraws", "withdrew", "withdrawing", "withdrawn"}),
      Map.entry("withhold", new String[] {"withholds", "withheld", "withholding"}),
      Map.entry("strike", new String[] {"strikes", "struck", "striking", "stricken"}),
      Map.entry("forbid", new String[] {"forbids", "forbade", "forbidding", "forbidden"}),
      Map.entry("sell", new String[] {"sells", "sold", "selling"}),
      Map.entry("leave", new String[] {"leaves", "left", "leaving"}),
      Map.entry("give", new String[] {"gives", "gave", "giving", "given"}),
      Map.entry("send", new String[] {"sends", "sent", "sending"}),
      // "won final approval from the General Assembly"
      Map.entry("win", new String[] {"wins", "won", "winning"}),
      Map.entry("shut", new String[] {"shuts", "shut", "shutting"}),
      Map.entry("bow", new String[] {"bows", "bowed", "bowing"}),
      // "a judge froze the rollout", "the ban will now run for two more years"
      Map.entry("freeze", new String[] {"freezes", "froze", "freezing", "frozen"}),
      Map.entry("run", new String[] {"runs", "ran", "running"}),
      Map.entry("vote", new String[] {"votes", "voted", "voting"}),
      Map.entry("ok", new String[] {"oks", "ok'd", "oked", "okd", "okayed", "ok'ed", "oking"}),
      Map.entry("okay", new String[] {"okays", "okayed", "okaying"}),
      Map.entry("die", new String[] {"dies", "died", "dying"}),
      Map.entry("veto", new String[] {"vetoes", "vetoed", "vetoing"}),
      Map.entry("pass", new String[] {"passes", "passed", "passing"}),
      Map.entry("sign", new String[] {"signs", "signed", "signing"}),
      Map.entry("greenlight", new String[] {"greenlights", "greenlighted", "greenlit"}),
      Map.entry("will", new String[] {}),
      Map.entry("won't", new String[] {}),
      Map.entry("not", new String[] {}),
      Map.entry("no", new String[] {}),
      Map.entry("new", new String[] {}),
      Map.entry("into", new String[] {}),
      Map.entry("in", new String[] {}),
      Map.entry("bill", new String[] {"bills"}),
      Map.entry("law", new String[] {"laws"}),
      Map.entry("draft", new String[] {"drafts", "drafted", "drafting"}),
      Map.entry("proposed", new String[] {}),
      Map.entry("temporarily", new String[] {}),
      Map.entry("final", new String[] {}),
      Map.entry("one-year", new String[] {}),
      Map.entry("year-long", new String[] {}),
      Map.entry("indefinite", new String[] {}),
      Map.entry("moratorium", new String[] {"moratoriums"}),
      Map.entry("moratoria", new String[] {}),
      Map.entry("enacted", new String[] {}),
      Map.entry("struck", new String[] {}),
      Map.entry("died", new String[] {}),
      Map.entry("voted", new String[] {}),
      Map.entry("went", new String[] {}),
      Map.entry("took", new String[] {}),
      Map.entry("came", new String[] {}),
      Map.entry("became", new String[] {}),
      Map.entry("ordered", new String[] {}),
      Map.entry("enforcement", new String[] {}),
      Map.entry("settlement", new String[] {"settlements"}),
      Map.entry("injunction", new String[] {"injunctions"}),
      Map.entry("slapped", new String[] {}),
      Map.entry("pulls", new String[] {}),
      Map.entry("block", new String[] {"blocks", "blocked", "blocking"}));

  private Inflector() {}

  /** The phrase itself plus every inflection of its first word, lower-cased. */
  public static Set<String> forms(String phrase) {
    String p = phrase.trim().toLowerCase(Locale.ROOT);
    Set<String> out = new LinkedHashSet<>();
    out.add(p);
    int space = p.indexOf(' ');
    String first = space < 0 ? p : p.substring(0, space);
    String rest = space < 0 ? "" : p.substring(space);
    for (String f : wordForms(first)) {
      out.add(f + rest);
    }
    return out;
  }

  static Set<String> wordForms(String w) {
    Set<String> out = new LinkedHashSet<>();
    String[] irregular = IRREGULAR.get(w);
    if (irregular != null) {
      for (String f : irregular) {
        out.add(f);
      }
      return out;
    }
    if (w.length() < 2 || !w.chars().allMatch(Character::isLetter)) {
      return out;
    }
    char last = w.charAt(w.length() - 1);
    boolean endsE = last == 'e';
    boolean consonantY = last == 'y' && w.length() > 1 && !isVowel(w.charAt(w.length() - 2));
    if (w.endsWith("s") || w.endsWith("x") || w.endsWith("z") || w.endsWith("ch") || w.endsWith("sh")) {
      out.add(w + "es");
    } else if (consonantY) {
      out.add(w.substring(0, w.length() - 1) + "ies");
    } else {
      out.add(w + "s");
    }
    if (endsE) {
      out.add(w + "d");
      out.add(w.substring(0, w.length() - 1) + "ing");
    } else if (consonantY) {
      out.add(w.substring(0, w.length() - 1) + "ied");
      out.add(w + "ing");
    } else if (endsConsonantVowelConsonant(w) && oneSyllable(w)) {
      // A one-syllable verb ending consonant-vowel-consonant always doubles ("banned",
      // "scrapped"); its undoubled forms are another verb's ("scraped", "scraping" are
      // "scrape"; "planed", "hoped"), so they are not generated.
      out.add(w + last + "ed");
      out.add(w + last + "ing");
    } else {
      out.add(w + "ed");
      out.add(w + "ing");
      if (endsConsonantVowelConsonant(w)) {
        // Longer verbs: "omitted" doubles, "developed" does not; the unused one never matches.
        out.add(w + last + "ed");
        out.add(w + last + "ing");
      }
    }
    return out;
  }

  private static boolean endsConsonantVowelConsonant(String w) {
    int n = w.length();
    if (n < 3) {
      return false;
    }
    char c3 = w.charAt(n - 1);
    return !isVowel(c3) && c3 != 'w' && c3 != 'x' && c3 != 'y'
        && isVowel(w.charAt(n - 2)) && !isVowel(w.charAt(n - 3));
  }

  /** One group of vowels ("scrap", "stop"; not "develop", "veto"). */
  private static boolean oneSyllable(String w) {
    int groups = 0;
    boolean inVowel = false;
    for (int i = 0; i < w.length(); i++) {
      boolean v = isVowel(w.charAt(i));
      if (v && !inVowel) {
        groups++;
      }
      inVowel = v;
    }
    return groups == 1;
  }

  private static boolean isVowel(char c) {
    return "aeiou".indexOf(c) >= 0;
  }
}
