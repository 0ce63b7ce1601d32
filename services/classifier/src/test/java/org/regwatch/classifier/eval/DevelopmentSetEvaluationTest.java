package org.regwatch.classifier.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.regwatch.classifier.rules.RuleEngine;

/**
 * The quality floor on the development set (labeled real articles the project does not ship):
 * {@code <repo root>/../shared/corpus/dev}, or the folder in system property
 * {@code regwatch.eval.dir}. Skipped, saying so, when the folder is absent.
 */
class DevelopmentSetEvaluationTest {

  /** The committed floor per field (macro-F1). */
  static final double FLOOR_RELEVANT = 0.90;
  static final double FLOOR_MORATORIUM = 0.90;
  static final double FLOOR_LEGISLATION = 0.90;
  static final double FLOOR_SUBJECT = 0.90;

  @Test
  void macroF1OnTheDevelopmentSetStaysAboveTheFloor() {
    Path dir = folder();
    assumeTrue(dir != null && Files.isDirectory(dir),
        "SKIPPED: development set not found at " + dir + " (set -Dregwatch.eval.dir=DIR to run it)");
    RuleEngine engine = RuleEngine.withShippedPacks();

    EvaluationReport report = new Evaluator(engine, engine.rulePacks()).evaluate(dir);
    System.out.println(ReportPrinter.text(report));

    assertThat(report.files()).as("labeled files read").isGreaterThan(0);
    assertThat(report.unreadable()).isEmpty();
    assertThat(report.field("relevant").macroF1()).as("relevant macro-F1").isGreaterThanOrEqualTo(FLOOR_RELEVANT);
    assertThat(report.field("moratorium").macroF1()).as("moratorium macro-F1").isGreaterThanOrEqualTo(FLOOR_MORATORIUM);
    assertThat(report.field("legislation").macroF1()).as("legislation macro-F1").isGreaterThanOrEqualTo(FLOOR_LEGISLATION);
    assertThat(report.field("subject_tech").macroF1()).as("subject_tech macro-F1").isGreaterThanOrEqualTo(FLOOR_SUBJECT);
  }

  static Path folder() {
    String override = System.getProperty("regwatch.eval.dir");
    if (override != null && !override.isBlank()) {
      return Path.of(override);
    }
    Path p = Path.of("").toAbsolutePath();
    while (p != null && !Files.isDirectory(p.resolve("services"))) {
      p = p.getParent();
    }
    return p == null ? null : p.resolve("../shared/corpus/dev").normalize();
  }
}
