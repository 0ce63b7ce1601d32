package org.regwatch.query.moratoria;

import io.agroal.api.AgroalDataSource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.jboss.logging.Logger;
import org.regwatch.query.developments.DevelopmentStore;

/**
 * When a moratorium's expected expiry passes without news of an extension or an end, records
 * "expired (unconfirmed)" in its history, once. The clock's state says the same at read time; the
 * history entry is what a subscriber or a reader of the timeline sees. A later article that
 * extends or ends it opens a new development on the same lineage, which confirms or corrects it.
 */
@ApplicationScoped
public class ExpiryWatch {

  private static final Logger LOG = Logger.getLogger(ExpiryWatch.class);

  private final MoratoriumClock clock;
  private final DevelopmentStore store;
  private final AgroalDataSource dataSource;

  public ExpiryWatch(MoratoriumClock clock, DevelopmentStore store, AgroalDataSource dataSource) {
    this.clock = clock;
    this.store = store;
    this.dataSource = dataSource;
  }

  @Scheduled(every = "${regwatch.moratoria.check-every:1h}", delayed = "30s",
      concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
  void check() {
    try {
      int marked = markExpired(LocalDate.now(ZoneOffset.UTC));
      if (marked > 0) {
        LOG.infof("%d moratoria marked expired (unconfirmed)", marked);
      }
    } catch (RuntimeException e) {
      // The next run tries again; a database outage must not kill the scheduler.
      LOG.warnf("moratorium expiry check failed: %s", e.getMessage());
    }
  }

  /** Returns how many moratoria were newly marked. */
  public int markExpired(LocalDate asOf) {
    return QuarkusTransaction.requiringNew().call(() -> {
      int marked = 0;
      try (Connection c = dataSource.getConnection()) {
        store.lock(c);
        for (MoratoriumView m : clock.inForce(asOf)) {
          if (MoratoriumView.EXPIRED_UNCONFIRMED.equals(m.state())
              && !alreadyMarked(c, m.developmentId())) {
            store.change(c, m.developmentId(),
                m.expectedExpiry().atStartOfDay().toInstant(ZoneOffset.UTC),
                "expired_unconfirmed", null, "expectedExpiry", null, m.expectedExpiry().toString());
            marked++;
          }
        }
      }
      return marked;
    });
  }

  private static boolean alreadyMarked(Connection c, String id) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement(
        "SELECT 1 FROM development_change WHERE development_id = ? AND change = 'expired_unconfirmed'")) {
      ps.setString(1, id);
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next();
      }
    }
  }
}
