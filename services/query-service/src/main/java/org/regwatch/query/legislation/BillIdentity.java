package org.regwatch.query.legislation;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.regwatch.query.developments.BillNames;
import org.regwatch.query.developments.DevelopmentEntity;
import org.regwatch.query.statusboard.Lineage;

/**
 * Which bill a legislative development is about. A bill is its jurisdiction + normalised number;
 * without a number, jurisdiction + normalised title — and a title that a development names
 * together with one number is that number's bill, so an article giving only the title joins
 * the article giving only the number. A title named with several numbers (two sessions' bills
 * of one name) stays a bill of its own rather than guessing. A development that names no bill
 * falls back to the lineage actor × jurisdiction × technology × scope, the only identity the
 * classifications had before the contract carried a bill.
 */
final class BillIdentity {

  static final String BY_NUMBER = "number";
  static final String BY_TITLE = "title";
  static final String BY_LINEAGE = "lineage";

  private final Map<List<String>, Set<String>> numbersOfTitle = new HashMap<>();

  BillIdentity(List<DevelopmentEntity> developments) {
    for (DevelopmentEntity d : developments) {
      String number = BillNames.number(d.billNumber);
      String title = BillNames.title(d.billTitle);
      if (number != null && title != null) {
        numbersOfTitle.computeIfAbsent(List.of(jurisdiction(d), title), k -> new TreeSet<>())
            .add(number);
      }
    }
  }

  /** The bill's key: its first element says what identifies it (number, title or lineage). */
  List<String> keyOf(DevelopmentEntity d) {
    String where = jurisdiction(d);
    String number = BillNames.number(d.billNumber);
    if (number != null) {
      return List.of(BY_NUMBER, where, number);
    }
    String title = BillNames.title(d.billTitle);
    if (title != null) {
      Set<String> numbers = numbersOfTitle.getOrDefault(List.of(where, title), Set.of());
      return numbers.size() == 1
          ? List.of(BY_NUMBER, where, numbers.iterator().next())
          : List.of(BY_TITLE, where, title);
    }
    return List.of(BY_LINEAGE, d.actorKey, where, d.subjectKey, Lineage.norm(d.scope));
  }

  /**
   * The keys this development's bill had before a later article named more of it: its title alone
   * (until an article linked the title to a number) and its lineage (until an article named the
   * bill at all). The bill's old ids are derived from them, so a link kept by a reader still
   * leads to the bill.
   */
  List<List<String>> earlierKeysOf(DevelopmentEntity d) {
    String where = jurisdiction(d);
    List<List<String>> keys = new ArrayList<>(2);
    String title = BillNames.title(d.billTitle);
    if (title != null) {
      keys.add(List.of(BY_TITLE, where, title));
    }
    keys.add(List.of(BY_LINEAGE, d.actorKey, where, d.subjectKey, Lineage.norm(d.scope)));
    return keys;
  }

  private static String jurisdiction(DevelopmentEntity d) {
    return Lineage.norm(d.jurisdiction);
  }
}
