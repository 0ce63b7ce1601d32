package org.regwatch.query.developments;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A notice that a development changed, as the SSE stream sends it. Enough to filter on and to
 * decide whether to fetch {@code /api/developments/{id}}.
 *
 * @param change "updated", or "removed" when it lost its last source
 */
@Schema(name = "DevelopmentChangeNotice")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record DevelopmentChange(
    String id,
    String change,
    String kind,
    String status,
    String actor,
    String technology,
    String product,
    String scope,
    String jurisdiction,
    LocalDate occurredAt,
    Integer sourceCount,
    Integer version) {}
