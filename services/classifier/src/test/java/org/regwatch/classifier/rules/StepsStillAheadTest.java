package org.regwatch.classifier.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.regwatch.events.DevelopmentKind;

/**
 * Legislative steps after which another is still to come: a measure that moves ahead or passes an
 * opening vote (first, initial, preliminary), a bill that won final approval and waits for the
 * governor, and a step a report says someone "would have to" take (rules from heldout-12). The
 * sentence table {@code rules/steps-still-ahead.psv} holds the firing sentences and the traps.
 */
class StepsStillAheadTest extends SentenceTable {

  @Override
  String table() {
    return "/rules/steps-still-ahead.psv";
  }

  @Test
  void aChamberThatGaveFinalApprovalIsTheActorWhileTheGovernorStillHasToSign() {
    Classification c = Read.article("Lawmakers send face-recognition limits to the governor",
        "A bill limiting when police may use facial recognition won final approval from the General"
            + " Assembly on Friday and is now on its way to the governor's desk.");
    assertThat(c.labels().legislation().json()).isEqualTo("advancing");
    assertThat(c.labels().actors()).containsExactly("General Assembly");
  }

  @Test
  void aModalBeforeAnyMeasureNounStillHedgesTheStep() {
    Classification c = Read.title("The council may vote on when police can use facial recognition");
    assertThat(c.labels().legislation().json()).isNotEqualTo("enacted");
    assertThat(c.labels().legislation().json()).isNotEqualTo("advancing");
  }

  @Test
  void aStepALegislatureWouldHaveToTakeIsAskedForNotTaken() {
    Classification c = Read.article("Commission recommends warrant rule for police facial recognition searches",
        "Its recommendations now go to the Legislature, which would have to write them into law.");
    assertThat(c.labels().relevant()).isFalse();
    assertThat(c.developments()).noneMatch(d -> d.kind() == DevelopmentKind.LEGISLATION);
  }
}
