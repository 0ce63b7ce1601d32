package org.regwatch.classifier.eval;

import java.util.List;
import java.util.Map;

/**
 * The result of evaluating a folder: per-field scores (relevant, moratorium, legislation,
 * subject_tech), actor set-match accuracy, and the files with at least one wrong field.
 */
public record EvaluationReport(
    String folder,
    List<String> rulePacks,
    int files,
    List<String> unreadable,
    Map<String, FieldScore> fields,
    double actorsAccuracy,
    List<WrongFile> wrong) {

  public FieldScore field(String name) {
    return fields.get(name);
  }

  /** One file and, per wrong field, "gold -> predicted". */
  public record WrongFile(String file, Map<String, String> fields) {}
}
