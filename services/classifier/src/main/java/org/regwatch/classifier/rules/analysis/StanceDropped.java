package org.regwatch.classifier.rules.analysis;

import java.util.List;
import java.util.Set;
import org.regwatch.classifier.rules.pack.TermRef.Category;
import org.regwatch.classifier.rules.text.Tokens;

/**
 * A self-imposed hold given up: "reversing the agency's hold on face recognition", "dropping its
 * earlier refusal to use facial recognition", "abandoned its pledge not to sell it". The stance
 * (pack trigger {@code moratorium-stance-dropped}) is a pause only as the object of a verb that
 * ends it, standing a few words before it (a determiner, a possessive, an adjective between):
 * "its hold on face recognition" alone, or "kept its hold on", ends nothing. A word that dates the
 * stance inside that object ("its earlier refusal", "its 2022 hold") dates the pause the end
 * presupposes, not the news. Word loops run only for this trigger (rules from heldout-17).
 */
final class StanceDropped {

  /** Words a determiner, a possessive and an adjective take between the verb and the stance. */
  private static final int REACH = 3;
  private static final Set<String> ENDING_STEMS = Set.of(
      "revers", "drop", "abandon", "scrap", "end", "lift", "overturn", "rescind", "ditch", "shed");
  private static final Set<String> UP_VERBS = Set.of("give", "gives", "gave", "giving", "given");

  private StanceDropped() {}

  /** The index of the verb that ends the stance, or -1 when none stands before it. */
  static int endingVerb(Tokens t, int sentenceStart, Mention trig) {
    for (int i = trig.tokStart() - 1; i >= Math.max(sentenceStart, trig.tokStart() - REACH - 1); i--) {
      String w = t.lower(i);
      if (w.equals("up") && i > sentenceStart && UP_VERBS.contains(t.lower(i - 1))) {
        return i - 1;
      }
      for (String stem : ENDING_STEMS) {
        if (w.startsWith(stem) && !w.startsWith("endorse") && !w.startsWith("endur")) {
          return i;
        }
      }
    }
    return -1;
  }

  /** "abandons its pledge not to sell it": the object of an exit verb is a stance, so the verb
   *  ends the stance (a pause), it leaves no business. */
  static boolean stanceAfter(org.regwatch.classifier.rules.pack.CompiledPack pack, List<Mention> ms,
      Mention trig) {
    for (Mention m : ms) {
      if (m.is(Category.TRIGGER) && m.tokStart() >= trig.tokEnd() && m.tokStart() - trig.tokEnd() <= REACH
          && "moratorium-stance-dropped".equals(pack.trigger(m.ref().index()).definition().id())) {
        return true;
      }
    }
    return false;
  }

  /** "dropping its earlier refusal to use …": every background word of the sentence stands
   *  between the ending verb and the stance, so it dates the stance. */
  static boolean onlyTheStanceIsDated(List<Mention> ms, int verb, Mention trig) {
    boolean any = false;
    for (Mention m : ms) {
      if (!m.is(Category.BACKGROUND)) {
        continue;
      }
      if (m.tokStart() <= verb || m.tokEnd() > trig.tokStart()) {
        return false;
      }
      any = true;
    }
    return any;
  }
}
