package org.regwatch.query.developments;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.regwatch.query.articles.ArticleListener;
import org.regwatch.query.developments.DevelopmentStore.ChangeIntent;

/**
 * Keeps the development read model in step with the article rows, in the same transaction.
 * For each changed article it recomputes which development each of its reported developments
 * belongs to: a membership stays while its grouping key is unchanged; otherwise the report leaves
 * its old development and joins the best match ({@link GroupingRule}) or opens a new one. Every
 * development touched is then re-aggregated from its sources. State-based, so a replay or a
 * redelivery changes nothing and adds no history.
 *
 * <p>Batched: a whole batch of articles costs a fixed handful of statements (read memberships,
 * articles, keys and the candidate pool; write sources, developments and history in JDBC
 * batches), the matching itself runs in memory.
 */
@ApplicationScoped
public class DevelopmentProjector implements ArticleListener {

  private final AgroalDataSource dataSource;
  private final DevelopmentStore store;
  private final DevelopmentChanges changes;

  public DevelopmentProjector(AgroalDataSource dataSource, DevelopmentStore store,
      DevelopmentChanges changes) {
    this.dataSource = dataSource;
    this.store = store;
    this.changes = changes;
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
      Map<String, Map<Integer, String>> memberships = store.memberships(c, ids);
      List<ArticleFacts> articles = store.completeArticles(c, ids);
      if (articles.isEmpty() && memberships.isEmpty()) {
        return;
      }
      Set<String> existingIds = new TreeSet<>();
      memberships.values().forEach(m -> existingIds.addAll(m.values()));
      Map<String, List<String>> keys = store.keys(c, existingIds);
      List<SourceFacts> all = articles.stream().flatMap(a -> a.sources().stream()).toList();
      Map<List<String>, List<DevelopmentRow>> pool = store.pool(c, all);

      Map<String, SourceFacts> created = new LinkedHashMap<>();
      Map<String, Instant> createdAt = new HashMap<>();
      List<Map.Entry<String, SourceFacts>> placed = new ArrayList<>();
      List<Map.Entry<String, Integer>> removed = new ArrayList<>();
      List<ChangeIntent> history = new ArrayList<>();
      Map<String, Instant> touched = new TreeMap<>();

      for (ArticleFacts article : articles) {
        Instant at = article.changedAt();
        Map<Integer, String> current =
            new HashMap<>(memberships.getOrDefault(article.articleId(), Map.of()));
        for (SourceFacts source : article.sources()) {
          List<String> key = keyOf(source);
          String existing = current.remove(source.devIndex());
          String target;
          if (existing != null && key.equals(keys.get(existing))) {
            target = existing;
          } else {
            List<DevelopmentRow> candidates = pool.computeIfAbsent(key, k -> new ArrayList<>());
            Optional<DevelopmentRow> match = GroupingRule.bestMatch(source, candidates);
            if (match.isPresent()) {
              target = match.get().id();
              // later reports in this batch compare against the union of the texts so far
              DevelopmentRow row = match.get();
              candidates.set(candidates.indexOf(row), new DevelopmentRow(row.id(), row.product(),
                  row.scope(), row.jurisdiction(), row.duration(), row.occurredAt(),
                  MinHash.union(row.signature(), source.signature())));
            } else {
              target = newId(source);
              org.regwatch.events.Development d = source.development();
              candidates.add(new DevelopmentRow(target, d.product(), d.scope(), d.jurisdiction(),
                  d.duration(), source.occurredAt(), source.signature()));
              created.put(target, source);
              createdAt.put(target, at);
              keys.put(target, key);
              history.add(new ChangeIntent(target, at, "opened", source.articleId(), null, null,
                  null));
            }
            if (existing != null) {
              history.add(new ChangeIntent(existing, at, "source_removed", article.articleId(),
                  null, null, null));
              touched.put(existing, at);
            }
            history.add(new ChangeIntent(target, at, "source_added", article.articleId(), null,
                null, null));
          }
          placed.add(Map.entry(target, source));
          touched.put(target, at);
        }
        // developments the article no longer reports
        for (Map.Entry<Integer, String> gone : new TreeMap<>(current).entrySet()) {
          removed.add(Map.entry(article.articleId(), gone.getKey()));
          history.add(new ChangeIntent(gone.getValue(), at, "source_removed", article.articleId(),
              null, null, null));
          touched.put(gone.getValue(), at);
        }
      }

      store.createAll(c, created, createdAt);
      store.deleteSources(c, removed);
      store.upsertSources(c, placed);
      history.addAll(store.refreshAll(c, touched));
      store.insertChanges(c, history);
      changes.touched(c, touched.keySet());
    }
  }

  private static List<String> keyOf(SourceFacts s) {
    return List.of(s.development().kind().json(), s.development().status().json(), s.actorKey(),
        s.subjectKey());
  }

  /** Derived from the founding report, so a replay in the same order finds the same ids. */
  private static String newId(SourceFacts s) {
    String seed = String.join("|", keyOf(s)) + "|" + s.articleId() + "|" + s.devIndex();
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256").digest(seed.getBytes(StandardCharsets.UTF_8));
      return "dev-" + HexFormat.of().formatHex(digest, 0, 8);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

}
