package org.regwatch.classifier.rules.analysis;

import java.util.List;
import java.util.Set;
import org.regwatch.classifier.rules.pack.TermRef.Category;
import org.regwatch.classifier.rules.text.Tokens;

/**
 * Two ways a sentence dates an event as earlier than its news without a cue in the event's own
 * clause (round 29):
 *
 * <ul>
 *   <li>a time cue opening the sentence reaches the clauses coordinated with the first one: "Last
 *       month Amazon announced a one-year moratorium …, and Microsoft said it would not sell …" —
 *       Microsoft's refusal is last month's too, unless its clause names a time of its own ("…, and
 *       on Tuesday the council extended it");</li>
 *   <li>an event inside a fronted time clause is the frame of the main clause: "In the week that
 *       Amazon, Microsoft and IBM stepped back from selling it to police, smaller companies found
 *       themselves fielding the same question" — the news is what the smaller companies did.</li>
 * </ul>
 */
final class SharedTimeFrame {

  private SharedTimeFrame() {}

  private static final Set<String> OWN_TIME = CalendarWords.with(Set.of("today", "yesterday",
      "tonight", "now", "this", "on", "recently", "latest", "new", "newly"), CalendarWords.WEEKDAYS);
  private static final Set<String> TIME_NOUNS = CalendarWords.with(Set.of("hours"), CalendarWords.SPAN_UNITS);
  private static final Set<String> TIME_LINKS = Set.of("that", "after", "since", "before", "when");
  /** The opening cue must stand at the sentence's start (a word or two may precede it). */
  private static final int OPENING = 2;
  /** A fronted time clause closes at its first comma within this many words. */
  private static final int MAX_FRAME = 30;

  /** The sentence opens with a background time cue and the trigger sits in a later clause
   *  joined by ", and" that names no time of its own. */
  static boolean coordinatedWithAnEarlierTime(Tokens t, List<Mention> ms, int first, Mention trigger) {
    boolean opens = false;
    for (Mention m : ms) {
      // "Last month", "Last June", "Two years ago", "Earlier this week" — a cue of time, not
      // "similar" or "former"
      if (m.is(Category.BACKGROUND) && m.tokStart() >= first && m.tokStart() <= first + OPENING
          && (TIME_NOUNS.contains(t.lower(m.tokEnd() - 1)) || t.lower(m.tokStart()).equals("last")
              || t.lower(m.tokEnd() - 1).equals("ago"))) {
        opens = true;
        break;
      }
    }
    if (!opens) {
      return false;
    }
    int and = -1;
    for (int i = trigger.tokStart() - 1; i > first; i--) {
      if (t.lower(i).equals("and") && t.text(i - 1).equals(",")) {
        and = i;
        break;
      }
    }
    if (and < 0) {
      return false;
    }
    for (int i = and + 1; i < trigger.tokStart(); i++) {
      if (OWN_TIME.contains(t.lower(i)) || CalendarWords.MONTHS.contains(t.lower(i))) {
        return false;
      }
    }
    return true;
  }

  private static boolean betweenNames(Tokens t, int comma, int trigger) {
    if (comma + 1 >= trigger || !capitalised(t.text(comma - 1)) || !capitalised(t.text(comma + 1))) {
      return false;
    }
    for (int i = comma + 1; i < trigger; i++) {
      if (t.lower(i).equals("and") || t.lower(i).equals("or")) {
        return true;
      }
    }
    return false;
  }

  private static boolean capitalised(String word) {
    return !word.isEmpty() && Character.isUpperCase(word.charAt(0));
  }

  /** "In the week that …, …", "In the days after …, …": the trigger inside the fronted time
   *  clause, before the comma that closes it, with a main clause after. */
  static boolean insideFrontedTimeClause(Tokens t, int first, int last, Mention trigger) {
    if (last - first < 5 || !t.lower(first).equals("in") || !t.lower(first + 1).equals("the")
        || !TIME_NOUNS.contains(t.lower(first + 2)) || !TIME_LINKS.contains(t.lower(first + 3))) {
      return false;
    }
    int end = Math.min(last, first + MAX_FRAME);
    for (int i = first + 4; i < end; i++) {
      if (!t.text(i).equals(",")) {
        continue;
      }
      if (i >= trigger.tokEnd()) {
        return i + 1 < last; // the comma that closes the frame, with the main clause after it
      }
      // "Amazon, Microsoft and IBM": a comma between two names, with "and" or "or" to come
      // before the trigger, lists them; any other comma ("In the days after the vote, Amazon
      // paused …") closes the frame ahead of the trigger
      if (!betweenNames(t, i, trigger.tokStart())) {
        return false;
      }
    }
    return false;
  }
}
