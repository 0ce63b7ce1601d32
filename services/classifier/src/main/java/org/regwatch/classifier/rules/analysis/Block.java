package org.regwatch.classifier.rules.analysis;

/** Why a trigger does not report an action by its subject (NONE: it does). */
public enum Block {
  NONE, NEGATED, HEDGED, DEMANDED, BACKGROUND;

  public boolean blocksNews() {
    return this != NONE;
  }
}
