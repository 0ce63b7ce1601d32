package org.regwatch.query.api;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The sorts a listing accepts. Without {@code sort}, a listing uses its default, or relevance when
 * the request searches: someone who typed words expects the best match first.
 */
public record Sorts(List<SortKey> accepted, SortKey byDefault) {

  public SortKey parse(String raw, boolean searching) {
    if (raw == null || raw.isBlank()) {
      return searching ? relevance().orElse(byDefault) : byDefault;
    }
    String wanted = raw.trim();
    SortKey sort = accepted.stream().filter(s -> s.name().equals(wanted)).findFirst()
        .orElseThrow(() -> ApiException.badRequest("sort must be one of ["
            + accepted.stream().map(SortKey::name).collect(Collectors.joining(", "))
            + "], got '" + raw + "'"));
    if (sort.needsQuery() && !searching) {
      throw ApiException.badRequest("sort=" + sort.name() + " needs a search: add q");
    }
    return sort;
  }

  private Optional<SortKey> relevance() {
    return accepted.stream().filter(SortKey::needsQuery).findFirst();
  }
}
