package org.regwatch.classifier.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A bill dies when the session ends without a vote: "left on the table", "ran out of time", "did
 * not reach the floor", "adjourns without acting" (rules from heldout-13). No one votes it down;
 * the legislation failed. "Would have" tells what the dead bill would have done, not a law that
 * passed. The bill is the subject of its death ("Options left on the table include a ban" kills
 * nothing); a bill that passes before the session closes is still a step.
 */
class SessionDeathTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "Face recognition limits left on the table as formal session closes",
      "Facial recognition bill runs out of time as session closes",
      "Facial recognition bill did not reach the floor before the session closed",
      "Facial recognition bill never got a vote before lawmakers went home",
      "Statehouse adjourns without acting on face surveillance bill",
      "Face-matching moratorium bill dies with the session",
      "A bill that would have put limits on facial recognition into law did not reach the floor before the Legislature's session closed",
  })
  void aBillTheSessionLeavesBehindFailed(String title) {
    assertThat(Read.labelLine(title, "")).as(title).isEqualTo("true none failed");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "Senate passes facial recognition bill before session closes|true none advancing",
      "Senators unveil bill that would ban police facial recognition|true none proposed",
      "Council approves facial recognition ban that would have been stricter under the first draft|true none enacted",
  })
  void aStepBeforeTheCloseAndABillThatWouldStillRead(String title, String labels) {
    assertThat(Read.labelLine(title, "")).as(title).isEqualTo(labels);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "Options left on the table include a facial recognition ban",
      "Sponsors say time ran out for talks, not for the facial recognition bill, which passed",
  })
  void aPhraseWhoseSubjectIsNoBillKillsNothing(String title) {
    assertThat(Read.labelLine(title, "")).as(title).doesNotContain("failed");
  }
}
