package org.regwatch.classifier.rules;

/**
 * Ten or more sentences per trap family of docs/domain — demands, background mentions, hedges,
 * conditionals, negations, other technologies, face unlock, product and research news, lawsuits
 * and fines — plus the expiry and police-force rules, each with the labels a reader gives it.
 */
class TrapFamiliesTest extends SentenceTable {

  @Override
  String table() {
    return "/rules/traps.psv";
  }
}
