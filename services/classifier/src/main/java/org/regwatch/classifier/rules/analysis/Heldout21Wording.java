package org.regwatch.classifier.rules.analysis;

import java.util.List;
import java.util.Set;
import org.regwatch.classifier.rules.pack.TermRef.Category;
import org.regwatch.classifier.rules.text.Tokens;

/**
 * Language families from heldout-21 (docs/classifier.md "Rules from heldout-21"), each a word
 * loop over one sentence asked only for the trigger it concerns.
 */
final class Heldout21Wording {

  private Heldout21Wording() {}

  /** Nouns of a demand: what is rejected when a body "rejects calls for a ban" is the demand. */
  private static final Set<String> DEMAND_NOUNS = Set.of("call", "calls", "demand", "demands",
      "plea", "pleas", "appeal", "appeals", "request", "requests", "petition", "petitions",
      "push", "pressure", "campaign", "campaigns", "urging", "proposals", "suggestion",
      "suggestions");

  /**
   * "OKs facial recognition rules, rejecting calls for a ban", "rejected demands that the
   * technology be banned": the rejected thing is a demand, not a measure; no bill fails. A demand
   * noun up to three words after the rejecting verb.
   */
  static boolean rejectsADemand(Tokens t, Mention trig) {
    for (int i = trig.tokEnd(); i < Math.min(t.size(), trig.tokEnd() + 3); i++) {
      if (DEMAND_NOUNS.contains(t.lower(i))) {
        return true;
      }
    }
    return false;
  }

  /** Machines and their parts: as the subject of "will not use" they describe what a system does. */
  private static final Set<String> SYSTEM_NOUNS = Set.of("system", "systems", "camera", "cameras",
      "software", "tool", "tools", "device", "devices", "app", "apps", "platform", "platforms",
      "algorithm", "algorithms", "model", "models", "drone", "drones", "scanner", "scanners",
      "sensor", "sensors", "technology", "technologies", "product", "products", "feature",
      "features");
  /** How the refusal triggers start ("will not use", "won't deploy", "not to use"). */
  private static final Set<String> REFUSAL_STARTS = Set.of("will", "won't", "wont", "would",
      "not", "may");
  private static final Set<String> MODAL_OR_NEGATION = Set.of("will", "would", "won't", "wont",
      "not", "do", "does", "did", "don't", "doesn't", "didn't", "cannot", "can't", "shall", "must",
      "may", "never");

  /**
   * "The text states that the systems will not use biometric identification and will not employ
   * facial recognition": the refusal's subject is a machine, so the sentence says what a system
   * does (a law's or a product's scope), not that anyone stops or pauses. The nearest subject
   * before the trigger — a system noun right before a modal or "not" — up to 20 words back,
   * across coordinated "and will not …" clauses, stopping at a reporting "that" only after it.
   */
  static boolean machineRefuses(Tokens t, int sentenceStart, Mention trig) {
    if (!REFUSAL_STARTS.contains(t.lower(trig.tokStart()))) {
      return false; // "the cameras would remain on hold": the machine is what is paused
    }
    for (int i = trig.tokStart() - 1; i >= Math.max(sentenceStart, trig.tokStart() - 20); i--) {
      String w = t.lower(i);
      if (SYSTEM_NOUNS.contains(w) && i + 1 < t.size() && MODAL_OR_NEGATION.contains(t.lower(i + 1))) {
        return true;
      }
      if (w.equals("that") || w.equals("said") || w.equals("says") || w.equals(";")) {
        return false;
      }
    }
    return false;
  }

  /** What a court strikes down that is a public body's act about the technology. */
  private static final Set<String> ANNULLED_OBJECTS = Set.of("decision", "decisions", "trial",
      "trials", "pilot", "pilots", "test", "tests", "experiment", "experiments", "use",
      "deployment", "programme", "program", "plan", "plans", "project", "policy", "rules",
      "ordinance", "ban", "law", "regulation", "decree", "order", "authorisation",
      "authorization", "resolution", "scheme", "contract");

  /**
   * "Court annuls region's facial recognition trial", "quashed the council's decision to
   * experiment with face scanning gates": a court striking down a public body's act about the
   * technology, which fails as a struck-down measure does (domain.md: "struck down" is failed).
   * Only a court or judge; the act's noun within six words after the verb.
   */
  static boolean courtAnnulsAnAct(Tokens t, int sentenceEnd, Mention trig, Actor actor) {
    if (!CourtOrder.isCourt(actor)) {
      return false;
    }
    for (int i = trig.tokEnd(); i < Math.min(sentenceEnd, trig.tokEnd() + 6); i++) {
      if (ANNULLED_OBJECTS.contains(t.lower(i))) {
        return true;
      }
    }
    return false;
  }

  /** Who a company may bar from its product: customers, not its own staff. */
  private static final Set<String> OWN = Set.of("its", "their", "own", "employees", "staff",
      "workers");

  /**
   * "Microsoft bars U.S. police from using its cloud service for facial recognition": a company
   * that bars others from using its product sets a rule of use for its customers — standing, not
   * a pause (a moratorium is temporary: domain.md). The party barred and "from" follow the verb
   * within six words; its own staff or people ("bars its employees from …") stop its own use,
   * which stays a pause. The caller checks that no temporary word goes with it ("for a year").
   */
  static boolean companyBarsCustomers(Tokens t, int sentenceEnd, Mention trig, List<Mention> tech) {
    if (!techAsPurpose(t, sentenceEnd, trig, tech)) {
      return false; // "bans police from using its facial recognition technology": it stops selling it
    }
    String v = t.lower(trig.tokStart());
    if (!(v.startsWith("bar") || v.startsWith("ban") || v.startsWith("prohibit")
        || v.startsWith("forbid") || v.startsWith("forbad"))) {
      return false;
    }
    for (int i = trig.tokEnd(); i < sentenceEnd; i++) {
      String w = t.lower(i);
      if (w.equals("until") || w.equals("temporarily") || w.equals("pending")
          || (w.equals("for") && spanFollows(t, i + 1, sentenceEnd))) {
        return false; // "for one year", "until a law is passed": a pause after all
      }
    }
    for (int i = trig.tokEnd(); i < Math.min(sentenceEnd, trig.tokEnd() + 6); i++) {
      String w = t.lower(i);
      if (OWN.contains(w)) {
        return false;
      }
      if (w.equals("from")) {
        return i > trig.tokEnd();
      }
    }
    return false;
  }

  /**
   * "from using its cloud service for facial recognition": the technology is named only as the
   * purpose ("for" right before it) of using another product, after the verb. A bar on the
   * company's own face recognition product stops its sale to them — a pause by the project's
   * convention (headlines.psv: "Microsoft bans police from using its facial recognition
   * technology" = announced).
   */
  private static boolean techAsPurpose(Tokens t, int sentenceEnd, Mention trig, List<Mention> tech) {
    boolean purpose = false;
    for (Mention m : tech) {
      if (m.tokStart() < trig.tokEnd() || m.tokStart() >= sentenceEnd
          || m.ref().category() == Category.LEXICON) {
        continue;
      }
      if (m.tokStart() > 0 && t.lower(m.tokStart() - 1).equals("for")) {
        purpose = true;
      } else {
        return false;
      }
    }
    return purpose;
  }

  /** "for one year", "for up to 90 days", "for now": a span right after "for". */
  private static boolean spanFollows(Tokens t, int from, int end) {
    for (int i = from; i < Math.min(end, from + 4); i++) {
      String w = t.lower(i);
      if (CalendarWords.SPAN_UNITS.contains(w) || w.equals("now")) {
        return true;
      }
    }
    return false;
  }

  private static final Set<String> COURT_NOUNS = Set.of("court", "tribunal", "judge", "courts",
      "judges");
  private static final Set<String> COURT_MODIFIERS = Set.of("administrative", "high", "supreme",
      "district", "federal", "appeals", "appellate", "constitutional", "regional", "state",
      "superior", "county", "circuit", "top", "highest");

  /**
   * "The administrative court … annulled": a court named by its common noun (not an actor of the
   * pack's lists in running text), up to eight words before the verb; the actor is the noun with
   * the modifiers right before it ("administrative court").
   */
  static Actor courtNoun(Tokens t, int sentenceStart, Mention trig) {
    for (int i = trig.tokStart() - 1; i >= Math.max(sentenceStart, trig.tokStart() - 8); i--) {
      if (COURT_NOUNS.contains(t.lower(i))) {
        int from = i;
        while (from - 1 >= sentenceStart && COURT_MODIFIERS.contains(t.lower(from - 1))) {
          from--;
        }
        StringBuilder name = new StringBuilder();
        for (int j = from; j <= i; j++) {
          name.append(j > from ? " " : "").append(t.text(j));
        }
        return new Actor(name.toString(), ActorType.REGULATOR, null, null, from, i + 1);
      }
    }
    return null;
  }

  /** The court named nearest before the verb, or null. */
  static Actor courtBefore(List<Actor> actors, Mention trig) {
    Actor best = null;
    for (Actor a : actors) {
      if (CourtOrder.isCourt(a) && a.tokEnd() <= trig.tokStart()
          && (best == null || a.tokStart() > best.tokStart())) {
        best = a;
      }
    }
    return best;
  }
}
