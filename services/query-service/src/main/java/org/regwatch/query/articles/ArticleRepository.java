package org.regwatch.query.articles;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.regwatch.query.api.Keyed;
import org.regwatch.query.api.KeysetReader;
import org.regwatch.query.api.SortKey;
import org.regwatch.query.api.Sorts;
import org.regwatch.query.api.SqlQuery;

/**
 * Reads the article read model. Only articles whose article event has arrived are visible: a
 * classification alone has no title or link to show and waits for its article.
 */
@ApplicationScoped
public class ArticleRepository {

  private static final SortKey NEWEST = SortKey.descending("-published", "a.sort_time", "timestamptz");

  /** "published" is the publication time, else when we first saw the article. */
  public static final Sorts SORTS = new Sorts(List.of(
      NEWEST,
      SortKey.ascending("published", "a.sort_time", "timestamptz"),
      SortKey.ascending("firstSeen", "a.first_seen_at", "timestamptz"),
      SortKey.descending("-firstSeen", "a.first_seen_at", "timestamptz"),
      SortKey.relevance("ts_rank(t.search, q.query)")),
      NEWEST);

  private final KeysetReader reader;

  public ArticleRepository(KeysetReader reader) {
    this.reader = reader;
  }

  public Optional<ArticleEntity> find(String id) {
    return ArticleEntity.<ArticleEntity>find("id = ?1 and feedId is not null", id)
        .firstResultOptional();
  }

  /** Fetches one row more than the page so the caller knows whether a next page exists. */
  public List<Keyed<ArticleEntity>> list(ArticleFilter f) {
    // the classification half is its own table (V24); an article not classified yet is listed
    // unless a classification filter asks for something it does not have
    String articles = "article a left join article_classification c on c.article_id = a.article_id";
    SqlQuery query = f.page().q()
        .map(q -> new SqlQuery(articles
                + " join article_search t on t.article_id = a.article_id"
                + " cross join (select websearch_to_tsquery('english', :q) as query) q",
            "a.article_id").param("q", q).where("t.search @@ q.query"))
        .orElseGet(() -> new SqlQuery(articles, "a.article_id"))
        .where("a.feed_id is not null")
        .where("a.feed_id = :feed", "feed", f.feed())
        .where("a.tags @> cast(array[:tag] as varchar[])", "tag", f.tag())
        .where("c.relevant = :relevant", "relevant", f.relevant())
        .where("c.moratorium = :moratorium", "moratorium", f.moratorium().map(v -> v.json()))
        .where("c.legislation = :legislation", "legislation",
            f.legislation().map(v -> v.json()))
        // the first condition lets the planner use the partial GIN index (only non-empty keys)
        .where("c.actor_keys <> '{}' and c.actor_keys @> cast(array[:actor] as varchar[])",
            "actor", f.actor().map(ArticleWriter::key))
        .where("a.published >= :from", "from", f.publishedFrom())
        .where("a.published < :to", "to", f.publishedTo());
    return reader.read(query, f.page().sort(), f.page().cursor(), f.page().fetch(),
        ArticleRepository::load);
  }

  private static Map<String, ArticleEntity> load(List<String> ids) {
    if (ids.isEmpty()) {
      return Map.of();
    }
    return ArticleEntity.<ArticleEntity>list("id in ?1", ids).stream()
        .collect(Collectors.toMap(a -> a.id, Function.identity()));
  }
}
