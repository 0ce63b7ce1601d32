package org.regwatch.query.subscriptions;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * What a subscription wants to hear about. Within one list any value matches; across lists all
 * must match; an empty or absent list matches anything. Values compare case-insensitively.
 *
 * @param transitions "kind:from->to", e.g. "moratorium:announced->extended" (kind may be "*")
 * @param subjects technology or product, e.g. "facial recognition", "Rekognition"
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@Schema(name = "SubscriptionFilters")
public record Filters(
    List<String> actors,
    List<String> kinds,
    List<String> statuses,
    List<String> transitions,
    List<String> jurisdictions,
    List<String> subjects,
    Double minConfidence) {

  public Filters {
    actors = clean(actors);
    kinds = clean(kinds);
    statuses = clean(statuses);
    transitions = clean(transitions);
    jurisdictions = clean(jurisdictions);
    subjects = clean(subjects);
  }

  public static Filters none() {
    return new Filters(null, null, null, null, null, null, null);
  }

  private static List<String> clean(List<String> values) {
    if (values == null) {
      return List.of();
    }
    return values.stream().filter(v -> v != null && !v.isBlank())
        .map(v -> v.trim().toLowerCase()).distinct().toList();
  }
}
