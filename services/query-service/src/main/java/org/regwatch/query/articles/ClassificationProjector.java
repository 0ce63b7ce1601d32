package org.regwatch.query.articles;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.regwatch.events.ArticleClassified;
import org.regwatch.events.Event;
import org.regwatch.events.EventData;
import org.regwatch.events.Topics;
import org.regwatch.query.projection.BatchProjector;

/** Projects classifications into the labels half of the article rows. */
@ApplicationScoped
public class ClassificationProjector implements BatchProjector {

  private final ArticleWriter writer;
  private final List<ArticleListener> listeners;

  public ClassificationProjector(ArticleWriter writer, Instance<ArticleListener> listeners) {
    this.writer = writer;
    this.listeners = listeners.stream().toList();
  }

  @Override
  public String topic() {
    return Topics.CLASSIFICATIONS;
  }

  @Override
  public Set<Class<? extends EventData>> accepts() {
    return Set.of(ArticleClassified.class);
  }

  @Override
  @SuppressWarnings("unchecked")
  public void project(List<Event<?>> events) throws SQLException {
    // One row per article per statement: keep the winner within the batch; the upsert's guard
    // then compares it with what is stored.
    Map<String, ClassificationVersion> winners = new LinkedHashMap<>();
    for (Event<?> event : events) {
      ClassificationVersion v = ClassificationVersion.of((Event<ArticleClassified>) event);
      winners.merge(v.data().articleId(), v, (old, neu) -> neu.supersedes(old) ? neu : old);
    }
    // only the rows that changed: a replay or a losing older rule pack leaves developments alone,
    // and so does a first classification that reports no development (never grouped, nothing to
    // group: see ArticleWriter.ClassificationsWritten)
    Set<String> toGroup = writer.upsertClassifications(winners.values()).toGroup();
    for (ArticleListener listener : listeners) {
      listener.classificationsChanged(toGroup);
    }
  }
}
