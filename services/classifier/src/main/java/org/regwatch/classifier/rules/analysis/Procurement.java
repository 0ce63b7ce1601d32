package org.regwatch.classifier.rules.analysis;

import java.util.Set;
import org.regwatch.classifier.rules.text.Tokens;

/**
 * "Police force signs £3m deal for face-matching software", "signed a contract with the vendor":
 * what is signed is a purchase, not a law. The object of "sign" is a contract noun within a few
 * words, bound to a seller or a price ("deal for", "contract with", "deal worth", "£3m deal").
 * "Signs bill", "signs executive order", "signs deal on AI rules" keep their reading. A word loop
 * over the few tokens after the trigger (rules from heldout-13, docs/classifier-history.md).
 */
final class Procurement {

  private static final Set<String> SIGN = Set.of("sign", "signs", "signed", "signing", "agree",
      "agrees", "agreed", "award", "awards", "awarded", "seal", "seals", "sealed", "strike",
      "strikes", "struck", "ink", "inks", "inked");
  private static final Set<String> CONTRACT = Set.of("deal", "deals", "contract", "contracts",
      "purchase", "procurement", "tender", "licence", "license", "licensing");
  /** What binds a contract noun to a seller or a price. */
  private static final Set<String> BOUND = Set.of("for", "with", "worth", "to", "from", "valued");

  /** How far after the sign verb the contract noun may stand ("signs a four-year £3m deal"). */
  static final int REACH = 5;

  /** Nouns that make "order" a purchase or a work order, not an authority's order (round 22). */
  private static final Set<String> ORDER_KINDS = Set.of("purchase", "task", "delivery", "supply",
      "work", "change", "call-off", "blanket");

  private Procurement() {}

  /** "The purchase order, awarded to the vendor, lists its licences": an order to buy, not an
   *  authority ordering someone to stop (round 22). The word before "order(s)" names the kind. */
  static boolean purchaseOrder(Tokens t, Mention trig) {
    String w = t.lower(trig.tokStart());
    return (w.equals("order") || w.equals("orders") || w.equals("ordered")) && trig.tokStart() > 0
        && ORDER_KINDS.contains(t.lower(trig.tokStart() - 1));
  }

  static boolean signsAContract(Tokens t, Mention trig) {
    if (!SIGN.contains(t.lower(trig.tokStart()))) {
      return false;
    }
    int end = Math.min(t.size(), trig.tokEnd() + REACH);
    for (int i = trig.tokStart() + 1; i < end; i++) {
      if (!CONTRACT.contains(t.lower(i))) {
        continue;
      }
      boolean priced = false;
      for (int k = trig.tokEnd(); k < i; k++) {
        char c = t.first(k);
        priced |= c == '£' || c == '$' || c == '€' || Character.isDigit(c);
      }
      boolean bound = i + 1 < t.size() && BOUND.contains(t.lower(i + 1));
      return priced || bound;
    }
    return false;
  }
}
