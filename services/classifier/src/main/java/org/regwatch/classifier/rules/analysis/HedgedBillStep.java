package org.regwatch.classifier.rules.analysis;

import java.util.List;
import org.regwatch.classifier.rules.pack.TermRef.Category;
import org.regwatch.classifier.rules.text.Tokens;

/**
 * "Lawmakers may bring back a bill to ban it": the hedge governs the bill's own step (bring back,
 * introduce), and "to ban" is only what the bill would do — no bill is put forward yet, so the
 * content verb is no proposed development either. Unlike "the bill would ban", where the measure
 * exists and the modal describes it (docs/rules.md, "Cue scopes").
 */
final class HedgedBillStep {

  private HedgedBillStep() {}

  static boolean contentOfHedgedStep(List<Mention> ms, Tokens t, Mention trig) {
    for (Mention bill : ms) {
      if (!bill.isLexicon("legislation_noun") || bill.tokEnd() > trig.tokStart()
          || trig.tokStart() - bill.tokEnd() > 3 || !infinitiveBetween(t, bill, trig)) {
        continue;
      }
      for (Mention h : ms) {
        if (h.is(Category.HEDGING) && h.tokEnd() <= bill.tokStart() && bill.tokStart() - h.tokEnd() <= 5) {
          return true;
        }
      }
    }
    return false;
  }

  private static boolean infinitiveBetween(Tokens t, Mention bill, Mention trig) {
    for (int i = bill.tokEnd(); i < trig.tokStart(); i++) {
      if (t.equalsIgnoreCase(i, "to")) {
        return true;
      }
    }
    return false;
  }
}
