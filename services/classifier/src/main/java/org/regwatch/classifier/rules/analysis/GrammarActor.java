package org.regwatch.classifier.rules.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.regwatch.classifier.rules.text.Tokens;

/**
 * Finds an acting organisation the gazetteer does not know from the sentence's grammar: the
 * capitalised name that is the subject of the trigger verb ("Bunnings and Kmart pause …",
 * "Hardware chain Northwind said it would pause …"). Only consulted when no known actor was found,
 * so gazetteer names keep priority; a hook, not a second actor finder.
 */
final class GrammarActor {

  /** Words between the subject and the trigger that keep the subject the trigger's subject. */
  private static final Set<String> BRIDGE = CalendarWords.with(Set.of(
      "has", "have", "had", "will", "would", "is", "are", "was", "were", "to", "also", "now",
      "said", "says", "say", "announced", "confirmed", "it", "they", "its", "their", "that",
      "plans", "plan", "decided", "agreed", "voted", "moved", "temporarily", "quietly", "both",
      "formally", "officially", "indefinitely", "immediately", "then", "again",
      // a time between subject and verb ("The board on Thursday lifted …")
      "on", "last", "this", "earlier", "week", "month", "year", "today", "yesterday"),
      CalendarWords.WEEKDAYS);
  /** Capitalised words that open a sentence or clause rather than a name: they end the name. */
  private static final Set<String> OPENERS = Set.of(
      "the", "a", "an", "in", "on", "after", "but", "and", "it", "they", "its", "this", "that",
      "when", "while", "as", "if", "we", "i", "he", "she", "said", "says", "by", "for", "with");
  /** Capitalised words that are a name only as part of a longer one ("Vancouver Police Board"). */
  private static final Set<String> NOT_ALONE = CalendarWords.with(Set.of(
      "police", "officials", "ministers", "minister", "mr", "ms", "mrs",
      "dr", "board", "council", "city", "state", "government", "company", "retailer", "retailers"),
      CalendarWords.WEEKDAYS, CalendarWords.MONTHS);

  private GrammarActor() {}

  /** "Hanbit Vision, one of South Korea's biggest camera makers, is pausing …": an appositive
   *  between commas describes the subject; the name stands before it. */
  private static int beforeAppositive(Tokens t, int i) {
    if (i < 1 || t.isWord(i) || t.first(i) != ',') {
      return i;
    }
    for (int j = i - 1; j >= Math.max(1, i - 20); j--) {
      if (!t.isWord(j)) {
        if (t.first(j) == ',' && t.isWord(j - 1) && t.isCapitalised(j - 1)) {
          return j - 1;
        }
        if (t.first(j) != '\'' && t.first(j) != '-') {
          return i;
        }
      }
    }
    return i;
  }

  /** Words that may stand between an owner's name and a pause told as the state of its
   *  technology: "Bunnings face-matching cameras to stay dark", "Kmart said its trial remained". */
  private static final int OWNER_REACH = 7;

  /**
   * The name that owns what a pause-kept state is about, when no name is its grammatical subject:
   * "Bunnings face-scan cameras to stay dark until …", "Bunnings says the cameras will remain
   * unused …". The nearest capitalised name within a few words before the trigger, in the same
   * clause (no comma, dash or colon between); empty if none. A capitalised word that opens the
   * title ("Grocer's cameras to stay dark") is a name only if {@code elsewhere} (the article's
   * text) writes it capitalised inside a sentence too.
   */
  static List<String> ownerOf(FieldText f, Mention trig, FieldText elsewhere) {
    Tokens t = f.tokens();
    for (int i = trig.tokStart() - 1, seen = 0; i >= 0 && seen < OWNER_REACH; i--) {
      if (!t.isWord(i)) {
        if (t.first(i) == '-' || t.first(i) == '\'') {
          continue;
        }
        break;
      }
      seen++;
      if (t.isCapitalised(i) && !OPENERS.contains(t.lower(i))
          && !NOT_ALONE.contains(t.lower(i))) {
        int start = i;
        while (start >= 1 && t.isWord(start - 1) && t.isCapitalised(start - 1)
            && !OPENERS.contains(t.lower(start - 1))) {
          start--;
        }
        String name = f.original().substring(t.start(start), t.end(i));
        boolean opensSentence = f.field() == org.regwatch.events.Evidence.Field.TITLE
            && (start == 0 || !t.isWord(start - 1));
        if (opensSentence && !writtenAsNameIn(elsewhere, HeadlineSelection.withoutPossessive(name))) {
          return List.of();
        }
        return List.of(name);
      }
    }
    return List.of();
  }

  private static boolean writtenAsNameIn(FieldText text, String name) {
    if (text == null) {
      return false;
    }
    String o = text.original();
    for (int at = o.indexOf(name); at >= 0; at = o.indexOf(name, at + 1)) {
      int before = at - 1;
      while (before >= 0 && o.charAt(before) == ' ') {
        before--;
      }
      if (before >= 0 && Character.isLetterOrDigit(o.charAt(before)) || before >= 0 && o.charAt(before) == ',') {
        return true; // inside a sentence: after a word or a comma
      }
    }
    return false;
  }

  /** The names (one, or two joined by "and") acting as the trigger's subject; empty if none. */
  static List<String> subjectOf(FieldText f, Mention trig) {
    Tokens t = f.tokens();
    int i = trig.tokStart() - 1;
    int bridged = 0;
    while (i >= 0 && t.isWord(i) && BRIDGE.contains(t.lower(i)) && bridged < 6) {
      i--;
      bridged++;
    }
    i = beforeAppositive(t, i);
    List<String> names = new ArrayList<>();
    while (i >= 0) {
      int end = i;
      while (i >= 0 && t.isWord(i) && t.isCapitalised(i)
          && !OPENERS.contains(t.lower(i))) {
        i--;
      }
      if (i == end || (end - i == 1 && NOT_ALONE.contains(t.lower(end)))) {
        break;
      }
      names.add(0, f.original().substring(t.start(i + 1), t.end(end)));
      if (i >= 1 && t.equalsIgnoreCase(i, "and") && t.isWord(i - 1) && t.isCapitalised(i - 1)) {
        i--;
        continue;
      }
      break;
    }
    return names;
  }
}
