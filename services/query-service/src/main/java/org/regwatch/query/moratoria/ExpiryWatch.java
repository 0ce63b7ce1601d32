package org.regwatch.query.moratoria;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jboss.logging.Logger;
import org.regwatch.events.DevelopmentStatus;
import org.regwatch.events.MoratoriumExpiryLapsed;

/**
 * When a moratorium's expected expiry passes without news of an extension or an end, emits an
 * {@code org.regwatch.moratorium.expiry-lapsed} event — a time-based fact the service states
 * itself — and leaves it to {@link LapseProjector} to read it back into the read model, like any
 * other event. A later article that extends or ends the moratorium opens a newer development on
 * the same lineage, which confirms or corrects the lapse.
 *
 * <p>Emission is at least once: a lapse already read back is not emitted again, and one emitted
 * but not yet read back (say, just before a restart) may be, with the same event id, which the
 * projector ignores.
 */
@ApplicationScoped
public class ExpiryWatch {

  private static final Logger LOG = Logger.getLogger(ExpiryWatch.class);

  private final MoratoriumClock moratoria;
  private final Lapses lapses;
  private final LapsePublisher publisher;
  private final Clock clock;

  public ExpiryWatch(MoratoriumClock moratoria, Lapses lapses, LapsePublisher publisher,
      Clock clock) {
    this.moratoria = moratoria;
    this.lapses = lapses;
    this.publisher = publisher;
    this.clock = clock;
  }

  @Scheduled(every = "${regwatch.moratoria.check-every:1h}", delayed = "30s",
      concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
  void check() {
    try {
      int emitted = emitLapses();
      if (emitted > 0) {
        LOG.infof("%d moratoria lapsed: expired (unconfirmed)", emitted);
      }
    } catch (RuntimeException e) {
      // The next run tries again; a database or broker outage must not kill the scheduler.
      LOG.warnf("moratorium expiry check failed: %s", e.getMessage());
    }
  }

  /** Emits a lapse for every moratorium expired as of today (the clock's); returns how many. */
  public int emitLapses() {
    List<MoratoriumExpiryLapsed> due = QuarkusTransaction.requiringNew().call(this::due);
    // Outside the transaction: no connection is held while waiting for the broker.
    due.forEach(lapse -> publisher.publish(LapsePublisher.event(lapse)));
    return due.size();
  }

  private List<MoratoriumExpiryLapsed> due() {
    List<MoratoriumView> expired = moratoria.inForce(LocalDate.now(clock)).stream()
        .filter(m -> MoratoriumView.EXPIRED_UNCONFIRMED.equals(m.state()))
        .toList();
    Set<Lapses.Lapse> recorded =
        lapses.of(expired.stream().map(MoratoriumView::developmentId).toList());
    return expired.stream()
        .filter(m -> !recorded.contains(new Lapses.Lapse(m.developmentId(), m.expectedExpiry())))
        .map(m -> MoratoriumExpiryLapsed.of(m.developmentId(),
            DevelopmentStatus.valueOf(m.status().toUpperCase(Locale.ROOT)), m.actor(),
            m.subject(), m.product(), m.scope(), m.duration(), m.since(), m.expectedExpiry()))
        .toList();
  }
}
