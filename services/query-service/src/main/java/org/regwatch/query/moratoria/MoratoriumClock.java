package org.regwatch.query.moratoria;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import org.regwatch.query.developments.DevelopmentEntity;
import org.regwatch.query.statusboard.Lineage;

/**
 * The moratoria in force on a given day: per actor × subject × scope, the latest development that
 * had occurred by then, when it is a moratorium announced or extended. An extension replaces the
 * clock of the announcement; an end stops it. Must run inside a transaction (reads entities).
 */
@ApplicationScoped
public class MoratoriumClock {

  public List<MoratoriumView> inForce(LocalDate asOf) {
    List<DevelopmentEntity> rows = DevelopmentEntity.list(
        "kind <> 'advocacy' and occurredAt <= ?1", asOf);
    return Lineage.group(rows, d -> List.of(d.actorKey, d.subjectKey, Lineage.norm(d.scope)))
        .stream()
        .map(Lineage::latest)
        .filter(d -> "moratorium".equals(d.kind) && !"ended".equals(d.status))
        .map(d -> view(d, asOf))
        .toList();
  }

  static MoratoriumView view(DevelopmentEntity d, LocalDate asOf) {
    Optional<LocalDate> expiry = Durations.expectedExpiry(d);
    String state = expiry.isEmpty() ? MoratoriumView.INDEFINITE
        : expiry.get().isBefore(asOf) ? MoratoriumView.EXPIRED_UNCONFIRMED : MoratoriumView.ACTIVE;
    return new MoratoriumView(d.id, d.actor, d.technology, d.product, d.scope, d.status,
        d.duration, d.occurredAt, expiry.orElse(null), state,
        expiry.map(e -> ChronoUnit.DAYS.between(asOf, e)).orElse(null));
  }
}
