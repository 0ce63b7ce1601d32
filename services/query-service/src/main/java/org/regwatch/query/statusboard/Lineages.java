package org.regwatch.query.statusboard;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.regwatch.query.developments.DevelopmentEntity;
import org.regwatch.query.moratoria.Lapses;
import org.regwatch.query.readmodel.ReadModelVersion;

/**
 * The lineages behind the status board and the moratorium clock, read from the development table
 * once per read-model version instead of once per request (each read loads every development).
 * Only the newest snapshot is kept. Requests that find it outdated queue on one lock: the first
 * computes, the others take its result.
 *
 * <p>The version is read BEFORE the developments are, and only a settled version is cached (see
 * {@link ReadModelVersion}): a request made while a projection transaction is committing reads the
 * table itself and keeps nothing, so no reader is ever served a board older than a commit it could
 * have seen.
 */
@ApplicationScoped
public class Lineages {

  private final ReadModelVersion versions;
  private final Lapses lapses;
  private final Counter computed;
  private final Object computing = new Object();
  private volatile LineageSnapshot latest;

  public Lineages(ReadModelVersion versions, Lapses lapses, MeterRegistry registry) {
    this.versions = versions;
    this.lapses = lapses;
    // how often the development table is read for these views: per version, not per request
    this.computed = Counter.builder("regwatch.lineages.computed")
        .description("times the lineages were read from the development table (status board,"
            + " moratorium clock)")
        .register(registry);
  }

  public LineageSnapshot current() {
    LineageSnapshot s = latest;
    // versions only grow: a cached snapshot is current exactly when nothing moved since
    if (s != null && s.stamp().version() == versions.current()) {
      return s;
    }
    synchronized (computing) {
      s = latest;
      ReadModelVersion.Stamp stamp = versions.stamp();
      if (s != null && s.stamp().version() == stamp.version()) {
        return s;
      }
      // its own transaction: the caller may have none, or one that already read other rows
      s = QuarkusTransaction.requiringNew().call(() -> load(stamp));
      if (stamp.settled()) {
        latest = s;
      }
      return s;
    }
  }

  private LineageSnapshot load(ReadModelVersion.Stamp stamp) {
    computed.increment();
    // Demands (advocacy) are not a status of the one they target.
    List<DevelopmentEntity> rows = DevelopmentEntity.list("kind <> 'advocacy'");
    List<Lineage> lineages = Lineage.group(rows,
        d -> List.of(d.actorKey, d.subjectKey, Lineage.norm(d.scope)));
    Set<Lapses.Lapse> lapsed = lapses.of(lineages.stream().map(l -> l.latest().id).toList());
    return new LineageSnapshot(stamp, lineages.stream()
        .map(l -> new LineageSnapshot.Row(l, StatusBoardResource.entry(l, lapsed),
            l.developments().stream().map(d -> d.product).filter(p -> p != null)
                .map(Lineage::norm).collect(Collectors.toUnmodifiableSet()),
            l.developments().stream().anyMatch(
                d -> "moratorium".equals(d.kind) && !"ended".equals(d.status))))
        .toList());
  }
}
