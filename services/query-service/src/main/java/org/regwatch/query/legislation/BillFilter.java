package org.regwatch.query.legislation;

import java.util.Optional;
import org.regwatch.query.api.ListRequest;
import org.regwatch.query.api.Params;
import org.regwatch.query.developments.BillNames;
import org.regwatch.query.statusboard.Lineage;
import org.regwatch.events.LegislationStatus;

/** The filters of {@code GET /api/bills}, parsed by hand so that bad input is a 400. */
record BillFilter(Optional<String> actor, Optional<String> jurisdiction, Optional<String> stage,
    Optional<String> q) {

  static BillFilter parse(String actor, String jurisdiction, String stage, String q) {
    return new BillFilter(Params.text(actor).map(Lineage::norm),
        Params.text(jurisdiction).map(Lineage::norm),
        Params.enumValue("stage", stage, LegislationStatus.class).map(LegislationStatus::json),
        ListRequest.query(q));
  }

  /** actor: any development's actor (a bill passes through several hands); stage: the current. */
  boolean test(TrackedBill bill) {
    return actor.map(a -> bill.lineage().developments().stream()
            .anyMatch(d -> a.equals(d.actorKey))).orElse(true)
        && jurisdiction.map(j -> j.equals(Lineage.norm(bill.latest().jurisdiction))).orElse(true)
        && stage.map(s -> s.equals(bill.stage())).orElse(true)
        && q.map(text -> names(bill, text)).orElse(true);
  }

  /** q is a piece of the number ("642", "ab642", "A.B. 642") or of the title, in any case. */
  private static boolean names(TrackedBill bill, String text) {
    String number = BillNames.number(bill.number());
    String title = BillNames.title(bill.title());
    String qNumber = BillNames.number(text);
    String qTitle = BillNames.title(text);
    return number != null && qNumber != null && number.contains(qNumber)
        || title != null && qTitle != null && title.contains(qTitle);
  }
}
