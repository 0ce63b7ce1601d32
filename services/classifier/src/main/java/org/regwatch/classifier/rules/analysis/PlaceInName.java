package org.regwatch.classifier.rules.analysis;

import org.regwatch.classifier.rules.text.Tokens;

/**
 * "Port of Seattle OKs biometrics freeze", "University of Oregon approves pause": a place right
 * after "of" and a capitalised word is part of an organisation's name, not the city or state that
 * makes law (heldout-20 rules). Asked only where a council's vote would be read as an ordinance.
 */
final class PlaceInName {

  private PlaceInName() {}

  static boolean inOrganisationName(Tokens t, Actor a) {
    if (a == null || a.jurisdiction() == null || a.tokStart() < 2) {
      return false; // bodies carry no jurisdiction of their own; places do
    }
    int of = a.tokStart() - 1;
    return t.lower(of).equals("of") && t.isWord(of - 1) && t.isCapitalised(of - 1);
  }
}
