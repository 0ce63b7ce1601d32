package org.regwatch.classifier.eval;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Accuracy, per-value precision / recall / F1, macro-F1 and the confusion matrix of one label
 * field. Macro-F1 averages F1 over every value that occurs in the gold labels or the predictions
 * (a value predicted but never true scores F1 = 0 and pulls the average down).
 */
public final class FieldScore {

  private final String field;
  private final Map<String, Map<String, Integer>> confusion = new TreeMap<>();
  private int total;
  private int correct;

  FieldScore(String field) {
    this.field = field;
  }

  void add(String gold, String predicted) {
    confusion.computeIfAbsent(gold, g -> new TreeMap<>()).merge(predicted, 1, Integer::sum);
    total++;
    if (gold.equals(predicted)) {
      correct++;
    }
  }

  public String field() {
    return field;
  }

  public double accuracy() {
    return total == 0 ? 0 : (double) correct / total;
  }

  public List<String> values() {
    TreeSet<String> values = new TreeSet<>(confusion.keySet());
    confusion.values().forEach(row -> values.addAll(row.keySet()));
    return List.copyOf(values);
  }

  public int count(String gold, String predicted) {
    return confusion.getOrDefault(gold, Map.of()).getOrDefault(predicted, 0);
  }

  public int support(String value) {
    return confusion.getOrDefault(value, Map.of()).values().stream().mapToInt(Integer::intValue).sum();
  }

  public double precision(String value) {
    int tp = count(value, value);
    int predicted = 0;
    for (String g : values()) {
      predicted += count(g, value);
    }
    return predicted == 0 ? 0 : (double) tp / predicted;
  }

  public double recall(String value) {
    int s = support(value);
    return s == 0 ? 0 : (double) count(value, value) / s;
  }

  public double f1(String value) {
    double p = precision(value);
    double r = recall(value);
    return p + r == 0 ? 0 : 2 * p * r / (p + r);
  }

  public double macroF1() {
    List<String> values = values();
    if (values.isEmpty()) {
      return 0;
    }
    double sum = 0;
    for (String v : values) {
      sum += f1(v);
    }
    return sum / values.size();
  }

  public int total() {
    return total;
  }
}
