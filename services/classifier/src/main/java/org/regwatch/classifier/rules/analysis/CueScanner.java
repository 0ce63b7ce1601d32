package org.regwatch.classifier.rules.analysis;

import java.util.List;
import java.util.Locale;
import org.regwatch.classifier.rules.pack.CompiledPack;
import org.regwatch.classifier.rules.pack.TermRef.Category;
import org.regwatch.classifier.rules.text.Sentence;
import org.regwatch.classifier.rules.text.Tokens;

/**
 * Decides whether the words around a trigger make it something other than an action by its
 * subject. Scopes (docs/rules.md): negation and hedging look back over a few words within the
 * comma-delimited clause ("has yet to ban"); demands look back further within the clause ("called
 * for a general ban"); background looks at the whole comma-delimited segment on both sides ("the
 * ban passed last year"), plus any year before the publication year.
 */
final class CueScanner {

  /** Hedges whose scope is the rest of their clause, not a few words. */
  private static final java.util.Set<String> WISH_VERBS = java.util.Set.of(
      "hope", "hopes", "hoped", "hoping", "wish", "wishes", "wished");

  private final CompiledPack pack;

  CueScanner(CompiledPack pack) {
    this.pack = pack;
  }

  Block scan(FieldText f, Sentence s, Mention trigger, int referenceYear) {
    List<Mention> ms = f.mentions(s);
    Tokens t = f.tokens();
    int first = t.indexAtOrAfter(s.start());
    int last = t.indexAtOrAfter(s.end());
    int tt = trigger.tokStart();
    int clauseTight = clauseStart(f, ms, first, tt, true);
    int clauseWide = clauseStart(f, ms, first, tt, false);

    int negLo = Math.max(clauseTight, tt - pack.cueWindow(Category.NEGATION, 5));
    int demandLo = Math.max(clauseWide, tt - pack.cueWindow(Category.DEMAND, 9));
    // "Under pressure from shareholders, the chain said it would halt …": an ask inside a fronted
    // phrase of cause is why the main clause acts, not what it asks for (round 27)
    int fronted = FrontedCause.end(t, first, tt);
    int demandClause = clauseWide;
    if (fronted >= 0) {
      demandLo = Math.max(demandLo, fronted);
      demandClause = Math.max(clauseWide, fronted);
    }
    int hedgeLo = Math.max(clauseTight, tt - pack.cueWindow(Category.HEDGING, 6));

    for (Mention m : ms) {
      if (m.is(Category.DEMAND) && inWindow(m, demandLo, trigger)
          && !AskedInfinitive.actAfterAs(t, m, trigger) && !pushedInto(t, m, tt)
          && !DemandMet.accepted(t, m) // "accepted the watchdog's request to keep …" (round 21)
          // "the ordinance, pushed by the mayor", "must stop … under a law signed …" (round 26)
          && !LawsDuty.noDemand(t, m, tt, last)) {
        return Block.DEMANDED;
      }
    }
    if (demandNounWithInfinitive(t, demandLo, tt)) {
      return Block.DEMANDED;
    }
    if (demandThatClause(t, ms, demandClause, trigger)) {
      return Block.DEMANDED;
    }
    if (AskedInfinitive.asked(t, ms, demandClause, trigger)) {
      return Block.DEMANDED;
    }
    if (demandGrowingFromTrigger(ms, trigger)) {
      return Block.DEMANDED;
    }
    if (DemandedInfinitives.purposeOfADemand(t, ms, first, trigger)) {
      return Block.DEMANDED; // "his call for governments to start passing laws to rein in it" (round 31)
    }
    for (Mention m : ms) {
      if (m.is(Category.NEGATION) && inWindow(m, negLo, trigger)) {
        return Block.NEGATED;
      }
    }
    for (int i = negLo; i < tt; i++) {
      String w = t.lower(i);
      if (w.endsWith("n't") || w.endsWith("n'")) {
        return Block.NEGATED;
      }
    }
    for (Mention m : ms) {
      if (m.is(Category.HEDGING) && inWindow(m, hedgeLo, trigger)
          && (!reportedFuture(f, ms, m) || conditionAfter(t, tt, last)) && !monthMay(f, m)
          && !MeasureContentClause.describesMeasure(t, ms, m, trigger)) {
        return Block.HEDGED;
      }
    }
    if (wished(f, s, trigger)) {
      return Block.HEDGED;
    }
    if (clauseTight > first && clauseTight < tt) {
      String opener = t.lower(clauseTight);
      if (opener.equals("which") || opener.equals("who") || opener.equals("whose")) {
        // ", which was fined in the UK," describes the subject; it is not this sentence's news.
        return Block.BACKGROUND;
      }
    }
    for (Mention m : ms) {
      // "after Amazon's pause", "following IBM's exit": an earlier event the news is dated by.
      if (m.isLexicon("after_marker") && m.tokEnd() <= tt && tt - m.tokEnd() <= 3 && m.tokStart() >= clauseTight) {
        return Block.BACKGROUND;
      }
    }
    if (Counterfactual.before(t, Math.max(first, clauseTight) - 1, tt)
        && !"failed".equals(pack.trigger(trigger.ref().index()).status())) {
      // "a bill that would have put the limits into law": it did not happen. The bill's death
      // after its relative clause ("… would have banned it dies in committee") did.
      return Block.HEDGED;
    }
    if (DatedWhenClause.before(t, first, tt, referenceYear)) {
      return Block.BACKGROUND; // "since 2020, when several companies stepped back from …"
    }
    if (SharedTimeFrame.insideFrontedTimeClause(t, first, last, trigger)
        || SharedTimeFrame.coordinatedWithAnEarlierTime(t, ms, first, trigger)) {
      return Block.BACKGROUND; // "In the week that Amazon … stepped back, …"; "Last month …, and Microsoft said …"
    }
    if (isQuestion(f, s, trigger)) {
      return Block.HEDGED; // "Will Amazon extend its moratorium?" asks, it does not report
    }
    int segStart = frontedAdverbialStart(f, clauseWide, clauseTight);
    int segEnd = Math.min(Math.min(clauseEnd(f, ms, trigger.tokEnd(), last), relativeAfterMeasure(t, ms, trigger)),
        PauseKept.pendingClauseStart(t, last, trigger));
    for (Mention m : ms) {
      if (m.is(Category.BACKGROUND) && m.tokStart() >= segStart && m.tokEnd() <= segEnd
          && !m.overlaps(trigger) && !ReportedPluperfect.reported(t, ms, m, trigger)
          && !pluperfectOfTheObject(t, m, trigger)) {
        return Block.BACKGROUND;
      }
    }
    if (referenceYear > 0) {
      for (int i = segStart; i < segEnd; i++) {
        // Only four-character words can be years: no substring for the others.
        if (t.end(i) - t.start(i) != 4) {
          continue;
        }
        String w = t.text(i);
        if ((w.startsWith("19") || w.startsWith("20")) && allDigits(w)
            && Integer.parseInt(w) < referenceYear) {
          return Block.BACKGROUND;
        }
      }
    }
    return Block.NONE;
  }

  /** Subjects of a clause that describes the trigger's object ("the photos it had collected"). */
  private static final java.util.Set<String> CLAUSE_SUBJECTS = java.util.Set.of("it", "they", "he",
      "she", "we", "that", "which", "who");
  /** Verbs of finding: what follows them is the finding, told in its own tense. */
  private static final java.util.Set<String> FINDING_VERBS = java.util.Set.of("find", "finds",
      "found", "finding", "rule", "rules", "ruled", "ruling", "determine", "determines",
      "determined", "conclude", "concludes", "concluded", "decide", "decides", "decided");

  /**
   * A past perfect after the trigger that belongs to what the trigger acts on, not to the trigger:
   * "ordered the company to delete the photos it had collected", "found that the retailer had
   * breached the law" (round 16). Only a bare {@code had} after the trigger, with a clause
   * subject right before it or a verb of finding as the trigger; or {@code already} after a clause
   * subject (round 31).
   */
  private static boolean pluperfectOfTheObject(Tokens t, Mention m, Mention trigger) {
    if (m.tokStart() < trigger.tokEnd() || m.tokEnd() - m.tokStart() != 1) {
      return false;
    }
    String w = t.lower(m.tokStart());
    if (w.equals("already")) {
      // "an order to delete the images it already holds" (round 31): "already" in the object's
      // own clause, after its subject, dates what the object is, not the order
      return m.tokStart() > 0 && CLAUSE_SUBJECTS.contains(t.lower(m.tokStart() - 1));
    }
    if (!w.equals("had")) {
      return false;
    }
    if (FINDING_VERBS.contains(t.lower(trigger.tokStart()))) {
      return true;
    }
    return m.tokStart() > 0 && CLAUSE_SUBJECTS.contains(t.lower(m.tokStart() - 1));
  }

  /** Relative pronouns that open a clause describing the noun before them. */
  private static final java.util.Set<String> RELATIVES = java.util.Set.of("that", "which", "who");

  /** "extending a suspension that began last summer": a relative clause after the measure a verb
   *  acts on dates the measure, not the act, so background there does not reach the trigger. The
   *  trigger's own noun ("the moratorium that began in 2020") keeps it: there the measure is old. */
  private static int relativeAfterMeasure(Tokens t, List<Mention> ms, Mention trigger) {
    int measure = Integer.MAX_VALUE;
    for (Mention m : ms) {
      if (m.tokStart() >= trigger.tokEnd()
          && (m.isLexicon("moratorium_noun") || m.isLexicon("legislation_noun"))) {
        measure = Math.min(measure, m.tokEnd());
      }
    }
    // the first relative pronoun after that noun ("a suspension of face matching that began …");
    // a noun phrase of the pack may end on the pronoun itself ("a hold that", round 23: the bare
    // "hold" is only a noun with a word that makes it one), so its last word is looked at too
    int from = measure == Integer.MAX_VALUE ? measure : Math.max(trigger.tokEnd(), measure - 1);
    if (from < t.size() && !RELATIVES.contains(t.lower(from))) {
      from = measure;
    }
    for (int i = from; i < Math.min(t.size(), measure + 6); i++) {
      if (RELATIVES.contains(t.lower(i))) {
        return i;
      }
      if (!t.isWord(i)) {
        break;
      }
    }
    return Integer.MAX_VALUE;
  }

  /** Words that open a time clause: an end inside one is when something else happens. */
  private static final java.util.Set<String> TIME_CLAUSE = java.util.Set.of("when", "once", "before");

  /** "when the six-month suspension ends", "once the moratorium expires": up to six words before
   *  the trigger in its clause. */
  boolean timeClause(FieldText f, Sentence s, Mention trigger) {
    List<Mention> ms = f.mentions(s);
    Tokens t = f.tokens();
    int first = t.indexAtOrAfter(s.start());
    int lo = Math.max(clauseStart(f, ms, first, trigger.tokStart(), true), trigger.tokStart() - 6);
    for (int i = trigger.tokStart() - 1; i >= lo; i--) {
      if (TIME_CLAUSE.contains(t.lower(i)) && !onceAgain(t, i)) {
        return true;
      }
    }
    return false;
  }

  /** "will once again be used", "once more": an adverb of return, no time clause (heldout-15/16). */
  private static boolean onceAgain(Tokens t, int i) {
    return t.lower(i).equals("once") && i + 1 < t.size()
        && (t.lower(i + 1).equals("again") || t.lower(i + 1).equals("more"));
  }

  /** Verbs of pressing that take a result with "into" ("pushed Amazon into a year-long freeze",
   *  "pressured the vendor into pausing sales"): the pressure worked, the pause is made. */
  private static final java.util.Set<String> INTO_VERBS = java.util.Set.of("push", "pushes",
      "pushed", "pushing", "pressure", "pressured", "pressures", "pressuring", "press", "presses",
      "pressed", "pressing", "lobby", "lobbied", "lobbies");

  /** "US protests push Amazon into a year-long freeze": "into" between the verb of pressing and
   *  the trigger, a few words after the verb, tells the result, not the demand (round 20). */
  private static boolean pushedInto(Tokens t, Mention demand, int trigger) {
    if (!INTO_VERBS.contains(t.lower(demand.tokStart())) || demand.tokEnd() - demand.tokStart() != 1) {
      return false;
    }
    for (int i = demand.tokEnd(); i < Math.min(trigger, demand.tokEnd() + 5); i++) {
      if (t.lower(i).equals("into")) {
        return true;
      }
    }
    return false;
  }

  /** Words that open an indirect question: what follows is asked, not done. */
  private static final java.util.Set<String> OPEN_QUESTION = java.util.Set.of("whether");

  /** Words of asking (nouns, and verbs of pressing someone): followed, after their source or
   *  target, by an infinitive — what they ask for. */
  private static final java.util.Set<String> DEMAND_NOUNS = java.util.Set.of(
      "call", "calls", "demand", "demands", "request", "requests", "plea", "pleas", "appeal",
      "appeals", "pressure", "petition", "petitions", "push", "bid", "campaign",
      // verbs of pressing someone: "shareholders press Amazon to suspend sales"
      "press", "presses", "pressed", "pressing", "pushes", "pushed", "pushing");

  /** "rejecting calls from activists to suspend the program", "amid pressure from shareholders to
   *  halt sales": the infinitive is what the calls ask for, not something the subject did. */
  private static boolean demandNounWithInfinitive(Tokens t, int lo, int trigger) {
    if (trigger - 1 < lo || !t.equalsIgnoreCase(trigger - 1, "to")) {
      return false;
    }
    for (int i = trigger - 2; i >= lo; i--) {
      if (DEMAND_NOUNS.contains(t.lower(i))) {
        return true;
      }
    }
    return false;
  }

  /**
   * "recommended on Thursday that federal, state and territory governments introduce a
   * moratorium", "urged that councils adopt a ban": a demand verb followed by "that" (a date or
   * adverb may stand between) opens a mandative clause; its first trigger is what is asked for,
   * however long the list of addressees before it. The nine-word demand window does not reach it.
   */
  private static boolean demandThatClause(Tokens t, List<Mention> ms, int clauseWide, Mention trigger) {
    for (Mention m : ms) {
      if (!m.is(Category.DEMAND) || m.tokStart() < clauseWide || m.tokEnd() > trigger.tokStart()
          || !mandativeVerb(t.lower(m.tokStart()))) {
        continue;
      }
      for (int i = m.tokEnd(); i < Math.min(trigger.tokStart(), m.tokEnd() + 4); i++) {
        if (t.equalsIgnoreCase(i, "that")) {
          if (trigger.tokStart() - i > 16) {
            break;
          }
          for (Mention other : ms) {
            if (other != trigger && other.is(Category.TRIGGER) && other.tokStart() > i
                && other.tokStart() < trigger.tokStart()) {
              return false; // the clause's first trigger is the one asked for
            }
          }
          return true;
        }
      }
    }
    return false;
  }

  /** Verbs whose "that" clause says what is asked for ("recommended that", "urged that", "asked
   *  that"); "must ensure that …", "should note that …" state something else. */
  private static boolean mandativeVerb(String w) {
    return w.startsWith("recommend") || w.startsWith("urge") || w.startsWith("urging")
        || w.startsWith("demand") || w.startsWith("ask") || w.startsWith("request")
        || w.startsWith("propose") || w.startsWith("petition");
  }

  /** "said it hopes the pause gives Congress enough time to pass rules" (a wish scopes over its
   *  whole complement clause, however long) and "until Congress passes a law" (a condition): the
   *  step inside has not happened — it is not even a proposal. */
  boolean wished(FieldText f, Sentence s, Mention trigger) {
    List<Mention> ms = f.mentions(s);
    Tokens t = f.tokens();
    int first = t.indexAtOrAfter(s.start());
    int clauseTight = clauseStart(f, ms, first, trigger.tokStart(), true);
    for (Mention m : ms) {
      if (m.is(Category.HEDGING) && m.tokStart() >= clauseTight && m.tokEnd() <= trigger.tokStart()
          && WISH_VERBS.contains(t.lower(m.tokStart()))) {
        return true;
      }
    }
    // "would consider whether new legislation was needed", "will decide whether to ban it": an
    // open question is no step, not even a proposal.
    for (int i = trigger.tokStart() - 1; i >= Math.max(clauseTight, trigger.tokStart() - 6); i--) {
      if (OPEN_QUESTION.contains(t.lower(i))) {
        return true;
      }
    }
    for (int i = trigger.tokEnd(); i < Math.min(t.size(), trigger.tokEnd() + 2); i++) {
      if (OPEN_QUESTION.contains(t.lower(i))) {
        return true;
      }
    }
    // "would prohibit it until Congress passes a law", "unless the council approves rules": a
    // step inside a condition clause has not happened.
    // Six words: "until a new law is passed".
    for (int i = trigger.tokStart() - 1; i >= Math.max(clauseTight, trigger.tokStart() - 6); i--) {
      String w = t.lower(i);
      if (w.equals("until") || w.equals("unless") || w.equals("till") || w.equals("if")
          || (w.equals("case") && i > 0 && t.equalsIgnoreCase(i - 1, "in"))) {
        return true;
      }
    }
    return false;
  }

  private static boolean isQuestion(FieldText f, Sentence s, Mention trigger) {
    String m = f.masked();
    for (int i = trigger.end(); i < s.end(); i++) {
      char c = m.charAt(i);
      if (c == '?') {
        return true;
      }
      if (c == '.' || c == ':' || c == ';' || c == '!') {
        return false;
      }
    }
    return false;
  }

  /** "Last year, San Francisco banned it": a time adverbial fronted before the first comma of the
   *  clause dates the whole clause, so the background segment starts at the clause start. */
  private static int frontedAdverbialStart(FieldText f, int clauseWide, int clauseTight) {
    Tokens t = f.tokens();
    if (clauseTight <= clauseWide) {
      return clauseTight;
    }
    for (int i = clauseWide; i < clauseTight; i++) {
      if (!t.isWord(i) && t.first(i) == ',') {
        return i - clauseWide <= 4 ? clauseWide : clauseTight;
      }
    }
    return clauseTight;
  }

  /** "Parliament backs call to ban …": the trigger word ("backs") opens a longer demand phrase;
   *  what is backed is a call, not a bill. */
  private static boolean demandGrowingFromTrigger(List<Mention> ms, Mention trigger) {
    for (Mention m : ms) {
      if (m.is(Category.DEMAND) && m.tokStart() == trigger.tokStart() && m.tokEnd() > trigger.tokEnd()) {
        return true;
      }
    }
    return false;
  }

  private static boolean inWindow(Mention m, int lo, Mention trigger) {
    return m.tokStart() >= lo && m.tokEnd() <= trigger.tokStart() && !m.overlaps(trigger);
  }

  /** "said it would": reported speech announces, it does not hedge. */
  private static boolean reportedFuture(FieldText f, List<Mention> ms, Mention hedge) {
    String w = f.masked().substring(hedge.start(), hedge.end()).toLowerCase(Locale.ROOT);
    if (!w.equals("would") && !w.equals("will")) {
      return false;
    }
    for (Mention m : ms) {
      if (m.isLexicon("reporting") && m.end() <= hedge.start()) {
        return true;
      }
    }
    return false;
  }

  /** A hedged step followed by a condition in its sentence ("would sign it if lawmakers pass it"):
   *  not even a proposal. */
  boolean conditional(FieldText f, Sentence s, Mention trigger) {
    Tokens t = f.tokens();
    return conditionAfter(t, trigger.tokStart(), t.indexAtOrAfter(s.end()));
  }

  /** "Mayor says a ban on it would follow": a modal right after a noun trigger hedges it. */
  boolean hedgedPredicate(FieldText f, Sentence s, Mention trigger) {
    Tokens t = f.tokens();
    int last = t.indexAtOrAfter(s.end());
    for (int i = trigger.tokEnd(); i < Math.min(last, trigger.tokEnd() + 5); i++) {
      if (!t.isWord(i)) {
        return false;
      }
      if (MODALS.contains(t.lower(i))) {
        return true;
      }
    }
    return false;
  }

  private static final java.util.Set<String> MODALS = java.util.Set.of(
      "would", "could", "might", "may");

  /** Words that open a condition on what precedes them. */
  private static final java.util.Set<String> CONDITIONS = java.util.Set.of(
      "if", "unless", "provided");

  /** "said it would halt sales if Congress fails to act / should regulators demand it": a
   *  reported "would" with a condition after it stays conditional — it announces nothing. */
  private static boolean conditionAfter(Tokens t, int trigger, int last) {
    for (int i = trigger + 1; i < last; i++) {
      if (CONDITIONS.contains(t.lower(i))) {
        return true;
      }
    }
    return false;
  }

  /** "May 17" is a date, not a hedge. */
  private static boolean monthMay(FieldText f, Mention m) {
    if (!Character.isUpperCase(f.masked().charAt(m.start()))) {
      return false;
    }
    Tokens t = f.tokens();
    return m.tokEnd() < t.size() && Character.isDigit(t.first(m.tokEnd()));
  }

  static boolean allDigits(String w) {
    for (int i = 0; i < w.length(); i++) {
      if (!Character.isDigit(w.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  static int clauseStart(FieldText f, List<Mention> ms, int first, int from, boolean commas) {
    Tokens t = f.tokens();
    // The nearest clause-break word before `from`, in one pass over the mentions (asking the
    // mentions about every token walked was ~2 % of the engine's CPU); the clause starts after it
    // or after a nearer break mark.
    int breakWord = -1;
    for (Mention m : ms) {
      if (m.is(Category.CLAUSE_BREAK) && m.tokStart() >= first && m.tokStart() < from && m.tokStart() > breakWord) {
        breakWord = m.tokStart();
      }
    }
    for (int i = from - 1; i >= first && i > breakWord; i--) {
      if (isBreak(t, i, commas)) {
        return i + 1;
      }
    }
    return breakWord >= first ? breakWord + 1 : first;
  }

  static int clauseEnd(FieldText f, List<Mention> ms, int from, int last) {
    Tokens t = f.tokens();
    int breakWord = last; // the first clause-break word at or after `from`, as in clauseStart
    for (Mention m : ms) {
      if (m.is(Category.CLAUSE_BREAK) && m.tokStart() >= from && m.tokStart() < breakWord) {
        breakWord = m.tokStart();
      }
    }
    for (int i = from; i < breakWord; i++) {
      if (isBreak(t, i, true)) {
        return i;
      }
    }
    return breakWord;
  }

  private static boolean isBreak(Tokens t, int i, boolean commas) {
    if (t.isWord(i)) {
      return false;
    }
    char c = t.first(i);
    return c == ';' || c == ':' || c == '\u2014' || c == '\u2013' || c == '(' || c == ')'
        || c == '-' || (commas && c == ',');
  }
}
