package org.regwatch.classifier.rules.analysis;

/**
 * An actor named in a sentence: the display name, its type, the jurisdiction it stands for
 * (may be null), a product it was found through (Rekognition → Amazon; may be null), and its token
 * span in the sentence's field.
 */
public record Actor(String name, ActorType type, String jurisdiction, String product, int tokStart,
    int tokEnd) {

  public Actor withSpan(int s, int e) {
    return new Actor(name, type, jurisdiction, product, s, e);
  }
}
