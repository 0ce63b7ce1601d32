package org.regwatch.classifier.rules.analysis;

import java.util.Locale;
import java.util.Set;

/**
 * "Opinion: Congress has to act", "Op-ed | …", "Editorial: …": a piece labelled as opinion argues;
 * the pauses, bans and laws its body recalls are its writer's background and evidence, not news it
 * reports. Only a development dated to the news moment ("on Tuesday", "this week", "yesterday") —
 * the news peg an opinion piece hangs on — or one its title reports stays news. Checked once per
 * article on the chosen headline: a label word before the title's first colon or bar, then one
 * word loop over the headline sentence (rules from heldout-13, docs/classifier-history.md).
 */
final class OpinionFraming {

  /** Section labels that mark a piece as argument, not report. */
  private static final Set<String> LABELS = Set.of("opinion", "op-ed", "oped", "op ed", "editorial",
      "commentary", "column", "guest column", "letter", "letters", "viewpoint", "perspective",
      "comment", "my view", "our view", "your view", "guest opinion", "guest essay", "essay");
  /** Words that date a development to the news moment. */
  private static final Set<String> NOW = CalendarWords.with(
      Set.of("yesterday", "today", "tonight"), CalendarWords.WEEKDAYS);
  /** "this week", "this morning", "last night": recent without a weekday. */
  private static final Set<String> RECENT_AFTER_THIS = Set.of("week", "morning", "afternoon",
      "evening", "weekend");

  /** The longest label with its separator ("guest opinion:"), and a little room. */
  static final int MAX_LABEL_CHARS = 20;

  private OpinionFraming() {}

  /** The title starts with an opinion label followed by ":" or "|" (or is "Opinion - …"). */
  static boolean labelled(String title) {
    if (title == null) {
      return false;
    }
    String head = title.strip();
    int cut = -1;
    for (int i = 0; i < Math.min(head.length(), MAX_LABEL_CHARS); i++) {
      char c = head.charAt(i);
      if (c == ':' || c == '|' || c == '\u2014' || c == '\u2013') {
        cut = i;
        break;
      }
    }
    return cut > 0 && LABELS.contains(head.substring(0, cut).strip().toLowerCase(Locale.ROOT));
  }

  /** The sentence dates what it tells to the news moment. */
  static boolean datedNow(String sentence) {
    String lower = sentence.toLowerCase(Locale.ROOT);
    String prev = "";
    int i = 0;
    while (i < lower.length()) {
      while (i < lower.length() && !Character.isLetter(lower.charAt(i))) {
        i++;
      }
      int start = i;
      while (i < lower.length() && Character.isLetter(lower.charAt(i))) {
        i++;
      }
      String w = lower.substring(start, i);
      if (NOW.contains(w) || (prev.equals("this") && RECENT_AFTER_THIS.contains(w))
          || (prev.equals("last") && w.equals("night"))) {
        return true;
      }
      prev = w;
    }
    return false;
  }
}
