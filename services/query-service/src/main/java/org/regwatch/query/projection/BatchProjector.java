package org.regwatch.query.projection;

import java.sql.SQLException;
import java.util.List;
import java.util.Set;
import org.regwatch.events.Event;
import org.regwatch.events.EventData;

/** Applies the decoded events of one topic to the read models. */
public interface BatchProjector {

  /** The topic whose events this projector applies (for metrics, logs and dead letters). */
  String topic();

  /** The payload types that belong on the topic; any other type is a dead letter. */
  Set<Class<? extends EventData>> accepts();

  /**
   * Applies events given in offset order. Runs inside the batch's transaction; must be idempotent,
   * since a batch is redelivered whenever its transaction or its acknowledgement did not happen.
   */
  void project(List<Event<?>> events) throws SQLException;
}
