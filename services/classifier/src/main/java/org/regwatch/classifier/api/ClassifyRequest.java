package org.regwatch.classifier.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A text an operator wants classified, as an article would be. */
@Schema(description = "An article to classify")
public record ClassifyRequest(
    @Schema(description = "Headline; optional", examples = "Retailer halts police access to its face-matching tool")
        String title,
    @Schema(required = true, description = "Article text (plain text; HTML remnants are tolerated)")
        String text,
    @Schema(
            description =
                "Publication date, ISO-8601 (2020-06-10 or 2020-06-10T14:00:00Z); relative dates in"
                    + " the text are resolved against it. Optional.",
            examples = "2020-06-10")
        String published) {}
