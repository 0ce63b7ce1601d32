package org.regwatch.query.moratoria;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Reads which moratoria the lapse events marked "expired (unconfirmed)". A lapse belongs to one
 * expected expiry: if the sources later agree on another date, the old lapse no longer applies.
 * Must run inside a transaction.
 */
@ApplicationScoped
public class Lapses {

  /** One recorded lapse. */
  public record Lapse(String developmentId, LocalDate expectedExpiry) {}

  private final EntityManager em;

  public Lapses(EntityManager em) {
    this.em = em;
  }

  public Set<Lapse> of(Collection<String> developmentIds) {
    if (developmentIds.isEmpty()) {
      return Set.of();
    }
    @SuppressWarnings("unchecked")
    List<Object[]> rows = em.createNativeQuery(
            "select development_id, cast(expected_expiry as text) from moratorium_lapse"
                + " where development_id in (:ids)")
        .setParameter("ids", developmentIds)
        .getResultList();
    Set<Lapse> lapses = new HashSet<>();
    for (Object[] row : rows) {
      lapses.add(new Lapse((String) row[0], LocalDate.parse((String) row[1])));
    }
    return lapses;
  }
}
