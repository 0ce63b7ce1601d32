package org.regwatch.query.developments;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.regwatch.query.articles.ArticleListener;

/**
 * Keeps the development read model in step with the article rows, in the same transaction.
 * For each changed article it recomputes which development each of its reported developments
 * belongs to: a membership stays while its grouping key is unchanged; otherwise the report leaves
 * its old development and joins the best match ({@link GroupingRule}) or opens a new one. Every
 * development touched is then re-aggregated from its sources. State-based, so a replay or a
 * redelivery finds nothing to change and writes nothing.
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
      Map<String, java.time.Instant> touched = new HashMap<>();
      Set<String> complete = new TreeSet<>();
      for (ArticleFacts article : store.completeArticles(c, ids)) {
        complete.add(article.articleId());
        Map<Integer, String> current =
            new HashMap<>(memberships.getOrDefault(article.articleId(), Map.of()));
        for (SourceFacts source : article.sources()) {
          String existing = current.remove(source.devIndex());
          String target = place(c, source, existing, article);
          if (!target.equals(existing)) {
            if (existing != null) {
              store.change(c, existing, article.changedAt(), "source_removed",
                  article.articleId(), null, null, null);
              touched.put(existing, article.changedAt());
            }
            store.change(c, target, article.changedAt(), "source_added", article.articleId(),
                null, null, null);
          }
          store.upsertSource(c, target, source);
          touched.put(target, article.changedAt());
        }
        // developments the article no longer reports
        for (Map.Entry<Integer, String> gone : current.entrySet()) {
          store.deleteSource(c, article.articleId(), gone.getKey());
          store.change(c, gone.getValue(), article.changedAt(), "source_removed",
              article.articleId(), null, null, null);
          touched.put(gone.getValue(), article.changedAt());
        }
      }
      for (Map.Entry<String, java.time.Instant> t : new java.util.TreeMap<>(touched).entrySet()) {
        store.refresh(c, t.getKey(), t.getValue());
      }
      changes.touched(c, touched.keySet());
    }
  }

  /** Where a report belongs: its current development if the key still fits, else best or new. */
  private String place(Connection c, SourceFacts source, String existing, ArticleFacts article)
      throws SQLException {
    if (existing != null) {
      Optional<List<String>> key = store.key(c, existing);
      if (key.isPresent() && key.get().equals(keyOf(source))) {
        return existing;
      }
    }
    Optional<DevelopmentRow> match =
        GroupingRule.bestMatch(source, store.candidates(c, source));
    if (match.isPresent()) {
      return match.get().id();
    }
    String id = newId(source);
    store.create(c, id, source, article.changedAt());
    return id;
  }

  private static List<String> keyOf(SourceFacts s) {
    return List.of(s.development().kind().json(), s.development().status().json(), s.actorKey(),
        s.subjectKey());
  }

  /** Derived from the founding report, so a replay in the same order finds the same ids. */
  private static String newId(SourceFacts s) {
    String seed = String.join("|", keyOf(s)) + "|" + s.articleId() + "|" + s.devIndex();
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256").digest(seed.getBytes(StandardCharsets.UTF_8));
      return "dev-" + java.util.HexFormat.of().formatHex(digest, 0, 8);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
