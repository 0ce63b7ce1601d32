package org.regwatch.classifier.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.regwatch.events.LegislationStatus;
import org.regwatch.events.MoratoriumStatus;

/**
 * A law-making body that turns a proposed pause down defeats a measure: legislation failed, and
 * no pause starts. The tally may stand between the vote and "against", and the tally told as "in
 * a 5-4 vote" counts the step its verb told (sentences written for these tests).
 */
class PauseVotedDownTest {

  @Test
  void aCouncilThatRejectsAPauseDefeatsAMeasure() {
    Classification c = Read.title("Westbrook council rejects pause on police facial recognition, 5-4");
    assertThat(c.labels().legislation()).isEqualTo(LegislationStatus.FAILED);
    assertThat(c.labels().moratorium()).isEqualTo(MoratoriumStatus.NONE);
  }

  @Test
  void supervisorsWhoVoteDownAMoratoriumDefeatIt() {
    Classification c = Read.title("Harbour County supervisors vote down moratorium on sheriff's face scans");
    assertThat(c.labels().legislation()).isEqualTo(LegislationStatus.FAILED);
  }

  @Test
  void aCompanyThatRejectsCallsForAPauseMakesNoLaw() {
    Classification c = Read.title("Vendor rejects pause on selling facial recognition to police");
    assertThat(c.labels().legislation()).isEqualTo(LegislationStatus.NONE);
  }

  @Test
  void aVoteAgainstWithTheTallyBetweenDefeatsTheProposal() {
    Classification c = Read.article("Westbrook keeps police facial recognition",
        "A proposal to suspend the Westbrook Police Department's use of facial recognition for a year "
            + "failed on Monday night, when the City Council voted 5-4 against it.");
    assertThat(c.labels().legislation()).isEqualTo(LegislationStatus.FAILED);
  }

  @Test
  void aUnanimousVoteAgainstDefeatsTheProposal() {
    Classification c = Read.article("Westbrook keeps police facial recognition",
        "The Westbrook City Council voted unanimously against a proposal to limit police use of facial "
            + "recognition on Monday night.");
    assertThat(c.labels().legislation()).isEqualTo(LegislationStatus.FAILED);
  }

  @Test
  void aVoteWithSomeMembersAgainstStillPasses() {
    Classification c = Read.article("Westbrook limits police facial recognition",
        "The Westbrook City Council voted 5-4 on Monday, with four members against, to limit police use "
            + "of facial recognition to violent felonies.");
    assertThat(c.labels().legislation()).isEqualTo(LegislationStatus.ENACTED);
  }

  @Test
  void theTallyOfARejectionIsNoPassage() {
    Classification c = Read.title("Council rejects ban on police facial recognition in 5-4 vote");
    assertThat(c.labels().legislation()).isEqualTo(LegislationStatus.FAILED);
  }

  @Test
  void theTallyOfAnApprovalStillEnacts() {
    Classification c = Read.title("Council approves ban on police facial recognition in 5-4 vote");
    assertThat(c.labels().legislation()).isEqualTo(LegislationStatus.ENACTED);
  }
}
