package org.regwatch.classifier.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.regwatch.events.LegislationStatus;
import org.regwatch.events.MoratoriumStatus;

/**
 * The words real event coverage uses for a pause, a bill brought back and a bill knocked back
 * (rules added after heldout-8's misreadings; the sentences are our own).
 */
class RealEventLanguageTest {

  // --- a bill brought back is proposed again, not advancing ---

  @Test
  void aBillBroughtBackIsProposed() {
    Classification c = Read.title("Democrats bring back bill to halt federal use of facial recognition");
    assertThat(c.labels().legislation()).isEqualTo(LegislationStatus.PROPOSED);
  }

  @Test
  void aBillBroughtBackToTheChamberIsProposedToo() {
    Classification c = Read.title("Senators brought back a bill to ban police facial recognition on Tuesday");
    assertThat(c.labels().legislation()).isEqualTo(LegislationStatus.PROPOSED);
  }

  @Test
  void aBillAdvocatesWantBroughtBackIsNoProposal() {
    Classification c = Read.title("Activists urge lawmakers to bring back the facial recognition ban bill");
    assertThat(c.labels().legislation()).isNotEqualTo(LegislationStatus.PROPOSED);
  }

  // --- a committee that knocks back or recommends against a bill: the bill failed ---

  @Test
  void aCommitteeThatKnocksBackABillDefeatsIt() {
    Classification c = Read.title("Parliamentary committee knocks back government's face-matching bill");
    assertThat(c.labels().legislation()).isEqualTo(LegislationStatus.FAILED);
  }

  @Test
  void aPanelThatRecommendsAgainstABillDefeatsIt() {
    Classification c = Read.title("Senate panel recommends against facial recognition bill");
    assertThat(c.labels().legislation()).isEqualTo(LegislationStatus.FAILED);
  }

  @Test
  void aBillKnockedBackByTheUpperHouseFailed() {
    Classification c = Read.title("Upper house knocked back the facial recognition bill on Thursday");
    assertThat(c.labels().legislation()).isEqualTo(LegislationStatus.FAILED);
  }

  @Test
  void aDemandToKnockBackABillIsNoDefeat() {
    Classification c = Read.title("Privacy groups urge committee to knock back facial recognition bill");
    assertThat(c.labels().legislation()).isNotEqualTo(LegislationStatus.FAILED);
  }

  @Test
  void aCommitteeThatDidNotRecommendAgainstTheBillDidNotDefeatIt() {
    Classification c = Read.title("Committee did not recommend against the facial recognition bill");
    assertThat(c.labels().legislation()).isNotEqualTo(LegislationStatus.FAILED);
  }

  // --- a pause told as "on hold", "switched off", "voted in" ---

  @Test
  void retailersThatSwitchOffFaceScanningPauseIt() {
    Classification c = Read.title("Bunnings and Kmart switch off in-store face-scanning while regulator investigates");
    assertThat(c.labels().moratorium()).isEqualTo(MoratoriumStatus.ANNOUNCED);
  }

  @Test
  void theCompanyThatSwitchesOffIsTheActorNotTheRegulator() {
    Classification c = Read.title("Bunnings and Kmart switch off in-store face-scanning while regulator investigates");
    assertThat(c.labels().actors()).containsExactlyInAnyOrder("Bunnings", "Kmart");
  }

  @Test
  void aStoreChainThatTurnedOffItsFacialRecognitionCamerasPausedThem() {
    Classification c = Read.title("Supermarket chain turned off its facial recognition system pending a review");
    assertThat(c.labels().moratorium()).isEqualTo(MoratoriumStatus.ANNOUNCED);
  }

  @Test
  void aRetailerThatRefusesToSwitchOffDidNotPause() {
    Classification c = Read.title("Retailer refuses to switch off its facial recognition cameras");
    assertThat(c.labels().moratorium()).isEqualTo(MoratoriumStatus.NONE);
  }

  @Test
  void aDemandToSwitchOffIsNoPause() {
    Classification c = Read.title("Campaigners call on stores to switch off facial recognition cameras");
    assertThat(c.labels().moratorium()).isEqualTo(MoratoriumStatus.NONE);
  }

  @Test
  void switchingOffSpeedCamerasIsNotAboutFacialRecognition() {
    Classification c = Read.title("Council switches off speed cameras on the ring road");
    assertThat(c.labels().relevant()).isFalse();
  }

  @Test
  void aCityThatPutsPoliceFaceScanningOnHoldPausesIt() {
    Classification c = Read.title("City puts police facial recognition on hold for a year");
    assertThat(c.labels().moratorium()).isEqualTo(MoratoriumStatus.ANNOUNCED);
  }

  @Test
  void aTrialPutOnHoldIsAPause() {
    Classification c = Read.title("Police force puts its facial recognition trial on hold");
    assertThat(c.labels().moratorium()).isEqualTo(MoratoriumStatus.ANNOUNCED);
  }

  @Test
  void aParliamentThatVotesInAPauseAnnouncesIt() {
    Classification c = Read.title("Parliament votes in two-year pause on facial recognition in public spaces");
    assertThat(c.labels().moratorium()).isEqualTo(MoratoriumStatus.ANNOUNCED);
  }

  @Test
  void aPauseOnAnotherTechnologyIsNotAboutFacialRecognition() {
    Classification c = Read.title("Drone maker puts police drone program on hold");
    assertThat(c.labels().moratorium()).isEqualTo(MoratoriumStatus.NONE);
  }

  @Test
  void howToTurnOffFaceUnlockIsAnInstructionNotAPause() {
    Classification c = Read.title("How to switch off face recognition on your phone");
    assertThat(c.labels().relevant()).isFalse();
  }

  // --- a chamber that backs a call for a ban demands it; it passes no bill ---

  @Test
  void aParliamentThatBacksACallToBanIsDemandingNotLegislating() {
    Classification c = Read.title("European Parliament backs call to ban police facial recognition in public spaces");
    assertThat(c.labels().relevant()).isFalse();
    assertThat(c.labels().legislation()).isEqualTo(LegislationStatus.NONE);
  }

  @Test
  void aCouncilThatBackedCallsForAPauseStartedNoPause() {
    Classification c = Read.title("City council backed calls for a pause on police facial recognition");
    assertThat(c.labels().moratorium()).isEqualTo(MoratoriumStatus.NONE);
  }

  @Test
  void aChamberThatBacksTheBillStillAdvancesIt() {
    Classification c = Read.title("State Senate backs bill to ban police facial recognition");
    assertThat(c.labels().legislation()).isEqualTo(LegislationStatus.ADVANCING);
  }
}
