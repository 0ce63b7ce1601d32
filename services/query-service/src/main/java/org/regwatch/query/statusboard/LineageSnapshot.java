package org.regwatch.query.statusboard;

import java.util.List;
import java.util.Set;
import org.regwatch.query.readmodel.ReadModelVersion;

/**
 * The lineages of actor × subject × scope (advocacy left out) as of one read-model version (its
 * stamp; an unsettled one was computed for one request only and is not cached), with
 * what the views need of each already worked out: its status-board entry (lapses included) and the
 * products it names. Immutable once built; shared by every request of that version.
 */
public record LineageSnapshot(ReadModelVersion.Stamp stamp, List<Row> rows) {

  /**
   * @param products the lineage's products, normalised, for the board's subject filter
   * @param mayHoldMoratorium whether any of its developments is a moratorium not ended: only
   *     such a lineage can be in force as of some day, so the clock looks at no other
   */
  public record Row(Lineage lineage, StatusBoardEntry entry, Set<String> products,
      boolean mayHoldMoratorium) {}
}
