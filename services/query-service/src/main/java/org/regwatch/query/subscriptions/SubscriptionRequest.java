package org.regwatch.query.subscriptions;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The body of POST and PUT /api/subscriptions. */
@Schema(name = "SubscriptionRequest")
public record SubscriptionRequest(
    @Schema(required = true, example = "https://alerts.example.org/regwatch") String url,
    Filters filters,
    @Schema(description = "Lucene query syntax over the articles' titles and evidence",
        example = "moratorium AND police") String query,
    @Schema(enumeration = {"immediate", "daily_digest"}, defaultValue = "immediate") String mode,
    @Schema(defaultValue = "true") Boolean active) {}
