package org.regwatch.query.developments;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.time.LocalDate;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.regwatch.query.articles.ArticleListener;
import org.regwatch.query.developments.DevelopmentStore.ChangeIntent;

/**
 * Keeps the development read model in step with the article rows, in the same transaction.
 * For the grouping keys a batch touches it places the reports again from the earliest changed one
 * on ({@link Clustering}: a deterministic order over the reports' own facts, so the outcome does
 * not depend on the order events arrived in), then writes only what moved: new developments,
 * sources that joined, left or were re-read, and the history of it. Every development touched is
 * re-aggregated from its sources. State-based, so a replay or a redelivery changes nothing and
 * adds no history.
 *
 * <p>Batched: a whole batch of articles costs a fixed handful of statements (read placements and
 * articles; write developments, sources and history in JDBC batches), the matching runs in memory.
 */
@ApplicationScoped
public class DevelopmentProjector implements ArticleListener {

  private final AgroalDataSource dataSource;
  private final DevelopmentStore store;
  private final DevelopmentChanges changes;
  private final Signatures signatures;

  public DevelopmentProjector(AgroalDataSource dataSource, DevelopmentStore store,
      DevelopmentChanges changes, Signatures signatures) {
    this.dataSource = dataSource;
    this.store = store;
    this.changes = changes;
    this.signatures = signatures;
  }

  @Override
  public void articlesChanged(Set<String> articleIds) throws SQLException {
    recompute(articleIds);
  }

  @Override
  public void classificationsChanged(Set<String> articleIds) throws SQLException {
    recompute(articleIds);
  }

  private void recompute(Set<String> articleIds) throws SQLException {
    if (articleIds.isEmpty()) {
      return;
    }
    try (Connection c = dataSource.getConnection()) {
      store.lock(c);
      Set<String> ids = new TreeSet<>(articleIds);
      List<Placement> before = store.placementsOf(c, ids);
      Set<String> wasPlaced = new TreeSet<>();
      before.forEach(p -> wasPlaced.add(p.articleId()));
      List<ArticleFacts> articles = store.reportingArticles(c, ids, wasPlaced);
      if (articles.isEmpty() && before.isEmpty()) {
        return;
      }
      // what changed, per grouping key: the batch's reports as they read now, and where the
      // batch's articles sat before (a report that left, or changed its key, changes its old key)
      Map<List<String>, Report> firstChanged = new HashMap<>();
      Map<List<String>, Instant> changedAt = new HashMap<>();
      Map<List<String>, LocalDate> lastChanged = new HashMap<>();
      Map<List<String>, List<SourceFacts>> reports = new TreeMap<>(KEY_ORDER);
      for (ArticleFacts article : articles) {
        for (SourceFacts s : article.sources(signatures::of)) {
          reports.computeIfAbsent(s.groupKey(), k -> new ArrayList<>()).add(s);
          changed(firstChanged, changedAt, s.groupKey(), Report.of(s), article.changedAt());
          lastChanged.merge(s.groupKey(), s.occurredAt(), (a, b) -> a.isAfter(b) ? a : b);
        }
      }
      Map<String, Instant> articleTime = new HashMap<>();
      articles.forEach(a -> articleTime.put(a.articleId(), a.changedAt()));
      Instant latest = articles.stream().map(ArticleFacts::changedAt).max(Instant::compareTo)
          .orElseGet(Instant::now);
      for (Placement p : before) {
        changed(firstChanged, changedAt, p.key(), p.report(),
            articleTime.getOrDefault(p.articleId(), latest));
        lastChanged.merge(p.key(), p.occurredAt(), (a, b) -> a.isAfter(b) ? a : b);
      }

      // everything already placed under those keys from (first change − window) to (last change
      // + 2 windows); keys whose placements did not settle by then are read to the end
      Map<List<String>, LocalDate[]> range = new HashMap<>();
      firstChanged.forEach((key, report) -> range.put(key, new LocalDate[] {
          report.occurredAt().minusDays(GroupingRule.WINDOW_DAYS),
          lastChanged.get(key).plusDays(2L * GroupingRule.WINDOW_DAYS)}));
      Map<Clustering.Ref, Placement> current = new HashMap<>();
      before.forEach(p -> current.put(new Clustering.Ref(p.articleId(), p.devIndex()), p));
      Set<Clustering.Ref> partial = new HashSet<>();
      Map<List<String>, List<SourceFacts>> loaded = load(c, range, ids, current, partial);
      Map<List<String>, Clustering.Result> results = new HashMap<>();
      Map<List<String>, LocalDate[]> unsettled = new HashMap<>();
      for (Map.Entry<List<String>, LocalDate[]> r : range.entrySet()) {
        List<String> key = r.getKey();
        List<SourceFacts> all = new ArrayList<>(reports.getOrDefault(key, List.of()));
        all.addAll(loaded.getOrDefault(key, List.of()));
        reports.put(key, all);
        Clustering.Result result = Clustering.place(all, placedIn(current, key),
            firstChanged.get(key));
        results.put(key, result);
        if (!settled(all, result, current, r.getValue()[1])) {
          unsettled.put(key, new LocalDate[] {r.getValue()[0], LocalDate.of(9999, 12, 31)});
        }
      }
      if (!unsettled.isEmpty()) {
        Map<List<String>, List<SourceFacts>> more = load(c, unsettled, ids, current, partial);
        for (List<String> key : unsettled.keySet()) {
          List<SourceFacts> all = new ArrayList<>(reports.get(key));
          all.addAll(more.getOrDefault(key, List.of()));
          reports.put(key, all);
          results.put(key, Clustering.place(all, placedIn(current, key), firstChanged.get(key)));
        }
      }
      Set<String> existing = new HashSet<>();
      current.values().forEach(p -> existing.add(p.developmentId()));

      Map<String, SourceFacts> founders = new LinkedHashMap<>();
      Map<String, Instant> foundedAt = new HashMap<>();
      List<Map.Entry<String, SourceFacts>> placed = new ArrayList<>();
      List<ChangeIntent> history = new ArrayList<>();
      Map<String, Instant> touched = new TreeMap<>();
      Map<String, String> successor = new TreeMap<>();
      Set<String> stillThere = new HashSet<>();

      for (Map.Entry<List<String>, List<SourceFacts>> group : reports.entrySet()) {
        List<String> key = group.getKey();
        Instant at = changedAt.get(key);
        Clustering.Result result = results.get(key);
        stillThere.addAll(result.assignment().values());
        for (Map.Entry<String, SourceFacts> f : result.founders().entrySet()) {
          SourceFacts founder = f.getValue();
          if (!existing.contains(f.getKey())) {
            founders.put(f.getKey(), founder);
            foundedAt.put(f.getKey(), at);
            history.add(new ChangeIntent(f.getKey(), at, "opened", founder.articleId(), null,
                null, null));
          } else if (ids.contains(founder.articleId())) {
            founders.put(f.getKey(), founder); // re-read: its facts may have changed
            foundedAt.put(f.getKey(), at);
          }
        }
        for (SourceFacts s : group.getValue()) {
          Clustering.Ref ref = Clustering.Ref.of(s);
          String target = result.assignment().get(ref);
          Placement was = current.remove(ref);
          String old = was == null ? null : was.developmentId();
          boolean reread = ids.contains(s.articleId());
          if (!target.equals(old)) {
            if (old != null) {
              history.add(new ChangeIntent(old, at, "source_removed", s.articleId(), null, null,
                  null));
              touched.put(old, at);
              if (was.key().equals(key)) {
                successor.putIfAbsent(old, target);
              }
            }
            history.add(new ChangeIntent(target, at, "source_added", s.articleId(), null, null,
                null));
          }
          if (reread || !target.equals(old)) {
            placed.add(Map.entry(target, s));
            touched.put(target, at);
          }
        }
      }
      // reports no article makes any more (or left for another key, placed above)
      List<Map.Entry<String, Integer>> removed = new ArrayList<>();
      for (Placement gone : before) {
        Clustering.Ref ref = new Clustering.Ref(gone.articleId(), gone.devIndex());
        if (current.remove(ref) != null) {
          Instant at = changedAt.get(gone.key());
          removed.add(Map.entry(gone.articleId(), gone.devIndex()));
          history.add(new ChangeIntent(gone.developmentId(), at, "source_removed",
              gone.articleId(), null, null, null));
          touched.put(gone.developmentId(), at);
        }
      }
      // a development whose reports all went to another one (an earlier report re-founded it)
      successor.forEach((old, next) -> {
        if (!stillThere.contains(old)) {
          history.add(new ChangeIntent(old, touched.get(old), "merged", null, "developmentId",
              old, next));
        }
      });

      // a report read from its source row (around the batch's) that moved keeps its row's facts
      List<Map.Entry<String, SourceFacts>> moved = new ArrayList<>();
      placed.removeIf(e -> partial.contains(Clustering.Ref.of(e.getValue())) && moved.add(e));
      store.createAll(c, founders, foundedAt);
      store.deleteSources(c, removed);
      store.upsertSources(c, placed);
      store.moveSources(c, moved);
      history.addAll(store.refreshAll(c, touched));
      store.insertChanges(c, history);
      changes.touched(c, touched.keySet());
    }
  }

  /**
   * Reads the reports placed under these keys within these date ranges (other articles than the
   * batch's, whose current facts the caller has): their placements go into {@code current}, their
   * facts are returned per key. The facts come from the source rows themselves (see {@link
   * DevelopmentStore#placementsFrom}); such a report, which lacks its evidence, is remembered in
   * {@code partial}: if it moves, only its row's development changes ({@link
   * DevelopmentStore#moveSources}). Only a source row the V25 migration could not fill sends its
   * article to the article tables.
   */
  private Map<List<String>, List<SourceFacts>> load(Connection c,
      Map<List<String>, LocalDate[]> range, Set<String> batch,
      Map<Clustering.Ref, Placement> current, Set<Clustering.Ref> partial) throws SQLException {
    Map<Clustering.Ref, Placement> found = new HashMap<>();
    Map<List<String>, List<SourceFacts>> out = new HashMap<>();
    Set<String> others = new TreeSet<>();
    for (DevelopmentStore.Placed placed : store.placementsFrom(c, range)) {
      Placement p = placed.placement();
      Clustering.Ref ref = new Clustering.Ref(p.articleId(), p.devIndex());
      if (!batch.contains(p.articleId()) && !current.containsKey(ref)
          && !found.containsKey(ref)) {
        found.put(ref, p);
        if (placed.facts() != null) {
          out.computeIfAbsent(p.key(), k -> new ArrayList<>()).add(placed.facts());
          partial.add(ref);
        } else {
          others.add(p.articleId());
        }
      }
    }
    current.putAll(found);
    if (!others.isEmpty()) {
      for (ArticleFacts article : store.completeArticles(c, others)) {
        for (SourceFacts s : article.sources(signatures::of)) {
          Clustering.Ref ref = Clustering.Ref.of(s);
          Placement p = found.get(ref);
          if (p != null && !partial.contains(ref) && p.key().equals(s.groupKey())) {
            out.computeIfAbsent(s.groupKey(), k -> new ArrayList<>()).add(s);
          }
        }
      }
    }
    return out;
  }

  private static Map<Clustering.Ref, String> placedIn(Map<Clustering.Ref, Placement> current,
      List<String> key) {
    Map<Clustering.Ref, String> out = new HashMap<>();
    current.forEach((ref, p) -> {
      if (p.key().equals(key)) {
        out.put(ref, p.developmentId());
      }
    });
    return out;
  }

  /**
   * True when every report of the last window before {@code until} kept its development: then
   * the developments open to later reports are exactly the ones they were placed against, and
   * reports after {@code until} would be placed where they already are.
   */
  private static boolean settled(List<SourceFacts> reports, Clustering.Result result,
      Map<Clustering.Ref, Placement> current, LocalDate until) {
    LocalDate windowStart = until.minusDays(GroupingRule.WINDOW_DAYS);
    for (SourceFacts s : reports) {
      if (!s.occurredAt().isBefore(windowStart)) {
        Clustering.Ref ref = Clustering.Ref.of(s);
        Placement was = current.get(ref);
        if (was == null || !was.developmentId().equals(result.assignment().get(ref))) {
          return false;
        }
      }
    }
    return true;
  }

  private static final Comparator<List<String>> KEY_ORDER =
      Comparator.comparing(k -> String.join("\u0000", k));

  /** Keeps the earliest changed report and the latest change time of each key. */
  private static void changed(Map<List<String>, Report> first, Map<List<String>, Instant> at,
      List<String> key, Report report, Instant when) {
    first.merge(key, report, (a, b) -> a.compareTo(b) <= 0 ? a : b);
    at.merge(key, when, (a, b) -> a.isAfter(b) ? a : b);
  }
}
