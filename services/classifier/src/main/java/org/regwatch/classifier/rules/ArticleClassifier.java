package org.regwatch.classifier.rules;

/**
 * Reads one article and finds the regulatory developments it reports. Implementations are pure
 * functions of the article and the loaded rule packs: no I/O, thread-safe, never throwing on bad
 * text (empty, huge, non-English, HTML remnants) — such input yields an irrelevant classification
 * with a note saying why.
 */
public interface ArticleClassifier {

  Classification classify(ArticleText article);
}
