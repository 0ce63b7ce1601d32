package org.regwatch.classifier.eval;

import java.util.List;
import java.util.Map;

/**
 * The result of evaluating a folder: per-field scores (relevant, moratorium, legislation,
 * subject_tech), actor set-match accuracy, and the files with at least one wrong field.
 *
 * @param legislativeDevelopments developments of kind legislation or ban (headline and also)
 * @param billsNamed how many of them name their bill (not scored: the files carry no gold bill)
 */
public record EvaluationReport(
    String folder,
    List<String> rulePacks,
    int files,
    List<String> unreadable,
    Map<String, FieldScore> fields,
    double actorsAccuracy,
    List<WrongFile> wrong,
    int legislativeDevelopments,
    int billsNamed) {

  public FieldScore field(String name) {
    return fields.get(name);
  }

  /** One file and, per wrong field, "gold -> predicted". */
  public record WrongFile(String file, Map<String, String> fields) {}
}
