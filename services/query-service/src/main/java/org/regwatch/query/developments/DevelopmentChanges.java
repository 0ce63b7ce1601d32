package org.regwatch.query.developments;

import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.operators.multi.processors.BroadcastProcessor;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.regwatch.query.projection.AfterCommit;
import org.regwatch.query.rebuild.Rebuilder;
import org.regwatch.query.webhooks.AlertOutbox;

/**
 * Announces developments changed by a projection transaction to whoever follows them live (the
 * SSE stream), once that transaction has committed: a rolled-back batch announces nothing. The
 * notices are read inside the transaction (so they show what commits) and held until then.
 */
@ApplicationScoped
public class DevelopmentChanges {

  private final BroadcastProcessor<DevelopmentChange> processor = BroadcastProcessor.create();
  private final TransactionSynchronizationRegistry registry;
  private final AlertOutbox alertOutbox;

  public DevelopmentChanges(TransactionSynchronizationRegistry registry, AlertOutbox alertOutbox) {
    this.registry = registry;
    this.alertOutbox = alertOutbox;
  }

  /** Live notices; each subscriber drops what it cannot keep up with rather than slow the rest. */
  public Multi<DevelopmentChange> stream() {
    return processor.onOverflow().drop();
  }

  public void touched(Connection c, Set<String> developmentIds) throws SQLException {
    // a rebuild replays history: nobody follows it live, and no subscriber is alerted twice
    if (developmentIds.isEmpty() || registry.getResource(Rebuilder.REPLAYING) != null) {
      return;
    }
    List<DevelopmentChange> notices = new ArrayList<>();
    Set<String> found = new HashSet<>();
    try (PreparedStatement ps = c.prepareStatement(
        "SELECT development_id, kind, status, actor, technology, product, scope, jurisdiction,"
            + " occurred_at, source_count, version FROM development"
            + " WHERE development_id = ANY(?) ORDER BY development_id")) {
      ps.setArray(1, c.createArrayOf("varchar", developmentIds.toArray()));
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          found.add(rs.getString(1));
          Date occurred = rs.getDate(9);
          notices.add(new DevelopmentChange(rs.getString(1), "updated", rs.getString(2),
              rs.getString(3), rs.getString(4), rs.getString(5), rs.getString(6),
              rs.getString(7), rs.getString(8), occurred == null ? null : occurred.toLocalDate(),
              rs.getInt(10), rs.getInt(11)));
        }
      }
    }
    developmentIds.stream().filter(id -> !found.contains(id)).sorted().forEach(id ->
        notices.add(new DevelopmentChange(id, "removed", null, null, null, null, null, null, null,
            null, null, null)));
    // webhook alerts commit with this transaction or not at all (issue 6)
    alertOutbox.record(c, notices);
    AfterCommit.run(registry, () -> {
      synchronized (processor) {
        notices.forEach(processor::onNext);
      }
    });
  }
}
