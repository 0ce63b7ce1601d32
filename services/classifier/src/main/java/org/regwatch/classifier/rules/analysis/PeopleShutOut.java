package org.regwatch.classifier.rules.analysis;

import java.util.List;
import org.regwatch.classifier.rules.pack.TermRef.Category;
import org.regwatch.classifier.rules.text.Tokens;

/**
 * "Lawyers banned from the arena by face scan", "fans barred from the stadium": a passive ban
 * participle followed by "from" and a place shuts PEOPLE out; the technology is the instrument
 * ("by face scan"), not what is banned. "Police barred from using facial recognition", "banned
 * from the use of the technology" keep their reading: after "from" stands a use or the technology.
 * One look at the two words after the trigger (rules from heldout-13, docs/classifier-history.md).
 */
final class PeopleShutOut {

  private PeopleShutOut() {}

  static boolean from(Tokens t, List<Mention> ms, Mention trig) {
    String verb = t.lower(trig.tokStart());
    if (!verb.endsWith("ed") || trig.tokEnd() >= t.size() || !t.lower(trig.tokEnd()).equals("from")) {
      return false;
    }
    int next = trig.tokEnd() + 1;
    if (next < t.size() && t.lower(next).equals("the")) {
      next++;
    }
    if (next >= t.size() || !t.isWord(next) || t.lower(next).endsWith("ing")) {
      return false; // "barred from using …", "banned from deploying …": a use is banned
    }
    for (Mention m : ms) {
      if (m.tokStart() == next && (m.is(Category.TECH) || m.is(Category.TECH_BROAD)
          || m.isLexicon("tech_object"))) {
        return false; // "banned from the use of …", "barred from facial recognition searches"
      }
    }
    return true;
  }
}
