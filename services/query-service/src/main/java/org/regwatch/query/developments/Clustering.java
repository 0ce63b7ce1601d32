package org.regwatch.query.developments;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Groups the reports of one grouping key into developments, the same way whatever order they
 * arrived in: the reports are taken in {@link Report#ORDER} (occurred-at, article id, index) and
 * each one joins the best acceptable development founded before it ({@link GroupingRule}), else
 * founds one; a development's id is derived from its founding report. The result is a function
 * of the set of reports alone, so the live projection and a replay agree.
 *
 * <p>Incremental: the caller passes the reports from the first one that can have changed
 * (minus the grouping window, so every development still open to it is complete) together with
 * the placements it already has; placements ordered before the first changed report stand, and
 * the rest are placed again. A development is open to a report only within {@link
 * GroupingRule#WINDOW_DAYS} of its founder's occurred-at, so nothing earlier can matter.
 */
final class Clustering {

  /** Where each report goes, and the founding report of each development. */
  record Result(Map<Ref, String> assignment, Map<String, SourceFacts> founders) {}

  /** An article's development at an index: the unit that is placed. */
  record Ref(String articleId, int devIndex) {
    static Ref of(SourceFacts s) {
      return new Ref(s.articleId(), s.devIndex());
    }
  }

  private Clustering() {}

  /** Groups reports from scratch (all of one key). */
  static Result of(Collection<SourceFacts> reports) {
    return place(reports, Map.of(), null);
  }

  /**
   * @param reports reports of one key: everything from (first changed − window) on
   * @param current the placements the read model holds now
   * @param firstChanged the earliest report that changed (new, moved, revised or gone); reports
   *     before it keep their current placement. {@code null}: place everything.
   */
  static Result place(Collection<SourceFacts> reports, Map<Ref, String> current,
      Report firstChanged) {
    List<SourceFacts> ordered = new ArrayList<>(reports);
    ordered.sort((a, b) -> Report.ORDER.compare(Report.of(a), Report.of(b)));
    Map<Ref, String> assignment = new LinkedHashMap<>();
    Map<String, SourceFacts> founders = new LinkedHashMap<>();
    // the open developments, as the grouping rule sees them: the founder's facts and date, the
    // union of the texts of the members placed so far
    List<DevelopmentRow> open = new ArrayList<>();
    for (SourceFacts s : ordered) {
      Ref ref = Ref.of(s);
      String kept = firstChanged != null && Report.of(s).compareTo(firstChanged) < 0
          ? current.get(ref) : null;
      String target;
      if (kept != null) {
        target = kept;
        if (kept.equals(idOf(s))) {
          founders.put(kept, s);
          open.add(row(kept, s, s.signature()));
        } else {
          join(open, kept, s);
        }
      } else {
        Optional<DevelopmentRow> match = GroupingRule.bestMatch(s, open);
        if (match.isPresent()) {
          target = match.get().id();
          join(open, target, s);
        } else {
          target = idOf(s);
          founders.put(target, s);
          open.add(row(target, s, s.signature()));
        }
      }
      assignment.put(ref, target);
    }
    return new Result(assignment, founders);
  }

  /** A development is named after its founding report, so every replay finds the same id. */
  static String idOf(SourceFacts s) {
    String seed = String.join("|", s.groupKey()) + "|" + s.articleId() + "|" + s.devIndex();
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256").digest(seed.getBytes(StandardCharsets.UTF_8));
      return "dev-" + HexFormat.of().formatHex(digest, 0, 8);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Later reports compare against the union of the texts so far. */
  private static void join(List<DevelopmentRow> open, String id, SourceFacts s) {
    for (int i = 0; i < open.size(); i++) {
      DevelopmentRow row = open.get(i);
      if (row.id().equals(id)) {
        // a member naming the bill fills a development that had none, so a later report
        // naming another bill is a contradiction (the aggregate fills it the same way)
        open.set(i, new DevelopmentRow(row.id(), row.product(), row.scope(), row.jurisdiction(),
            row.duration(), row.occurredAt(), MinHash.union(row.signature(), s.signature()),
            row.billNumber() != null ? row.billNumber() : BillNames.numberOf(s.development().bill()),
            row.billTitle() != null ? row.billTitle() : BillNames.titleOf(s.development().bill())));
        return;
      }
    }
    // a development founded before the loaded range: closed to the reports placed here
  }

  private static DevelopmentRow row(String id, SourceFacts founder, int[] signature) {
    var d = founder.development();
    return new DevelopmentRow(id, d.product(), d.scope(), d.jurisdiction(), d.duration(),
        founder.occurredAt(), signature, BillNames.numberOf(d.bill()), BillNames.titleOf(d.bill()));
  }
}
