package org.regwatch.query.articles;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.regwatch.events.ArticleDiscovered;
import org.regwatch.events.ArticleRevised;
import org.regwatch.events.Event;
import org.regwatch.events.EventData;
import org.regwatch.events.Topics;
import org.regwatch.query.projection.BatchProjector;

/** Projects article events into the metadata half of the article rows. */
@ApplicationScoped
public class ArticleProjector implements BatchProjector {

  private final ArticleWriter writer;
  private final List<ArticleListener> listeners;

  public ArticleProjector(ArticleWriter writer, Instance<ArticleListener> listeners) {
    this.writer = writer;
    this.listeners = listeners.stream().toList();
  }

  @Override
  public String topic() {
    return Topics.ARTICLES;
  }

  @Override
  public Set<Class<? extends EventData>> accepts() {
    return Set.of(ArticleDiscovered.class, ArticleRevised.class);
  }

  @Override
  public void project(List<Event<?>> events) throws SQLException {
    // PostgreSQL refuses to touch one row twice in a statement: keep the newest version per id
    // (offset order is per-key order; event time breaks nothing since the upsert guards on it).
    Map<String, ArticleVersion> newest = new LinkedHashMap<>();
    for (Event<?> event : events) {
      ArticleVersion v = ArticleVersion.of(event);
      newest.merge(v.articleId(), v, ArticleVersion::newest);
    }
    // only the rows that changed: a replay or a late older version leaves developments alone
    Set<String> changed = writer.upsertArticles(newest.values());
    for (ArticleListener listener : listeners) {
      listener.articlesChanged(changed);
    }
  }
}
