package org.regwatch.events;

import java.util.List;
import java.util.Objects;

/**
 * The classifier's reading of one version of an article. Keyed by article id. A classification
 * made with newer rule-pack versions supersedes older ones for the same article (re-tagging).
 *
 * @param articleId the article's stable id
 * @param articleEventId id of the ArticleDiscovered / ArticleRevised event that was classified
 * @param contentHash content hash of that article version
 * @param rulePacks the rule packs and versions used, e.g. ["facial-recognition@1"]
 * @param labels article-level labels (from the headline development)
 * @param developments every development found, headline first
 * @param language detected ISO 639-1 language of the text, or "und"
 * @param note why the article is irrelevant when no rule decided it, e.g. "not English (de)"; may
 *     be empty
 * @param truncated true when the text was longer than the classifier's limit and was cut
 */
public record ArticleClassified(
    int schemaVersion,
    String articleId,
    String articleEventId,
    String contentHash,
    List<String> rulePacks,
    ArticleLabels labels,
    List<Development> developments,
    String language,
    String note,
    boolean truncated)
    implements EventData {

  public static final int SCHEMA_VERSION = 1;

  public ArticleClassified {
    Objects.requireNonNull(articleId, "articleId");
    Objects.requireNonNull(labels, "labels");
    rulePacks = rulePacks == null ? List.of() : List.copyOf(rulePacks);
    developments = developments == null ? List.of() : List.copyOf(developments);
    language = language == null ? "und" : language;
    note = note == null ? "" : note;
  }

  public static ArticleClassified of(
      String articleId, String articleEventId, String contentHash, List<String> rulePacks,
      ArticleLabels labels, List<Development> developments, String language, String note,
      boolean truncated) {
    return new ArticleClassified(
        SCHEMA_VERSION, articleId, articleEventId, contentHash, rulePacks, labels, developments,
        language, note, truncated);
  }
}
