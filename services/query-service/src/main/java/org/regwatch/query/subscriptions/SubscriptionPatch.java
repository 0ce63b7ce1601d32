package org.regwatch.query.subscriptions;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A partial change of a subscription; today only the active flag. */
@Schema(name = "SubscriptionPatch")
public record SubscriptionPatch(
    @Schema(description = "true also re-enables a disabled endpoint and resets its failure streak",
        required = true)
    Boolean active) {}
