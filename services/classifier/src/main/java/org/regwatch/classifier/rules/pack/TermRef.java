package org.regwatch.classifier.rules.pack;

/**
 * What a matched phrase means in a pack: its category, a name (lexicon name, body type, scope
 * name...) and an index into the pack's list for that category (organisation, trigger...).
 * {@code exact} is set for terms written {@code =Act} in a pack: they match only with that exact
 * capitalisation ("the Act", not "fails to act").
 */
public record TermRef(Category category, String name, int index, String exact) {

  public TermRef(Category category, String name, int index) {
    this(category, name, index, null);
  }

  public enum Category {
    TECH, TECH_BROAD, LEXICON, NEGATION, HEDGING, DEMAND, BACKGROUND, CLAUSE_BREAK,
    ORGANISATION, PRODUCT, PLACE, BODY, SCOPE, DURATION, TRIGGER
  }
}
