package org.regwatch.classifier.rules.analysis;

import java.util.List;
import java.util.Set;
import org.regwatch.classifier.rules.pack.TermRef;
import org.regwatch.classifier.rules.text.Tokens;

/**
 * A pause that already exists goes on or stops, told without "extend" or "end" (rules from
 * heldout-14). The reading is one family: a pause the sentence presupposes — named ("its freeze"),
 * or implied by a verb of keeping ("keeps the tender on hold"), by "again", by "after" a pause —
 * plus a verb of continuing is an extension, plus a verb of stopping it or of use starting is an
 * end. Refusing to stop a pause keeps it; not renewing one that expires ends it. Word loops over
 * the trigger's sentence only, run for the few triggers of the family.
 */
final class PauseContinuity {

  /** Words that name a pause or a paused state after "after"/"following": "after the state's hold". */
  private static final Set<String> PAUSE_WORDS = Set.of(
      "pause", "halt", "freeze", "suspension", "hold", "moratorium", "dark", "offline",
      "suspended", "paused", "frozen", "switching", "suspending", "pausing", "hiatus", "absence");
  private static final Set<String> AFTER_WORDS = Set.of("after", "following");
  /** What a body keeps or lifts: the technology's own nouns, its cameras, its purchase, a pronoun. */
  private static final Set<String> HELD_PRONOUNS = Set.of("it", "them");
  /** Verbs whose subject decides: "the court decided that the tender must stay frozen". */
  private static final Set<String> DECISION_VERBS = Set.of(
      "ruled", "decided", "ordered", "determined", "held", "found", "voted", "resolved");
  /** A decision reported with "must" is an order; other demand words keep the demand. */
  private static final Set<String> ASKING_WORDS = Set.of(
      "urged", "urge", "urges", "asked", "asks", "called", "calls", "want", "wants", "wanted",
      "demanded", "demands", "should");
  private static final Set<String> LAPSE_WORDS = Set.of(
      "expired", "expires", "lapsed", "lapses", "ran", "runs", "sunset", "sunsetted");
  private static final Set<String> CONTINUING_VERB_STEMS = Set.of("renew", "extend", "prolong");
  private static final Set<String> TIME_WORDS = Set.of(
      "year", "years", "term", "summer", "autumn", "spring", "winter", "month", "months", "new",
      "next", "weeks", "week", "days");
  /** Nouns of a law or bill: a step on one of them is a legislative step in its own right. */
  private static final Set<String> LAW_NOUNS = Set.of(
      "bill", "bills", "law", "laws", "ordinance", "ordinances", "act", "legislation", "statute",
      "measure", "regulation", "regulations");
  static final Set<String> PAUSE_NOUNS = Set.of(
      "moratorium", "pause", "freeze", "suspension", "halt", "moratoria", "moratoriums");

  /** How far a verb of keeping may stand before the state: "leaving the tills it switched off
   *  last month out of use" (the held thing can carry a relative clause). */
  static final int KEEP_REACH = 10;

  private PauseContinuity() {}

  /**
   * "keeps the Smart camera tender on hold", "kept the trial frozen": a verb of keeping before the
   * state, with what is held between them — the technology, its cameras, its purchase or "it" /
   * "them". "keep police from using it" has no state; "kept its promise, the frozen budget …" no
   * held thing between.
   */
  static boolean keptInAState(Tokens t, List<Mention> ms, List<Mention> techSpans, Mention state) {
    int keep = -1;
    for (Mention m : ms) {
      if (m.isLexicon("keep_verb") && m.tokEnd() <= state.tokStart() && state.tokStart() - m.tokEnd() <= KEEP_REACH
          && m.tokStart() > keep) {
        keep = m.tokEnd();
      }
    }
    if (keep < 0 || keep == state.tokStart()) {
      return false;
    }
    for (int i = keep; i < state.tokStart(); i++) {
      if (HELD_PRONOUNS.contains(t.lower(i))) {
        return true;
      }
    }
    for (Mention m : ms) {
      boolean held = m.isLexicon("device") || m.isLexicon("held_object") || techSpans.contains(m);
      if (held && m.tokStart() >= keep && m.tokEnd() <= state.tokStart()) {
        return true;
      }
    }
    return false;
  }

  /**
   * "went live on Thursday, after months in which the district had kept them dark", "switches on
   * facial recognition after state's hold", "turned the cameras on again": use that starts is an
   * end only when the sentence presupposes the pause — "again" right after, or "after"/"following"
   * with a pause word within twenty words ("after months in which the district had kept the
   * face-matching part of its system dark"). "Gates went live at the airport" is a launch.
   */
  static boolean startsAfterAPause(Tokens t, int sentenceEnd, Mention start) {
    if (t.lower(start.tokEnd() - 1).equals("again")) {
      return true;
    }
    for (int i = start.tokEnd(); i < Math.min(sentenceEnd, start.tokEnd() + 4); i++) {
      if (t.lower(i).equals("again")) {
        return true;
      }
    }
    if (keptOffAfter(t, sentenceEnd, start) >= 0) {
      return true;
    }
    for (int i = start.tokEnd(); i < sentenceEnd; i++) {
      if (AFTER_WORDS.contains(t.lower(i))) {
        for (int j = i + 1; j < Math.min(sentenceEnd, i + 21); j++) {
          if (PAUSE_WORDS.contains(t.lower(j))) {
            return true;
          }
        }
      }
    }
    return false;
  }

  /**
   * "gave the go-ahead to face matching on the platform it had kept the technology off since
   * 2022": a relative clause after the start, in the pluperfect, keeps the technology off or out —
   * the pause the start ends (heldout-17 rules). "had kept" within twenty words, "off" or "out"
   * within six words after it.
   */
  static int keptOffAfter(Tokens t, int sentenceEnd, Mention start) {
    for (int i = start.tokEnd() + 1; i < Math.min(sentenceEnd, start.tokEnd() + 21); i++) {
      if (!t.lower(i).equals("kept") || !t.lower(i - 1).equals("had")) {
        continue;
      }
      for (int j = i + 1; j < Math.min(sentenceEnd, i + 7); j++) {
        if (t.lower(j).equals("off") || t.lower(j).equals("out")) {
          return i - 1;
        }
      }
    }
    return -1;
  }

  /** The background words of the sentence all stand in the "had kept … off" clause after the
   *  start: they date the pause, not the start. */
  static boolean onlyThePauseIsDated(Tokens t, int sentenceEnd, List<Mention> ms, Mention start) {
    int kept = keptOffAfter(t, sentenceEnd, start);
    if (kept < 0) {
      return false;
    }
    for (Mention m : ms) {
      if (m.is(TermRef.Category.BACKGROUND) && m.tokStart() < kept) {
        return false;
      }
    }
    return true;
  }

  /** "The council ended its moratorium": "end its" (an exit's words) with a pause as its object
   *  ends the pause; "ended its use of the technology" stays an exit. */
  static boolean endsItsPause(Tokens t, Mention trig) {
    if (!t.lower(trig.tokStart()).startsWith("end")) {
      return false;
    }
    for (int i = trig.tokEnd(); i < Math.min(t.size(), trig.tokEnd() + 3); i++) {
      if (PAUSE_NOUNS.contains(t.lower(i))) {
        return true;
      }
    }
    return false;
  }

  /** "turned its facial recognition cameras on again": "on again" needs a switch verb before it
   *  with the technology between. The verb's token, or -1. */
  static int switchVerbBefore(Tokens t, int sentenceStart, Mention onAgain, List<Mention> techSpans) {
    for (int i = onAgain.tokStart() - 1; i >= Math.max(sentenceStart, onAgain.tokStart() - 7); i--) {
      String w = t.lower(i);
      if (w.startsWith("switch") || w.startsWith("turn")) {
        for (Mention m : techSpans) {
          if (m.tokStart() > i && m.tokEnd() <= onAgain.tokStart()) {
            return i;
          }
        }
        return -1;
      }
    }
    return -1;
  }

  /**
   * A negated step of the family turned into the step it implies: refusing to lift, end or drop a
   * pause that exists keeps it ("will not lift its freeze when the year closes" → extended); not
   * switching it back on BEFORE a time or decision keeps it off ("would not be switched back on
   * before the end of term"); not renewing a pause that expires ends it ("expired and was not
   * renewed"). The new status, or null when the negation simply denies the step.
   */
  static String negatedTurn(Tokens t, int sentenceStart, int sentenceEnd, Mention trig, String triggerId) {
    String first = t.lower(trig.tokStart());
    if ("moratorium-ended".equals(triggerId) || "moratorium-hold-lifted".equals(triggerId)) {
      return first.startsWith("lift") || first.startsWith("end") || first.startsWith("drop")
          || first.startsWith("scrap") ? "extended" : null;
    }
    boolean objectFirst = "moratorium-resumed-object".equals(triggerId);
    if ("moratorium-resumed".equals(triggerId) || "moratorium-back-on".equals(triggerId)
        || "moratorium-live-after-pause".equals(triggerId) || objectFirst) {
      // "will not bring back live facial recognition before …": the object stands between
      int reach = objectFirst ? 7 : 4;
      for (int i = trig.tokEnd(); i < Math.min(sentenceEnd, trig.tokEnd() + reach); i++) {
        String w = t.lower(i);
        if (w.equals("before") || w.equals("until") || w.equals("till")) {
          return "extended";
        }
      }
      return null;
    }
    if ("moratorium-noun-action".equals(triggerId) && CONTINUING_VERB_STEMS.stream().anyMatch(first::startsWith)) {
      for (int i = sentenceStart; i < sentenceEnd; i++) {
        String w = t.lower(i);
        if (LAPSE_WORDS.contains(w) && (!w.startsWith("r") || i + 1 < sentenceEnd && t.lower(i + 1).equals("out"))) {
          return "ended";
        }
      }
    }
    return null;
  }

  /**
   * "The audit court decided on Wednesday that the tender must stay frozen": "must" after a
   * decision verb and "that" reports an order, not a demand. "Campaigners urged … must" stays one.
   */
  static boolean orderedThat(Tokens t, int sentenceStart, Mention trig) {
    int that = -1;
    for (int i = sentenceStart; i + 1 < trig.tokStart(); i++) {
      if (DECISION_VERBS.contains(t.lower(i))) {
        for (int j = i + 1; j < Math.min(trig.tokStart(), i + 5); j++) {
          if (t.lower(j).equals("that")) {
            that = j;
            break;
          }
        }
      }
    }
    if (that < 0) {
      return false;
    }
    boolean must = false;
    for (int i = sentenceStart; i < trig.tokStart(); i++) {
      String w = t.lower(i);
      if (ASKING_WORDS.contains(w)) {
        return false;
      }
      if (i > that && w.equals("must")) {
        must = true;
      }
    }
    return must;
  }

  /**
   * "stay out of use for longer than first planned", "stay switched off into the new year": the
   * state kept past a time it was due to end is a pause kept, like one kept "until" a decision.
   */
  static boolean keptLonger(Tokens t, int sentenceEnd, Mention trig) {
    int end = Math.min(sentenceEnd, trig.tokEnd() + 10);
    for (int i = trig.tokEnd(); i < end; i++) {
      String w = t.lower(i);
      if (w.equals("longer") || w.equals("another") || w.equals("beyond")) {
        return true;
      }
      // "for six more months", "for two more years" (round 17)
      if (w.equals("more") && i + 1 < end && TIME_WORDS.contains(t.lower(i + 1))) {
        return true;
      }
      if ((w.equals("into") || w.equals("through")) && i + 1 < end) {
        for (int j = i + 1; j < Math.min(end, i + 4); j++) {
          if (TIME_WORDS.contains(t.lower(j)) || CalendarWords.MONTHS.contains(t.lower(j))
              // "through 2026", "through the end of the year" (round 17)
              || t.lower(j).matches("(19|20)\\d\\d") || t.lower(j).equals("end")) {
            return true;
          }
        }
      }
    }
    return false;
  }

  /** "would now run until further notice": a new end that is no date is still a new end. */
  static boolean untilFurtherNotice(Tokens t, Mention trig) {
    int i = trig.tokEnd();
    return i + 1 < t.size() && t.lower(i).equals("further") && t.lower(i + 1).equals("notice");
  }

  /** "refused on Tuesday to lift its moratorium": a refusal verb a few words back with "to" right
   *  before the trigger (the cue list's "refused to" needs the two words together). */
  static boolean refusedBefore(Tokens t, Mention trig) {
    int to = trig.tokStart() - 1;
    if (to < 1 || !t.lower(to).equals("to")) {
      return false;
    }
    for (int i = to - 1; i >= Math.max(0, to - 5); i--) {
      String w = t.lower(i);
      if (w.equals("refused") || w.equals("refuses") || w.equals("declined") || w.equals("declines")) {
        return true;
      }
    }
    return false;
  }

  /** "on hold", "frozen", "suspended" are pauses themselves; "switched off", "dark", "offline" can
   *  be a fault ("kept the gates switched off overnight after a power cut"), so those need what the
   *  state waits for or how long it is kept (as for the moratorium-kept-off trigger). */
  static boolean pausedState(Tokens t, Mention state) {
    String w = t.lower(state.tokStart());
    return w.equals("on") || w.equals("frozen") || w.equals("suspended") || w.equals("paused")
        || w.equals("shelved");
  }

  /** "the city's pause on …", "its freeze", "Pause on police face matching will now run …": a
   *  pause word as a noun names a pause that exists; only a verb ("suspended its pilot") starts
   *  one. True for the noun reading. */
  static boolean namesAPause(Tokens t, Mention trig) {
    int i = trig.tokStart();
    if (i == 0) {
      return PAUSE_NOUNS.contains(t.lower(i));
    }
    String before = t.lower(i - 1);
    return DETERMINERS.contains(before) || before.endsWith("'s") || before.endsWith("’s")
        || before.equals("'s") || before.equals("’s")
        // "Spain's face-scanning pause now runs …": a bare pause noun is a verb only after a modal,
        // "to" or "and" ("will pause", "to freeze", "and halt")
        || PAUSE_NOUNS.contains(t.lower(i)) && !VERB_LEADS.contains(before);
  }

  private static final Set<String> VERB_LEADS = Set.of(
      "to", "will", "would", "may", "might", "could", "must", "should", "and", "not", "'ll", "did",
      "does", "do", "cannot");

  private static final Set<String> DETERMINERS = Set.of(
      "the", "its", "their", "a", "an", "his", "her", "this", "that", "our");

  /** "keep its moratorium in place", "in public places": "place" after "in" or as a noun is no
   *  verb "place". */
  static boolean inPlacePhrase(Tokens t, Mention trig) {
    String w = t.lower(trig.tokStart());
    return (w.equals("place") || w.equals("places")) && trig.tokStart() > 0
        && PLACE_NOUN_LEADS.contains(t.lower(trig.tokStart() - 1));
  }

  private static final Set<String> PLACE_NOUN_LEADS = Set.of(
      "in", "public", "other", "the", "a", "of", "many", "some", "all", "those", "these", "such",
      "first", "second", "third", "its", "their");

  /**
   * "keep its pause on facial recognition in force": the measure in force is the pause, nearest
   * before the phrase; its continuity is the moratorium's news, no law taking effect.
   */
  static boolean pauseInForce(Tokens t, int sentenceStart, Mention trig) {
    if (!t.lower(trig.tokStart()).equals("in")) {
      return false; // "was enacted by Parliament": the law's own verb, whatever it carries
    }
    for (int i = trig.tokStart() - 1; i >= Math.max(sentenceStart, trig.tokStart() - 8); i--) {
      String w = t.lower(i);
      if (LAW_NOUNS.contains(w)) {
        return false;
      }
      if (PAUSE_NOUNS.contains(w)) {
        return true;
      }
    }
    return false;
  }

  /** "after state sign-off", "signed off on the policy": a clearance, no signature on a law (it
   *  ends a pause as often as it enacts anything). "sign-ups", "sign up": enrolment, no signature
   *  either (heldout-15/16 rules). */
  static boolean signOff(Tokens t, Mention trig) {
    int i = trig.tokEnd() - 1;
    if (!t.lower(i).equals("sign") || i + 1 >= t.size()) {
      return false;
    }
    // "sign-off" or "sign off on": the hyphen may or may not be a token of its own
    int next = t.text(i + 1).equals("-") ? i + 2 : i + 1;
    if (next >= t.size()) {
      return false;
    }
    String w = t.lower(next);
    if (w.equals("off") || w.equals("up") || w.equals("ups")) {
      return true;
    }
    // "the federal sign-in service", "single sign-on" (heldout-17 rules): with the hyphen only, so
    // "to sign in June" stays a signature
    boolean hyphen = next == i + 2 || t.start(i + 1) == t.end(i) + 1;
    return hyphen && (w.equals("in") || w.equals("on"));
  }

  /**
   * "went live in the Lockport City School District's buildings": a capitalised possessive after
   * "in (the)" right after the trigger owns the place where use starts again. The owner's name, or
   * nothing.
   */
  static List<String> ownerOfThePlace(FieldText f, Mention trig) {
    Tokens t = f.tokens();
    int i = trig.tokEnd();
    if (i >= t.size() || !t.lower(i).equals("in")) {
      return List.of();
    }
    i++;
    if (i < t.size() && t.lower(i).equals("the")) {
      i++;
    }
    int start = i;
    while (i < t.size() && i - start < 8 && t.isWord(i) && t.isCapitalised(i)) {
      String w = t.text(i);
      if (w.endsWith("'s") || w.endsWith("’s")) {
        return i == start && w.length() <= 3 ? List.of()
            : List.of(f.original().substring(t.start(start), t.end(i) - 2));
      }
      if (i + 1 < t.size() && (t.text(i + 1).equals("'s") || t.text(i + 1).equals("’s"))) {
        return List.of(f.original().substring(t.start(start), t.end(i)));
      }
      i++;
    }
    return List.of();
  }

  /** Whether the sentence names a law or bill of its own ("voted to keep the ban in the law"). */
  static boolean namesALaw(Tokens t, int from, int to) {
    for (int i = from; i < to; i++) {
      if (LAW_NOUNS.contains(t.lower(i))) {
        return true;
      }
    }
    return false;
  }
}
