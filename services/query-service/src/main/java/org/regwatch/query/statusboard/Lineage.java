package org.regwatch.query.statusboard;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import org.regwatch.query.developments.DevelopmentEntity;

/**
 * The developments that concern one thing over time — e.g. Amazon · facial recognition · police
 * use — oldest first. The status board, the moratorium clock and the bill tracker are all views
 * of lineages, computed from the development read model when asked (it is small: one row per
 * real-world development), so they cannot drift from it and need no rebuild of their own.
 */
public record Lineage(List<String> key, List<DevelopmentEntity> developments) {

  public DevelopmentEntity latest() {
    return developments.get(developments.size() - 1);
  }

  /**
   * The moratorium in force in this lineage on a day, if any: its last moratorium development by
   * then, unless that one ended it or a later exit or enacted ban replaced it. Developments of
   * other kinds (an official use policy, an enforcement, a bill's progress) do not end a pause —
   * a force that pauses and then publishes a policy has not said it resumed — so the lineage's
   * latest development is not necessarily the one that decides.
   */
  public DevelopmentEntity pauseInForce(LocalDate asOf) {
    DevelopmentEntity pause = null;
    for (DevelopmentEntity d : developments) {
      if (d.occurredAt.isAfter(asOf)) {
        break; // time order: nothing later had occurred by then
      }
      if ("moratorium".equals(d.kind)) {
        pause = "ended".equals(d.status) ? null : d;
      } else if (pause != null && replacesAPause(d) && d.occurredAt.isAfter(pause.occurredAt)) {
        pause = null;
      }
    }
    return pause;
  }

  /** Leaving for good, or a ban in force, leaves no pause behind (domain.md: an exit is not one). */
  private static boolean replacesAPause(DevelopmentEntity d) {
    return "exit".equals(d.kind) || ("ban".equals(d.kind) && "enacted".equals(d.status));
  }

  /** Groups developments (any order) by a key; lineages and their developments in time order. */
  public static List<Lineage> group(List<DevelopmentEntity> developments,
      Function<DevelopmentEntity, List<String>> key) {
    Map<List<String>, List<DevelopmentEntity>> byKey = new LinkedHashMap<>();
    developments.stream()
        .sorted(Comparator.comparing((DevelopmentEntity d) -> d.occurredAt)
            .thenComparing(d -> d.knownAt).thenComparing(d -> d.id))
        .forEach(d -> byKey.computeIfAbsent(key.apply(d), k -> new ArrayList<>()).add(d));
    List<Lineage> out = new ArrayList<>();
    byKey.forEach((k, v) -> out.add(new Lineage(k, v)));
    out.sort(Comparator.comparing((Lineage l) -> l.latest().occurredAt).reversed()
        .thenComparing(l -> String.join("|", l.key())));
    return out;
  }

  public static String norm(String value) {
    return value == null ? "" : value.trim().toLowerCase(Locale.ROOT);
  }
}
