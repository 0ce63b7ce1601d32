package org.regwatch.events;

import java.util.List;
import java.util.Objects;

/**
 * The article-level labels of the taxonomy, taken from the headline development (all "none" and
 * {@code relevant=false} when there is none).
 */
public record ArticleLabels(
    boolean relevant,
    MoratoriumStatus moratorium,
    LegislationStatus legislation,
    List<String> actors,
    SubjectTech subjectTech) {

  public static final ArticleLabels IRRELEVANT =
      new ArticleLabels(false, MoratoriumStatus.NONE, LegislationStatus.NONE, List.of(), SubjectTech.NONE);

  public ArticleLabels {
    Objects.requireNonNull(moratorium, "moratorium");
    Objects.requireNonNull(legislation, "legislation");
    Objects.requireNonNull(subjectTech, "subjectTech");
    actors = actors == null ? List.of() : List.copyOf(actors);
  }
}
