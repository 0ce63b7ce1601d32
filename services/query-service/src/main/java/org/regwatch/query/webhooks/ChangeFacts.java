package org.regwatch.query.webhooks;

/**
 * What the matcher knows of one development change: its fields, the previous status of its
 * lineage (null when none or unchanged), and the text of its articles (titles and evidence).
 */
public record ChangeFacts(
    String developmentId,
    String kind,
    String status,
    String fromStatus,
    String actor,
    String technology,
    String product,
    String jurisdiction,
    double confidence,
    String text) {}
