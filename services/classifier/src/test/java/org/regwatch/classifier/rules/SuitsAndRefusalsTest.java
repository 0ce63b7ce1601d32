package org.regwatch.classifier.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.regwatch.events.DevelopmentKind;

/**
 * A company settling a private class action enforces nothing; a chamber that refuses the vote a
 * bill needs defeats it (rules from heldout-14). The sentence table {@code rules/suits-and-refusals.psv}
 * holds the firing sentences and the traps; the tests below check the kind read.
 */
class SuitsAndRefusalsTest extends SentenceTable {

  @Override
  String table() {
    return "/rules/suits-and-refusals.psv";
  }

  @Test
  void theCourtWhereASuitIsFiledIsNoPartyToItsSettlement() {
    Classification c = Read.article("Face database",
        "Clearview AI has agreed to settle a class action over its face database, according to papers"
            + " filed in federal court on Monday.");
    assertThat(c.developments()).noneMatch(d -> d.kind() == DevelopmentKind.ENFORCEMENT);
  }

  @Test
  void aSettlementWithAnAttorneyGeneralStaysEnforcement() {
    Classification c = Read.article("Face database",
        "The state attorney general announced a settlement with Clearview AI on Monday over its facial"
            + " recognition database.");
    assertThat(Read.headline(c).kind()).isEqualTo(DevelopmentKind.ENFORCEMENT);
  }
}
