package org.regwatch.classifier.api;

import java.util.List;
import org.regwatch.events.ArticleLabels;

/** The classification of a posted text: the same fields as an ArticleClassified event, plus highlights. */
public record ClassifyResponse(
    ArticleLabels labels,
    List<DevelopmentView> developments,
    String language,
    String note,
    boolean truncated,
    List<String> rulePacks) {}
