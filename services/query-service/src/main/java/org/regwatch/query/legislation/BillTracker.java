package org.regwatch.query.legislation;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
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

  private final PerVersion<Bills> bills;

  public BillTracker(ReadModelVersion versions) {
    this.bills = new PerVersion<>(versions, stamp -> group());
  }

  /** Every bill, in page order. */
  public List<TrackedBill> all() {
    return bills.current().value().all();
  }

  /** The bill with this id, if there is one now. */
  public Optional<TrackedBill> byId(String id) {
    return Optional.ofNullable(bills.current().value().byId().get(id));
  }

  /**
   * The id a bill has now, for an id it had earlier (its title alone, or its lineage before an
   * article named it) — empty when the id never was a bill's or now fits more than one.
   */
  public Optional<String> movedTo(String formerId) {
    return Optional.ofNullable(bills.current().value().movedTo().get(formerId));
  }

  /** The bills of one read-model version, by id, with the ids they had before. */
  private record Bills(List<TrackedBill> all, Map<String, TrackedBill> byId,
      Map<String, String> movedTo) {}

  private static Bills group() {
    List<DevelopmentEntity> rows = DevelopmentEntity.list("kind in ('legislation', 'ban')");
    BillIdentity identity = new BillIdentity(rows);
    List<TrackedBill> all = new ArrayList<>(
        Lineage.group(rows, identity::keyOf).stream().map(TrackedBill::of).toList());
    all.sort(ORDER);
    Map<String, TrackedBill> byId = new HashMap<>();
    all.forEach(b -> byId.put(b.id(), b));
    return new Bills(List.copyOf(all), Map.copyOf(byId), formerIds(all, byId, identity));
  }

  private static Map<String, String> formerIds(List<TrackedBill> all,
      Map<String, TrackedBill> byId, BillIdentity identity) {
    Map<String, Set<String>> candidates = new HashMap<>();
    for (TrackedBill bill : all) {
      for (DevelopmentEntity d : bill.lineage().developments()) {
        for (List<String> key : identity.earlierKeysOf(d)) {
          String former = TrackedBill.idOf(key);
          // an id that is a bill now answers as that bill, never as a redirect
          if (!byId.containsKey(former)) {
            candidates.computeIfAbsent(former, k -> new HashSet<>()).add(bill.id());
          }
        }
      }
    }
    Map<String, String> movedTo = new HashMap<>();
    // two bills that both grew out of one unnamed lineage: no single answer, so none
    candidates.forEach((former, now) -> {
      if (now.size() == 1) {
        movedTo.put(former, now.iterator().next());
      }
    });
    return Map.copyOf(movedTo);
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
