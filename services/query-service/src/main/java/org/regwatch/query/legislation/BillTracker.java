package org.regwatch.query.legislation;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.regwatch.query.developments.DevelopmentEntity;
import org.regwatch.query.developments.DevelopmentSourceEntity;
import org.regwatch.query.readmodel.PerVersion;
import org.regwatch.query.readmodel.ReadModelVersion;
import org.regwatch.query.statusboard.Lineage;

/**
 * Groups the legislative developments into bills ({@link BillIdentity}) when asked, like the
 * other lineage views: computed from the development read model, so it cannot drift from it and
 * a rebuild needs nothing of its own. The grouping reads every legislative development, so it is
 * done once per read-model version ({@link PerVersion}), not per request; the sources of a page are
 * read per request (one query for the page).
 */
@ApplicationScoped
public class BillTracker {

  /** Most recently moved first (latest stage's date), then id, both descending: the page order. */
  static final Comparator<TrackedBill> ORDER = Comparator.comparing(TrackedBill::since)
      .thenComparing(TrackedBill::id).reversed();

  private final PerVersion<List<TrackedBill>> bills;

  public BillTracker(ReadModelVersion versions) {
    this.bills = new PerVersion<>(versions, stamp -> group());
  }

  /** Every bill, in page order. */
  public List<TrackedBill> all() {
    return bills.current().value();
  }

  private static List<TrackedBill> group() {
    List<DevelopmentEntity> rows = DevelopmentEntity.list("kind in ('legislation', 'ban')");
    BillIdentity identity = new BillIdentity(rows);
    List<TrackedBill> all = new ArrayList<>(
        Lineage.group(rows, identity::keyOf).stream().map(TrackedBill::of).toList());
    all.sort(ORDER);
    return List.copyOf(all);
  }

  /** The views of these bills, with the articles behind each stage (one query for all). */
  public List<BillView> views(List<TrackedBill> bills) {
    List<String> ids = bills.stream()
        .flatMap(b -> b.lineage().developments().stream().map(d -> d.id)).toList();
    Map<String, List<BillView.Source>> sources = new HashMap<>();
    if (!ids.isEmpty()) {
      List<DevelopmentSourceEntity> rows = DevelopmentSourceEntity.list(
          "developmentId in ?1 order by occurredAt, articleId, devIndex", ids);
      rows.forEach(s -> sources.computeIfAbsent(s.developmentId, k -> new ArrayList<>())
          .add(new BillView.Source(s.articleId, s.url, s.title, s.published)));
    }
    return bills.stream().map(b -> view(b, sources)).toList();
  }

  private static BillView view(TrackedBill bill, Map<String, List<BillView.Source>> sources) {
    DevelopmentEntity first = bill.lineage().developments().get(0);
    DevelopmentEntity latest = bill.latest();
    return new BillView(bill.id(), bill.number(), bill.title(), latest.jurisdiction,
        bill.identifiedBy(), first.actor, latest.technology, latest.scope, bill.stage(),
        bill.since(),
        bill.lineage().developments().stream()
            .map(d -> new BillView.Stage(d.status, d.kind, d.occurredAt, d.id, d.title,
                d.sourceCount, sources.getOrDefault(d.id, List.of())))
            .toList());
  }
}
