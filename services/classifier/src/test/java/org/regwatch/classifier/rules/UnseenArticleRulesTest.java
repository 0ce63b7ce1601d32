package org.regwatch.classifier.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.regwatch.events.DevelopmentKind;
import org.regwatch.events.LegislationStatus;
import org.regwatch.events.MoratoriumStatus;
import org.regwatch.events.SubjectTech;

/**
 * The language rules found missing on articles the rules had never been tuned on (docs/classifier,
 * "Quality on articles the rules were never tuned on"): each with a sentence where it applies and
 * the trap it must not fire on. All sentences are written for this test.
 */
class UnseenArticleRulesTest {

  // --- a name in the first lead sentences replaces the headline's descriptor ---

  @Test
  void theRegulatorNamedInTheSecondSentenceReplacesTheHeadlineDescriptor() {
    Classification c = Read.article("Dutch privacy watchdog fines camera maker over covert face scanning",
        "AMSTERDAM — The Netherlands' data protection authority on Tuesday fined a camera maker 2 "
            + "million euros for scanning faces in shops without consent. The Autoriteit "
            + "Persoonsgegevens said the company had broken the law.");
    assertThat(c.labels().actors()).containsExactly("Dutch DPA (Autoriteit Persoonsgegevens)");
  }

  @Test
  void aNameInAppositionReplacesTheDescriptorEvenWhenItsVerbIsReportedPast() {
    Classification c = Read.article("Swedish watchdog reprimands police over facial recognition app",
        "STOCKHOLM — Sweden's privacy regulator, IMY, said on Wednesday that it had fined the police "
            + "authority for using a facial recognition app without assessing the risks.");
    assertThat(c.labels().actors()).containsExactly("Swedish DPA");
  }

  @Test
  void aRegulatorOfAnotherCountryNamedInTheLeadDoesNotReplaceTheDescriptor() {
    Classification c = Read.article("UK privacy watchdog fines retailer over facial recognition cameras",
        "LONDON — Britain's data protection regulator on Monday fined a retailer for scanning "
            + "shoppers with facial recognition. The Garante in Italy fined a supermarket chain last year.");
    assertThat(c.labels().actors()).singleElement().satisfies(a -> assertThat(a).doesNotContain("Garante"));
  }

  // --- the actor of "X halts use of Y" is X: a city's police force is an actor ---

  @Test
  void aCitysPoliceThatHaltUseOfAVendorsToolAreTheActorNotTheVendor() {
    Classification c = Read.article("Toronto police halt use of Clearview AI",
        "TORONTO — The Toronto Police Service said Thursday it has told its officers to stop using "
            + "Clearview AI until a review is finished.");
    assertThat(c.labels().moratorium()).isEqualTo(MoratoriumStatus.ANNOUNCED);
    assertThat(c.labels().actors()).containsExactly("Toronto Police Service");
  }

  @Test
  void theVendorAfterStopUsingIsNotThePartyTheNextSentencesAreAbout() {
    Classification c = Read.article("Force reviews face search tool",
        "The Toronto Police Service said Thursday it had told its officers to stop using Clearview "
            + "AI in 2019. The service will suspend use of facial recognition for 90 days.");
    assertThat(c.labels().actors()).containsExactly("Toronto Police Service");
  }

  @Test
  void policeAfterAPrepositionAreAScopeNotAnActor() {
    Classification c = Read.title("Amazon halts sales of facial recognition to Seattle police");
    assertThat(c.labels().actors()).containsExactly("Amazon");
  }

  @Test
  void aCapitalisedPoliceAfterANameInRunningTextIsTheForcesName() {
    Classification c = Read.article("Force suspends face matching",
        "South Wales Police said on Tuesday it would suspend live facial recognition deployments "
            + "for six months.");
    assertThat(c.labels().moratorium()).isEqualTo(MoratoriumStatus.ANNOUNCED);
    assertThat(c.labels().actors()).containsExactly("South Wales Police");
  }

  @Test
  void aStatesLowercasePoliceAreForcesInGeneralNotAnActor() {
    Classification c = Read.title("New law bars California police from using facial recognition on body cameras");
    assertThat(c.labels().actors()).noneMatch(a -> a.contains("police"));
  }

  @Test
  void aForceThatWillNoLongerUseTheTechnologyLeavesIt() {
    Classification c = Read.title("Boston police will no longer use facial recognition");
    assertThat(c.labels().relevant()).isTrue();
    assertThat(c.labels().moratorium()).isEqualTo(MoratoriumStatus.NONE);
    assertThat(c.developments().get(0).kind()).isEqualTo(DevelopmentKind.EXIT);
  }

  @Test
  void aForceThatIsBarredFromUsingTheTechnologyIsNotTheOneThatBannedIt() {
    Classification c = Read.article("Seattle police barred from using facial recognition",
        "The Seattle City Council voted on Monday to ban city departments from using facial recognition.");
    assertThat(c.labels().legislation()).isEqualTo(LegislationStatus.ENACTED);
    assertThat(c.labels().moratorium()).isEqualTo(MoratoriumStatus.NONE);
    assertThat(c.labels().actors()).containsExactly("Seattle City Council");
  }

  @Test
  void aParticipleAfterAPolicyIsWhatThePolicySaysNotASecondPause() {
    Classification c = Read.title("Seattle police adopt new policy restricting facial recognition searches");
    // round 16: a force's own policy is a development of kind policy (was legislation enacted)
    assertThat(Read.headline(c).kind()).isEqualTo(org.regwatch.events.DevelopmentKind.POLICY);
    assertThat(c.labels().legislation()).isEqualTo(LegislationStatus.NONE);
    assertThat(c.labels().moratorium()).isEqualTo(MoratoriumStatus.NONE);
  }

  // --- a measure that expires, lapses or runs out ends a moratorium ---

  @Test
  void aBanThatExpiresEndsAMoratoriumAndIsNoEnactment() {
    Classification c = Read.title("Oregon's ban on facial recognition in police body cameras expires");
    assertThat(c.labels().moratorium()).isEqualTo(MoratoriumStatus.ENDED);
    assertThat(c.labels().legislation()).isEqualTo(LegislationStatus.NONE);
    assertThat(c.labels().actors()).containsExactly("Oregon");
  }

  @Test
  void aPauseThatExpiredEndedWhateverTheRenewalBillDid() {
    Classification c = Read.article("State's facial recognition pause lapses",
        "A two-year moratorium on police use of facial recognition in Oregon lapsed on Friday. A "
            + "bill to renew it stalled in the Senate.");
    assertThat(c.labels().moratorium()).isEqualTo(MoratoriumStatus.ENDED);
    assertThat(c.labels().legislation()).isEqualTo(LegislationStatus.NONE);
  }

  @Test
  void aMoratoriumThatWillExpireHasNotEnded() {
    Classification c = Read.title("Amazon's moratorium on police use of Rekognition will expire next month");
    assertThat(c.labels().moratorium()).isEqualTo(MoratoriumStatus.NONE);
  }

  @Test
  void aBillThatLapsesFailedItEndsNoMoratorium() {
    Classification c = Read.title("Bill to extend facial recognition ban expires in committee");
    assertThat(c.labels().legislation()).isEqualTo(LegislationStatus.FAILED);
    assertThat(c.labels().moratorium()).isEqualTo(MoratoriumStatus.NONE);
  }

  // --- refused pauses and calls to pause ---

  @Test
  void rejectingCallsToSuspendIsNoPause() {
    Classification c = Read.article("Sheriff defends face recognition",
        "The sheriff said on Tuesday his department would not stop using facial recognition, "
            + "rejecting calls from activists to suspend the program.");
    assertThat(c.labels().relevant()).isFalse();
    assertThat(c.developments()).extracting(d -> d.kind()).containsOnly(DevelopmentKind.ADVOCACY);
  }

  @Test
  void wontStopUsingIsANegatedPause() {
    Classification c = Read.title("Police chief says department won't stop using facial recognition");
    assertThat(c.labels().relevant()).isFalse();
    assertThat(c.note()).contains("negated");
  }

  @Test
  void stopUsingIsAPauseWhenNothingNegatesIt() {
    Classification c = Read.title("Police department will stop using facial recognition until review ends");
    assertThat(c.labels().moratorium()).isEqualTo(MoratoriumStatus.ANNOUNCED);
  }

  @Test
  void pressingSomeoneToSuspendIsADemand() {
    Classification c = Read.title("Shareholders press Amazon to suspend Rekognition sales to police");
    assertThat(c.labels().relevant()).isFalse();
  }

  @Test
  void denyingAPauseIsNoPause() {
    Classification c = Read.title("Company denies it halted sales of facial recognition to police");
    assertThat(c.labels().relevant()).isFalse();
  }

  // --- open questions and conditions are no step, not even a proposal ---

  @Test
  void consideringWhetherLegislationIsNeededIsNoProposal() {
    Classification c = Read.article("Minister speaks on police cameras",
        "The interior minister told parliament on Tuesday that the government would consider whether "
            + "new legislation was needed to govern police use of facial recognition.");
    assertThat(c.labels().relevant()).isFalse();
    assertThat(c.labels().legislation()).isEqualTo(LegislationStatus.NONE);
  }

  @Test
  void aCommitteeConsideringABillStillHasAProposal() {
    Classification c = Read.title("Senate committee considers bill to ban police facial recognition");
    assertThat(c.labels().legislation()).isEqualTo(LegislationStatus.PROPOSED);
  }

  @Test
  void mightConsiderABanIsSpeculationNotAProposal() {
    Classification c = Read.article("Council debate",
        "Council members said on Tuesday they might consider a ban on facial recognition later this year.");
    assertThat(c.labels().relevant()).isFalse();
  }

  @Test
  void aReportedWouldWithAConditionAfterItAnnouncesNothing() {
    Classification c = Read.article("Vendor hedges",
        "The company said it would halt sales of facial recognition to police if Congress fails to act.");
    assertThat(c.labels().relevant()).isFalse();
  }

  @Test
  void aReportedWouldWithADurationIsStillAnAnnouncement() {
    Classification c = Read.article("Vendor acts",
        "The company said it would halt sales of facial recognition to police until Congress acts.");
    assertThat(c.labels().moratorium()).isEqualTo(MoratoriumStatus.ANNOUNCED);
  }

  @Test
  void aStepInsideAnIfClauseHasNotHappened() {
    Classification c = Read.title("If the bill passes, police would have to stop using facial recognition");
    assertThat(c.labels().relevant()).isFalse();
  }

  @Test
  void aGovernmentThatCouldBanNamesNoMeasureItIsSpeculation() {
    Classification c = Read.title("City could ban police facial recognition next year, officials say");
    assertThat(c.labels().relevant()).isFalse();
  }

  @Test
  void aBillThatWouldBanIsStillAProposal() {
    Classification c = Read.title("The bill would ban police facial recognition in the state");
    assertThat(c.labels().legislation()).isEqualTo(LegislationStatus.PROPOSED);
  }

  @Test
  void aBanThatWouldFollowIsHedged() {
    Classification c = Read.title("Mayor says ban on facial recognition would follow if audit finds bias");
    assertThat(c.labels().relevant()).isFalse();
  }

  // --- clauses in running text ---

  @Test
  void aConjunctionSeparatesABanFromTheTechnologyInTheNextClause() {
    Classification c = Read.article("Protest rules tightened",
        "The city council banned masks at protests on Tuesday while protesters tried new ways to "
            + "evade facial recognition.");
    assertThat(c.labels().relevant()).isFalse();
  }

  // --- what the technology is ---

  @Test
  void aPhonesFaceUnlockIsFacialRecognitionButNoRegulation() {
    Classification c = Read.article("Budget phone review",
        "Face unlock opened the phone in under a second, but a printed photo fooled it in our tests.");
    assertThat(c.labels().relevant()).isFalse();
    assertThat(c.labels().subjectTech()).isEqualTo(SubjectTech.FACIAL_RECOGNITION);
  }
}
