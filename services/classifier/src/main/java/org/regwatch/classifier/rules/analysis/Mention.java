package org.regwatch.classifier.rules.analysis;

import org.regwatch.classifier.rules.pack.TermRef;
import org.regwatch.classifier.rules.pack.TermRef.Category;

/**
 * One pack phrase found in a field: character span {@code [start, end)} and token span
 * {@code [tokStart, tokEnd)}.
 */
public record Mention(TermRef ref, int start, int end, int tokStart, int tokEnd) {

  public Category category() {
    return ref.category();
  }

  public boolean is(Category c) {
    return ref.category() == c;
  }

  public boolean isLexicon(String name) {
    return ref.category() == Category.LEXICON && ref.name().equals(name);
  }

  public boolean overlaps(Mention other) {
    return start < other.end && other.start < end;
  }

  public boolean contains(Mention other) {
    return start <= other.start && other.end <= end && (end - start) > (other.end - other.start);
  }

  /** Words between the two mentions; 0 when they touch or overlap. */
  public int wordsTo(Mention other) {
    if (tokEnd <= other.tokStart) {
      return other.tokStart - tokEnd;
    }
    if (other.tokEnd <= tokStart) {
      return tokStart - other.tokEnd;
    }
    return 0;
  }
}
