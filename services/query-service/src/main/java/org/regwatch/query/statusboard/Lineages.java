package org.regwatch.query.statusboard;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.regwatch.query.developments.DevelopmentEntity;
import org.regwatch.query.moratoria.Lapses;
import org.regwatch.query.readmodel.PerVersion;
import org.regwatch.query.readmodel.ReadModelVersion;

/**
 * The lineages behind the status board and the moratorium clock, read from the development table
 * once per read-model version instead of once per request (each read loads every development);
 * see {@link PerVersion} for why a reader never sees a board older than a commit it could have seen.
 */
@ApplicationScoped
public class Lineages {

  private final Lapses lapses;
  private final Counter computed;
  private final PerVersion<LineageSnapshot> snapshots;

  public Lineages(ReadModelVersion versions, Lapses lapses, MeterRegistry registry) {
    this.lapses = lapses;
    // how often the development table is read for these views: per version, not per request
    this.computed = Counter.builder("regwatch.lineages.computed")
        .description("times the lineages were read from the development table (status board,"
            + " moratorium clock)")
        .register(registry);
    this.snapshots = new PerVersion<>(versions, this::load);
  }

  public LineageSnapshot current() {
    return snapshots.current().value();
  }

  private LineageSnapshot load(ReadModelVersion.Stamp stamp) {
    computed.increment();
    // Demands (advocacy) are not a status of the one they target.
    List<DevelopmentEntity> rows = DevelopmentEntity.list("kind <> 'advocacy'");
    List<Lineage> lineages = Lineage.group(rows,
        d -> List.of(d.actorKey, d.subjectKey, Lineage.norm(d.scope)));
    // the states shown: of each latest development and of each pause still in force
    Set<Lapses.Lapse> lapsed = lapses.of(lineages.stream()
        .flatMap(l -> Stream.of(l.latest(), l.pauseInForce(LocalDate.MAX)))
        .filter(Objects::nonNull).map(d -> d.id).distinct().toList());
    return new LineageSnapshot(stamp, lineages.stream()
        .map(l -> new LineageSnapshot.Row(l, StatusBoardResource.entry(l, lapsed),
            l.developments().stream().map(d -> d.product).filter(p -> p != null)
                .map(Lineage::norm).collect(Collectors.toUnmodifiableSet()),
            l.developments().stream().anyMatch(
                d -> "moratorium".equals(d.kind) && !"ended".equals(d.status))))
        .toList());
  }
}
