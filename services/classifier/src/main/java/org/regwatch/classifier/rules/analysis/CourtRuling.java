package org.regwatch.classifier.rules.analysis;

import java.util.List;
import java.util.Set;
import org.regwatch.classifier.rules.pack.TermRef.Category;
import org.regwatch.classifier.rules.text.Tokens;

/**
 * What courts do to laws and uses, written from the language (round 16, docs/rules.md "Courts,
 * data protection authorities, parliaments and use policies"): a court that declares a law
 * unconstitutional, void or invalid ends it (the law failed, as a law struck down does); a court
 * that upholds a law ends nothing; an appeal against a ruling reports the appeal, not the ruling;
 * a court's injunction against a use (not against a named company) is a pause the court imposes.
 */
final class CourtRuling {

  private CourtRuling() {}

  /** What a court finds void: a law in force (not a bill, which no court strikes down). */
  private static final Set<String> LAW_NOUNS = Set.of("law", "laws", "ordinance", "ordinances",
      "statute", "statutes", "regulation", "regulations", "decree", "decrees", "act", "provision",
      "provisions", "ban", "measure", "section", "article", "amendment", "rule", "rules");
  /** What the court finds the law to be. */
  private static final Set<String> VOID_WORDS = Set.of("unconstitutional", "void", "invalid",
      "unlawful", "illegal", "null", "inapplicable");

  /**
   * "declared the ordinance unconstitutional", "ruled the statute void", "ruled that the
   * regulation was invalid": a court's ruling verb with a law as what it finds void, within ten
   * words after the verb, the void word after the law (or right after the verb, then the law:
   * "declared unconstitutional the county ordinance").
   */
  static boolean findsALawVoid(Tokens t, int sentenceEnd, Mention trig, Actor actor) {
    if (!CourtOrder.isCourt(actor)) {
      return false;
    }
    int end = Math.min(sentenceEnd, trig.tokEnd() + 10);
    int law = -1;
    int voidWord = -1;
    for (int i = trig.tokEnd(); i < end; i++) {
      String w = t.lower(i);
      if (law < 0 && LAW_NOUNS.contains(w)) {
        law = i;
      }
      if (voidWord < 0 && VOID_WORDS.contains(w) && !negatedAt(t, i)) {
        voidWord = i;
      }
    }
    return law >= 0 && voidWord >= 0 && (voidWord > law || voidWord == trig.tokEnd());
  }

  /**
   * "Ordinance on facial recognition ruled unconstitutional", "the statute was declared void": a
   * law named up to six words before a passive ruling verb, the void word right after it. Whoever
   * rules a law unconstitutional is a court, named or not (round 16).
   */
  static boolean lawRuledVoid(Tokens t, int sentenceStart, int sentenceEnd, Mention trig) {
    int v = trig.tokEnd();
    if (v >= sentenceEnd || !VOID_WORDS.contains(t.lower(v)) || negatedAt(t, v)) {
      return false;
    }
    String verb = t.lower(trig.tokStart());
    if (!(verb.equals("ruled") || verb.equals("declared") || verb.equals("deemed") || verb.equals("found")
        || verb.equals("judged"))) {
      return false;
    }
    for (int i = trig.tokStart() - 1; i >= Math.max(sentenceStart, trig.tokStart() - 6); i--) {
      if (LAW_NOUNS.contains(t.lower(i))) {
        return true;
      }
    }
    return false;
  }

  /** The court that acts in a sentence: the court actor nearest before the verb, else a court
   *  named by its common noun up to eight words before it. */
  static Actor courtBefore(Tokens t, int sentenceStart, List<Actor> actors, Mention trig) {
    Actor a = CourtAnnulment.courtBefore(actors, trig);
    return a != null ? a : CourtAnnulment.courtNoun(t, sentenceStart, trig);
  }

  /** Words that deny the finding right before it: "found no breach", "was not unlawful". */
  private static final Set<String> DENIALS = Set.of("no", "not", "never");

  /** The unlawful word at {@code i} is denied by one of the two words before it. */
  static boolean negatedAt(Tokens t, int i) {
    for (int j = Math.max(0, i - 2); j < i; j++) {
      String w = t.lower(j);
      if (DENIALS.contains(w) || w.endsWith("n't")) {
        return true;
      }
    }
    return false;
  }

  /**
   * "found no breach of the law", "ruled the cameras were not unlawful": every unlawful word the
   * ruling verb reaches is denied; the ruling clears, it enforces nothing.
   */
  static boolean findingDenied(Tokens t, List<Mention> ms, Mention trig, int window) {
    boolean any = false;
    for (Mention m : ms) {
      if (m.isLexicon("unlawful") && m.tokStart() >= trig.tokEnd() && m.tokStart() - trig.tokEnd() <= window) {
        any = true;
        if (!negatedAt(t, m.tokStart())) {
          return false;
        }
      }
    }
    return any;
  }

  /** A court's verbs of keeping a law: what follows them is left standing. */
  private static final Set<String> UPHOLDING = Set.of("uphold", "upholds", "upheld", "upholding",
      "affirm", "affirms", "affirmed", "affirming", "sustain", "sustains", "sustained", "sustaining",
      "validate", "validates", "validated", "validating");

  /**
   * "Court upholds city's ban on police facial recognition", "upheld the state's facial
   * recognition law": a verb of upholding up to five words before the measure's trigger; the law
   * stands, no law is enacted or ended by the ruling. An {@code undoing} trigger (a failing verb)
   * after "but" is the ruling's other half and stands on its own.
   */
  static boolean upheld(Tokens t, int sentenceStart, Mention trig, boolean undoing) {
    for (int i = trig.tokEnd() - 1; i >= Math.max(sentenceStart, trig.tokStart() - 5); i--) {
      if (!t.isWord(i)) {
        return false;
      }
      if (t.lower(i).startsWith("veto")) {
        return false; // "upheld the governor's veto of the ban": the veto stands, the bill failed
      }
      if (t.lower(i).equals("but") && undoing) {
        // "upholds the law but strikes down its provision": the court ends a part (round 31)
        return false;
      }
      if (i < trig.tokStart() && UPHOLDING.contains(t.lower(i))) {
        return true;
      }
    }
    return false;
  }

  /**
   * "upholds Aadhaar but bars companies from demanding biometric ID", "upheld the law but struck
   * down two provisions": a mixed ruling whose "but" clause takes a step of its own; that step is
   * the news, the upholding its background (round 31). A step of the
   * "but" clause that undoes nothing ("but bars companies from …") is left unread, as before.
   */
  static boolean butAnotherStep(Tokens t, List<Mention> ms, Mention trig) {
    for (int i = trig.tokStart() - 1; i >= Math.max(0, trig.tokStart() - 5); i--) {
      if (UPHOLDING.contains(t.lower(i))) {
        break;
      }
      if (t.lower(i).equals("but")) {
        return true; // "upholds Aadhaar but bars …": the "but" clause's own step, left unread
      }
    }
    for (int i = trig.tokEnd(); i < Math.min(t.size(), trig.tokEnd() + 30); i++) {
      if (t.lower(i).equals("but")) {
        for (Mention m : ms) {
          if (m.is(Category.TRIGGER) && m.tokStart() > i && m.tokStart() - i <= 4) {
            return true;
          }
        }
        return false;
      }
    }
    return false;
  }

  /** What a party appeals: a court's decision. */
  private static final Set<String> RULING_NOUNS = Set.of("ruling", "rulings", "decision",
      "decisions", "judgment", "judgement", "verdict", "order");
  /** Verbs and nouns of challenging a decision. */
  private static final Set<String> CHALLENGE = Set.of("appeal", "appeals", "appealed",
      "appealing", "challenge", "challenges", "challenged", "challenging", "contest", "contests",
      "contested", "contesting", "against");

  /**
   * "City appeals ruling that struck down its ordinance": a trigger in the relative clause of a
   * ruling that is being appealed or challenged describes the ruling; the news is the appeal.
   */
  static boolean insideAppealedRuling(Tokens t, int sentenceStart, Mention trig) {
    int rel = trig.tokStart() - 1;
    if (rel < sentenceStart || !(t.lower(rel).equals("that") || t.lower(rel).equals("which"))) {
      return false;
    }
    int noun = rel - 1;
    if (noun < sentenceStart || !RULING_NOUNS.contains(t.lower(noun))) {
      return false;
    }
    for (int i = noun - 1; i >= Math.max(sentenceStart, noun - 4); i--) {
      if (CHALLENGE.contains(t.lower(i))) {
        return true;
      }
    }
    return false;
  }

  /** Verbs of promising a step still to be taken. */
  private static final Set<String> PROMISES = Set.of("promise", "promises", "promised",
      "promising", "pledge", "pledges", "pledged", "pledging", "vow", "vows", "vowed", "vowing");

  /**
   * "Minister promises to introduce a facial recognition bill", "pledged to table legislation": a
   * proposal verb right after "to" after a verb of promising is a step promised, not taken (no
   * bill is before anyone yet). Not a court rule, but the same family of parliament stages.
   */
  static boolean promisedStep(Tokens t, int sentenceStart, Mention trig) {
    int to = trig.tokStart() - 1;
    return to - 1 >= sentenceStart && t.lower(to).equals("to") && PROMISES.contains(t.lower(to - 1));
  }

  /** Orders by which a court halts something until it decides. */
  private static final Set<String> INJUNCTIONS = Set.of("injunction", "injunctions");

  /**
   * "issued an injunction halting the city's program", "grants preliminary injunction against
   * school district's system", "issues restraining order": the court's interim order, against a
   * use rather than a named company, is a pause it imposes (moratorium announced; "lifts the
   * injunction" ends it through the pack's modifiers).
   */
  static boolean injunctionAgainstAUse(Tokens t, Mention trig, Actor actor, List<Actor> actors) {
    String w = t.lower(trig.tokStart());
    boolean interim = INJUNCTIONS.contains(w)
        || (w.equals("order") && trig.tokStart() > 0 && t.lower(trig.tokStart() - 1).equals("restraining"))
        // "reversed the order, allowing the city to switch its cameras back on": a court's order
        // ended by a higher court is a halt lifted
        || (w.equals("order") && endedBefore(t, trig));
    return interim && CourtOrder.suspendsUse(actor, actors, trig, 8);
  }

  /** Verbs by which a court ends an order or injunction. */
  private static final Set<String> ORDER_ENDINGS = Set.of("lift", "lifts", "lifted", "lifting",
      "reverse", "reverses", "reversed", "reversing", "overturn", "overturns", "overturned",
      "overturning", "vacate", "vacates", "vacated", "vacating", "dissolve", "dissolves", "dissolved",
      "dissolving", "quash", "quashed", "quashes");

  /**
   * "Injunction lifted on airport facial recognition": a headline's injunction with its ending
   * participle right after it and nobody named: a court's halt lifted, its court left to the lead.
   */
  static boolean injunctionLiftedUnnamed(Tokens t, Mention trig, Actor actor) {
    return actor == null && INJUNCTIONS.contains(t.lower(trig.tokStart())) && trig.tokEnd() < t.size()
        && ORDER_ENDINGS.contains(t.lower(trig.tokEnd()));
  }

  /** An ending verb up to three words before the order ("reversed the lower court's order"). */
  static boolean endedBefore(Tokens t, Mention trig) {
    for (int i = trig.tokStart() - 1; i >= Math.max(0, trig.tokStart() - 3); i--) {
      if (ORDER_ENDINGS.contains(t.lower(i))) {
        return true;
      }
    }
    return false;
  }
}
