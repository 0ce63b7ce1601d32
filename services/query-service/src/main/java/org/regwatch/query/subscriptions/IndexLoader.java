package org.regwatch.query.subscriptions;

import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.sql.SQLException;
import org.jboss.logging.Logger;
import org.regwatch.query.webhooks.SubscriptionIndex;

/** Fills the matcher's index from the table before the projection starts matching changes. */
@ApplicationScoped
public class IndexLoader {

  private static final Logger LOG = Logger.getLogger(IndexLoader.class);

  void load(@Observes @Priority(1) StartupEvent event, SubscriptionStore store,
      SubscriptionIndex index) throws SQLException {
    index.load(store.activeEntries());
    LOG.infof("subscription index loaded: %d active subscriptions", index.size());
  }
}
