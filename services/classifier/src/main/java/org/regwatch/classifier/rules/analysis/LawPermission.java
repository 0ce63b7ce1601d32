package org.regwatch.classifier.rules.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.regwatch.classifier.rules.text.Tokens;

/**
 * What a law lets someone do (heldout-20 rules). "Under the regulation that lets a national
 * authority impose temporary measures", "an ordinance which allows police to use it": a verb of
 * permitting opened by "that" or "which" right after a legislative noun is the law's content, and
 * a trigger at that verb or up to five words after it reports no step. The measure's own verb
 * ("passed an ordinance that lets police use it") still carries the news. And the body that
 * permits use is the subject before its verb: "voted to allow the city's police to use it" —
 * the city's police are the ones permitted, not the actor. What is permitted must be use ("let
 * the moratorium lapse" or "run out" is no permission to use).
 */
final class LawPermission {

  /** The pack trigger whose actor is taken only before the verb. */
  static final String USE_PERMITTED = "legislation-use-permitted";

  /** The body's vote read as its measure: a pause it approves, or use it permits. */
  static boolean votedAsMeasure(String id) {
    return USE_PERMITTED.equals(id) || "legislation-pause-voted".equals(id);
  }

  private static final Set<String> PERMITTING = Set.of("let", "lets", "allow", "allows", "allowed",
      "permit", "permits", "permitted", "enable", "enables", "empower", "empowers", "authorize",
      "authorizes", "authorise", "authorises");
  private static final Set<String> RELATIVE = Set.of("that", "which");
  private static final int REACH = 5;

  private LawPermission() {}

  static boolean lawsContent(Tokens t, List<Mention> ms, Mention trig) {
    for (int i = trig.tokStart(); i >= Math.max(1, trig.tokStart() - REACH); i--) {
      if (!PERMITTING.contains(t.lower(i)) || !RELATIVE.contains(t.lower(i - 1))) {
        continue;
      }
      int rel = i - 1;
      for (Mention m : ms) {
        if (m.isLexicon("legislation_noun") && m.tokEnd() == rel) {
          return true;
        }
      }
    }
    return false;
  }

  private static final Set<String> USE_VERBS = Set.of("use", "deploy", "operate", "employ",
      "access", "search", "scan", "buy", "acquire", "purchase", "install", "test", "trial", "resume");

  /** "let police use", "allow the city's police department to deploy": what is permitted is use;
   *  "let the moratorium lapse" permits an end, not use. A verb of use within six words after. */
  static boolean permitsUse(Tokens t, Mention trig) {
    for (int i = trig.tokEnd(); i < Math.min(t.size(), trig.tokEnd() + 7); i++) {
      if (USE_VERBS.contains(t.lower(i))) {
        return true;
      }
    }
    return false;
  }

  private static final Set<String> VOTE_WORDS = Set.of("vote", "voted", "votes", "passed", "passes",
      "approved", "approves", "adopted", "adopts", "enacted", "signed");

  /**
   * "Facial recognition analytics were added during an upgrade, allowing operators to search
   * footage": a permitting participle after a comma tells what the clause before it made
   * possible; it is a body's measure only when that clause holds a law or a vote ("passed the
   * ordinance on Tuesday, allowing police to use it").
   */
  static boolean resultOfAnEvent(Tokens t, List<Mention> ms, int sentenceStart, Mention trig) {
    int verb = trig.tokStart();
    if (verb == 0 || !t.lower(verb).endsWith("ing") || !t.text(verb - 1).equals(",")) {
      return false;
    }
    for (Mention m : ms) {
      if (m.isLexicon("legislation_noun") && m.tokEnd() <= verb) {
        return false;
      }
    }
    for (int i = sentenceStart; i < verb; i++) {
      if (VOTE_WORDS.contains(t.lower(i))) {
        return false;
      }
    }
    return true;
  }

  /** The actors that stand before the trigger (its subject side). */
  static List<Actor> beforeThe(List<Actor> actors, Mention trig) {
    List<Actor> out = new ArrayList<>(actors.size());
    for (Actor a : actors) {
      if (a.tokEnd() <= trig.tokStart()) {
        out.add(a);
      }
    }
    return out;
  }
}
