package org.regwatch.classifier.rules.analysis;

/** Where a sentence sits: the title, the lead (first few substantial sentences) or the body. */
public enum Zone {
  TITLE(1.0), LEAD(0.9), BODY(0.7);

  private final double weight;

  Zone(double weight) {
    this.weight = weight;
  }

  public double weight() {
    return weight;
  }
}
