package org.regwatch.query.articles;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads the article read model. Only articles whose article event has arrived are visible: a
 * classification alone has no title or link to show and waits for its article.
 */
@ApplicationScoped
public class ArticleRepository {

  public Optional<ArticleEntity> find(String id) {
    return ArticleEntity.<ArticleEntity>find("id = ?1 and feedId is not null", id)
        .firstResultOptional();
  }

  /** Newest first; fetches {@code limit + 1} rows so the caller knows whether a next page exists. */
  public List<ArticleEntity> list(ArticleFilter f) {
    List<String> where = new ArrayList<>();
    Map<String, Object> params = new HashMap<>();
    where.add("a.feedId is not null");
    f.feed().ifPresent(v -> {
      where.add("a.feedId = :feed");
      params.put("feed", v);
    });
    f.tag().ifPresent(v -> {
      where.add("array_contains(a.tags, :tag)");
      params.put("tag", v);
    });
    f.relevant().ifPresent(v -> {
      where.add("a.relevant = :relevant");
      params.put("relevant", v);
    });
    f.moratorium().ifPresent(v -> {
      where.add("a.moratorium = :moratorium");
      params.put("moratorium", v.json());
    });
    f.legislation().ifPresent(v -> {
      where.add("a.legislation = :legislation");
      params.put("legislation", v.json());
    });
    f.actor().ifPresent(v -> {
      where.add("array_contains(a.actorKeys, :actor)");
      params.put("actor", ArticleWriter.key(v));
    });
    f.publishedFrom().ifPresent(v -> {
      where.add("a.published >= :from");
      params.put("from", v);
    });
    f.publishedTo().ifPresent(v -> {
      where.add("a.published < :to");
      params.put("to", v);
    });
    f.cursor().ifPresent(c -> {
      where.add("(a.sortTime < :cursorTime or (a.sortTime = :cursorTime and a.id < :cursorId))");
      params.put("cursorTime", c.time());
      params.put("cursorId", c.id());
    });
    String query =
        "from ArticleEntity a where " + String.join(" and ", where)
            + " order by a.sortTime desc, a.id desc";
    return ArticleEntity.<ArticleEntity>find(query, params).range(0, f.limit()).list();
  }
}
