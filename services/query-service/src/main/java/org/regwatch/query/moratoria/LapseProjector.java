package org.regwatch.query.moratoria;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.regwatch.events.Event;
import org.regwatch.events.EventData;
import org.regwatch.events.MoratoriumExpiryLapsed;
import org.regwatch.events.Topics;
import org.regwatch.query.developments.DevelopmentChanges;
import org.regwatch.query.developments.DevelopmentStore;
import org.regwatch.query.projection.BatchProjector;

/**
 * Reads lapse events back into the read model, in the projection's transaction: records the lapse,
 * writes {@code expired_unconfirmed} into the development's history, moves its version on, and
 * announces the change (live stream and webhook outbox) — so subscribers learn of a lapse the same
 * way as of any other change. A lapse seen before (same development and expiry) does nothing.
 */
@ApplicationScoped
public class LapseProjector implements BatchProjector {

  static final String CHANGE = "expired_unconfirmed";

  private final AgroalDataSource dataSource;
  private final DevelopmentStore store;
  private final DevelopmentChanges changes;

  public LapseProjector(AgroalDataSource dataSource, DevelopmentStore store,
      DevelopmentChanges changes) {
    this.dataSource = dataSource;
    this.store = store;
    this.changes = changes;
  }

  @Override
  public String topic() {
    return Topics.DEVELOPMENTS;
  }

  @Override
  public Set<Class<? extends EventData>> accepts() {
    return Set.of(MoratoriumExpiryLapsed.class);
  }

  @Override
  public void project(List<Event<?>> events) throws SQLException {
    Set<String> touched = new LinkedHashSet<>();
    try (Connection c = dataSource.getConnection()) {
      // The grouping numbers history entries under this lock too: no two writers race on seq.
      store.lock(c);
      for (Event<?> event : events) {
        MoratoriumExpiryLapsed lapse = (MoratoriumExpiryLapsed) event.data();
        if (record(c, event, lapse) && markDevelopment(c, event, lapse)) {
          touched.add(lapse.developmentId());
        }
      }
      changes.touched(c, touched);
    }
  }

  private static boolean record(Connection c, Event<?> event, MoratoriumExpiryLapsed lapse)
      throws SQLException {
    try (PreparedStatement ps = c.prepareStatement(
        "INSERT INTO moratorium_lapse (development_id, expected_expiry, event_id, lapsed_at)"
            + " VALUES (?, ?, ?, ?) ON CONFLICT DO NOTHING")) {
      ps.setString(1, lapse.developmentId());
      ps.setDate(2, Date.valueOf(lapse.expectedExpiry()));
      ps.setString(3, event.id());
      ps.setTimestamp(4, Timestamp.from(event.time()));
      return ps.executeUpdate() == 1;
    }
  }

  /**
   * History and version of the development, when it (still) exists; a lapse of a development that
   * lost all its sources stays recorded but announces nothing.
   */
  private boolean markDevelopment(Connection c, Event<?> event, MoratoriumExpiryLapsed lapse)
      throws SQLException {
    try (PreparedStatement ps = c.prepareStatement(
        "UPDATE development SET version = version + 1, updated_at = ? WHERE development_id = ?")) {
      ps.setTimestamp(1, Timestamp.from(event.time()));
      ps.setString(2, lapse.developmentId());
      if (ps.executeUpdate() == 0) {
        return false;
      }
    }
    store.change(c, lapse.developmentId(), event.time(), CHANGE, null, "expectedExpiry", null,
        lapse.expectedExpiry().toString());
    return true;
  }
}
