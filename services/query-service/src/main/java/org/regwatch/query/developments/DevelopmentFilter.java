package org.regwatch.query.developments;

import java.time.LocalDate;
import java.util.Optional;
import org.regwatch.events.DevelopmentKind;
import org.regwatch.events.DevelopmentStatus;
import org.regwatch.query.api.ListRequest;

/** The filters of {@code GET /api/developments}, already validated, and the page asked for. */
public record DevelopmentFilter(
    Optional<String> article,
    Optional<String> actor,
    Optional<DevelopmentKind> kind,
    Optional<DevelopmentStatus> status,
    Optional<String> subject,
    Optional<String> scope,
    Optional<String> jurisdiction,
    Optional<LocalDate> occurredFrom,
    Optional<LocalDate> occurredTo,
    ListRequest page) {}
