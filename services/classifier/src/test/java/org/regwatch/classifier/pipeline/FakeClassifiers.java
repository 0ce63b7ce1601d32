package org.regwatch.classifier.pipeline;

import java.util.List;
import org.regwatch.classifier.rules.ArticleClassifier;
import org.regwatch.classifier.rules.Classification;
import org.regwatch.events.ArticleLabels;
import org.regwatch.events.Development;
import org.regwatch.events.DevelopmentKind;
import org.regwatch.events.DevelopmentStatus;
import org.regwatch.events.Evidence;
import org.regwatch.events.LegislationStatus;
import org.regwatch.events.MoratoriumStatus;
import org.regwatch.events.SubjectTech;

/**
 * Stand-ins for the rule engine in unit tests of the pipeline, which test what the pipeline does
 * with a classification, not the quality of the rules (tested in the rules package).
 */
final class FakeClassifiers {

  /** The fake's own pack versions: the pipeline must carry whatever its classifier used. */
  static final List<String> PACKS = List.of("facial-recognition@27", "emotion-recognition@3");

  private FakeClassifiers() {}

  /**
   * Finds a moratorium whenever the text says "moratorium" or "pause", taken by the first word of
   * the text; its evidence is the first sentence.
   */
  static ArticleClassifier pauseSpotter() {
    return article -> {
      String text = article.text();
      if (!text.contains("moratorium") && !text.contains("pause")) {
        return new Classification(ArticleLabels.IRRELEVANT, List.of(), "en", "no development", false, PACKS);
      }
      int end = text.indexOf('.') + 1;
      String actor = text.split(" ", 2)[0];
      Development development =
          new Development(
              DevelopmentKind.MORATORIUM, DevelopmentStatus.ANNOUNCED, true, actor,
              "facial recognition", null, "police use", null, "one year", article.published(), null,
              0.8, List.of(new Evidence(Evidence.Field.TEXT, 0, end, text.substring(0, end))));
      ArticleLabels labels =
          new ArticleLabels(true, MoratoriumStatus.ANNOUNCED, LegislationStatus.NONE, List.of(actor),
              SubjectTech.FACIAL_RECOGNITION);
      return new Classification(labels, List.of(development), "en", "", false, PACKS);
    };
  }

  static ArticleClassifier throwing() {
    return article -> {
      throw new IllegalStateException("rule 'scope-negation' looped on this text");
    };
  }
}
