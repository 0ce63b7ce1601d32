package org.regwatch.query.moratoria;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.regwatch.query.developments.DevelopmentEntity;
import org.regwatch.query.readmodel.ReadModelVersion;
import org.regwatch.query.statusboard.Lineage;
import org.regwatch.query.statusboard.LineageSnapshot;
import org.regwatch.query.statusboard.Lineages;

/**
 * The moratoria in force on a given day: per actor × subject × scope, the latest moratorium
 * development that had occurred by then, when it is announced or extended and no later exit or
 * enacted ban replaced it ({@link Lineage#pauseInForce}). An extension replaces the clock of the
 * announcement; an end stops it; a development of another kind (a policy, an enforcement) does not. Worked out from the cached lineages of the current
 * read-model version ({@link Lineages}): any day is a walk over the few lineages that hold a
 * moratorium at all, without reading the development table again.
 */
@ApplicationScoped
public class MoratoriumClock {

  private final Lineages lineages;

  public MoratoriumClock(Lineages lineages) {
    this.lineages = lineages;
  }

  /** The version of the lineages the answer is computed from (for ETags), and the answer. */
  public record InForce(ReadModelVersion.Stamp stamp, List<MoratoriumView> moratoria) {}

  public List<MoratoriumView> inForce(LocalDate asOf) {
    return inForceAt(asOf).moratoria();
  }

  public InForce inForceAt(LocalDate asOf) {
    LineageSnapshot snapshot = lineages.current();
    // The pause that occurred last comes first, ties by key.
    List<MoratoriumView> views = snapshot.rows().stream()
        .filter(LineageSnapshot.Row::mayHoldMoratorium)
        .map(r -> new AsOf(r.lineage().key(), r.lineage().pauseInForce(asOf)))
        .filter(a -> a.pause() != null)
        .sorted(Comparator.comparing((AsOf a) -> a.pause().occurredAt).reversed()
            .thenComparing(a -> String.join("|", a.key())))
        .map(a -> view(a.pause(), asOf))
        .toList();
    return new InForce(snapshot.stamp(), views);
  }

  private record AsOf(List<String> key, DevelopmentEntity pause) {}

  static MoratoriumView view(DevelopmentEntity d, LocalDate asOf) {
    Optional<LocalDate> expiry = Durations.expectedExpiry(d);
    String state = expiry.isEmpty() ? MoratoriumView.INDEFINITE
        : expiry.get().isBefore(asOf) ? MoratoriumView.EXPIRED_UNCONFIRMED : MoratoriumView.ACTIVE;
    return new MoratoriumView(d.id, d.actor, d.technology, d.product, d.scope, d.status,
        d.duration, d.occurredAt, expiry.orElse(null), state,
        expiry.map(e -> ChronoUnit.DAYS.between(asOf, e)).orElse(null));
  }
}
