package org.regwatch.classifier.rules.pack;

/**
 * What a matched phrase means in a pack: its category, a name (lexicon name, body type, scope
 * name...) and an index into the pack's list for that category (organisation, trigger...).
 */
public record TermRef(Category category, String name, int index) {

  public enum Category {
    TECH, TECH_BROAD, LEXICON, NEGATION, HEDGING, DEMAND, BACKGROUND, CLAUSE_BREAK,
    ORGANISATION, PRODUCT, PLACE, BODY, SCOPE, DURATION, TRIGGER
  }
}
