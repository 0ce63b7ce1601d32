package org.regwatch.query.developments;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.regwatch.query.api.Keyed;
import org.regwatch.query.api.KeysetReader;
import org.regwatch.query.api.SortKey;
import org.regwatch.query.api.Sorts;
import org.regwatch.query.api.SqlQuery;

/** Reads developments: filtered, searched through their sources, sorted, keyset-paginated. */
@ApplicationScoped
public class DevelopmentRepository {

  private static final SortKey RECENT =
      SortKey.descending("-occurredAt", "d.occurred_at", "date");

  public static final Sorts SORTS = new Sorts(List.of(
      RECENT,
      SortKey.ascending("occurredAt", "d.occurred_at", "date"),
      SortKey.descending("-knownAt", "d.known_at", "timestamptz"),
      SortKey.ascending("knownAt", "d.known_at", "timestamptz"),
      SortKey.relevance("m.rank")),
      RECENT);

  /**
   * A development matches a search when one of its sources does (title and text of the article,
   * which contain the evidence quotes); its relevance is its best source's. Starting from the
   * matching articles lets the GIN index do the work.
   */
  private static final String SEARCHED = "development d join ("
      + "select s.development_id, max(ts_rank(a.search, q.query)) as rank"
      + " from (select websearch_to_tsquery('english', :q) as query) q"
      + " join article_search a on a.search @@ q.query"
      + " join development_source s on s.article_id = a.article_id"
      + " group by s.development_id) m on m.development_id = d.development_id";

  private final KeysetReader reader;

  public DevelopmentRepository(KeysetReader reader) {
    this.reader = reader;
  }

  public Optional<DevelopmentEntity> find(String id) {
    return DevelopmentEntity.findByIdOptional(id);
  }

  public List<DevelopmentSourceEntity> sources(String id) {
    return DevelopmentSourceEntity.list(
        "developmentId = ?1 order by firstSeenAt, articleId, devIndex", id);
  }

  public List<DevelopmentChangeEntity> history(String id) {
    return DevelopmentChangeEntity.list("developmentId = ?1 order by seq", id);
  }

  /** Fetches one row more than the page so the caller knows whether a next page exists. */
  public List<Keyed<DevelopmentEntity>> list(DevelopmentFilter f) {
    SqlQuery query = f.page().q()
        .map(q -> new SqlQuery(SEARCHED, "d.development_id").param("q", q))
        .orElseGet(() -> new SqlQuery("development d", "d.development_id"))
        .where("exists (select 1 from development_source s"
            + " where s.development_id = d.development_id and s.article_id = :article)",
            "article", f.article())
        .where("d.actor_key = :actor", "actor", f.actor().map(DevelopmentRepository::key))
        .where("d.kind = :kind", "kind", f.kind().map(v -> v.json()))
        .where("d.status = :status", "status", f.status().map(v -> v.json()))
        .where("(d.subject_key = :subject or lower(d.product) = :subject)", "subject",
            f.subject().map(DevelopmentRepository::key))
        .where("lower(d.scope) = :scope", "scope", f.scope().map(DevelopmentRepository::key))
        .where("lower(d.jurisdiction) = :jurisdiction", "jurisdiction",
            f.jurisdiction().map(DevelopmentRepository::key))
        .where("d.occurred_at >= :from", "from", f.occurredFrom())
        .where("d.occurred_at <= :to", "to", f.occurredTo());
    return reader.read(query, f.page().sort(), f.page().cursor(), f.page().fetch(),
        DevelopmentRepository::load);
  }

  private static String key(String value) {
    return value.trim().toLowerCase(Locale.ROOT);
  }

  private static Map<String, DevelopmentEntity> load(List<String> ids) {
    if (ids.isEmpty()) {
      return Map.of();
    }
    return DevelopmentEntity.<DevelopmentEntity>list("id in ?1", ids).stream()
        .collect(Collectors.toMap(d -> d.id, Function.identity()));
  }
}
