package org.regwatch.classifier.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.regwatch.events.DevelopmentKind;
import org.regwatch.events.LegislationStatus;
import org.regwatch.events.MoratoriumStatus;

/** Which development a trigger reports, and its stage. */
class KindAndStatusRulesTest {

  @Test
  void aOneYearMoratoriumByACompanyIsAnnounced() {
    Classification c = Read.title("Amazon puts a one-year pause on police use of its face recognition service");
    assertThat(c.labels().moratorium()).isEqualTo(MoratoriumStatus.ANNOUNCED);
    assertThat(c.labels().legislation()).isEqualTo(LegislationStatus.NONE);
  }

  @Test
  void extendingAMoratoriumIsExtended() {
    Classification c = Read.title("Amazon extends its moratorium on police use of Rekognition indefinitely");
    assertThat(c.labels().moratorium()).isEqualTo(MoratoriumStatus.EXTENDED);
  }

  @Test
  void stillHaltingIsAContinuation() {
    Classification c = Read.title("A year on, Amazon is still halting police use of its facial recognition");
    assertThat(c.labels().moratorium()).isEqualTo(MoratoriumStatus.EXTENDED);
  }

  @Test
  void liftingAMoratoriumEndsIt() {
    Classification c = Read.title("Company lifts moratorium on selling facial recognition to police");
    assertThat(c.labels().moratorium()).isEqualTo(MoratoriumStatus.ENDED);
  }

  @Test
  void resumingSalesEndsAPause() {
    Classification c = Read.title("Vendor resumes sales of facial recognition software to police departments");
    assertThat(c.labels().moratorium()).isEqualTo(MoratoriumStatus.ENDED);
  }

  @Test
  void leavingTheBusinessForGoodIsAnExitNotAMoratorium() {
    Classification c = Read.title("IBM gets out of the facial recognition business for good");
    assertThat(c.labels().relevant()).isTrue();
    assertThat(c.labels().moratorium()).isEqualTo(MoratoriumStatus.NONE);
    assertThat(Read.headline(c).kind()).isEqualTo(DevelopmentKind.EXIT);
  }

  @Test
  void aStopUntilFurtherNoticeByACompanyIsAMoratorium() {
    Classification c = Read.title("Body camera maker won't add face matching to its cameras for now");
    assertThat(c.labels().moratorium()).isEqualTo(MoratoriumStatus.ANNOUNCED);
  }

  @Test
  void introducingABillIsProposed() {
    Classification c = Read.title("Senators introduce bill to curb federal use of facial recognition");
    assertThat(c.labels().legislation()).isEqualTo(LegislationStatus.PROPOSED);
  }

  @Test
  void aCityToBanIsProposed() {
    Classification c = Read.title("Another Massachusetts town to ban face surveillance");
    assertThat(c.labels().legislation()).isEqualTo(LegislationStatus.PROPOSED);
  }

  @Test
  void oneChamberPassingABillIsAdvancing() {
    Classification c = Read.title("State Senate passes bill limiting police facial recognition");
    assertThat(c.labels().legislation()).isEqualTo(LegislationStatus.ADVANCING);
  }

  @Test
  void aLegislatureVoteSendsTheBillOnItIsAdvancing() {
    Classification c = Read.title("Oregon legislature votes to ban face recognition on body cameras");
    assertThat(c.labels().legislation()).isEqualTo(LegislationStatus.ADVANCING);
  }

  @Test
  void aCityCouncilVoteToBanIsEnacted() {
    Classification c = Read.title("Ypsilanti City Council votes to ban facial recognition");
    assertThat(c.labels().legislation()).isEqualTo(LegislationStatus.ENACTED);
    assertThat(c.labels().actors()).containsExactly("Ypsilanti City Council");
  }

  @Test
  void aCityThatBansHasEnacted() {
    Classification c = Read.title("Oakland bans city use of facial recognition software");
    assertThat(c.labels().legislation()).isEqualTo(LegislationStatus.ENACTED);
  }

  @Test
  void aStateThatBecomesTheFirstToBanHasEnacted() {
    Classification c = Read.title("Vermont becomes the first state to ban police facial recognition");
    assertThat(c.labels().legislation()).isEqualTo(LegislationStatus.ENACTED);
  }

  @Test
  void aGovernorSigningIsEnacted() {
    Classification c = Read.title("Governor signs bill restricting facial recognition in schools");
    assertThat(c.labels().legislation()).isEqualTo(LegislationStatus.ENACTED);
  }

  @Test
  void aNewLawThatBansIsEnacted() {
    Classification c = Read.title("Utah's new law bans warrantless facial recognition searches");
    assertThat(c.labels().legislation()).isEqualTo(LegislationStatus.ENACTED);
  }

  @Test
  void aVetoIsFailed() {
    Classification c = Read.title("Governor vetoes bill that would have banned facial recognition");
    assertThat(c.labels().legislation()).isEqualTo(LegislationStatus.FAILED);
  }

  @Test
  void aBillThatDiesIsFailed() {
    Classification c = Read.title("Facial recognition ban bill dies in House committee");
    assertThat(c.labels().legislation()).isEqualTo(LegislationStatus.FAILED);
  }

  @Test
  void theWordMoratoriumInABillsNameIsNotAMoratorium() {
    Classification c = Read.article("Lawmakers try again",
        "Lawmakers reintroduced the Face Surveillance Moratorium Act on Tuesday, which would bar federal agencies from using facial recognition.");
    assertThat(c.labels().moratorium()).isEqualTo(MoratoriumStatus.NONE);
    assertThat(c.labels().legislation()).isEqualTo(LegislationStatus.PROPOSED);
  }

  @Test
  void aTemporaryBanInABillIsNoMoratoriumUntilItIsLaw() {
    Classification c = Read.title("Assembly passes bill temporarily banning facial recognition on police cameras");
    assertThat(c.labels().moratorium()).isEqualTo(MoratoriumStatus.NONE);
    assertThat(c.labels().legislation()).isEqualTo(LegislationStatus.ADVANCING);
  }

  @Test
  void aSignedLawThatSuspendsUseIsAMoratoriumAndEnacted() {
    Classification c = Read.article("State pauses school face scanning",
        "The governor signed legislation on Monday suspending the use of facial recognition in schools until 2023.");
    assertThat(c.labels().moratorium()).isEqualTo(MoratoriumStatus.ANNOUNCED);
    assertThat(c.labels().legislation()).isEqualTo(LegislationStatus.ENACTED);
  }

  @Test
  void aRegulatorsFineIsEnforcementRelevantWithNoStatus() {
    Classification c = Read.title("Dutch DPA fines Clearview AI 30.5 million euros");
    assertThat(c.labels().relevant()).isTrue();
    assertThat(c.labels().moratorium()).isEqualTo(MoratoriumStatus.NONE);
    assertThat(c.labels().legislation()).isEqualTo(LegislationStatus.NONE);
    assertThat(Read.headline(c).kind()).isEqualTo(DevelopmentKind.ENFORCEMENT);
  }

  @Test
  void aFineAsAnAdjectiveIsNoEnforcement() {
    Classification c = Read.title("Face recognition works fine in good light, study says");
    assertThat(c.labels().relevant()).isFalse();
  }

  @Test
  void aCompanyBannedByARegulatorIsEnforcement() {
    Classification c = Read.title("Pharmacy chain banned from using facial recognition under FTC order");
    assertThat(Read.headline(c).kind()).isEqualTo(DevelopmentKind.ENFORCEMENT);
  }

  @Test
  void productNewsIsNotRegulation() {
    Classification c = Read.title("Phone maker adds 3D face unlock to its new flagship");
    assertThat(c.labels().relevant()).isFalse();
  }

  @Test
  void aBanOnSomethingElseIsNotAboutTheTechnology() {
    Classification c = Read.title("City council votes to ban plastic straws");
    assertThat(c.labels().relevant()).isFalse();
  }

  @Test
  void aBillHeadingToTheGovernorIsAdvancing() {
    Classification c = Read.title("Facial recognition bill heads to the governor's desk");
    assertThat(c.labels().legislation()).isEqualTo(LegislationStatus.ADVANCING);
  }

  @Test
  void aGovernmentSettingRulesHasEnactedThem() {
    Classification c = Read.title("China sets rules for facial recognition use by businesses");
    assertThat(c.labels().legislation()).isEqualTo(LegislationStatus.ENACTED);
  }

  @Test
  void draftRulesAreProposed() {
    Classification c = Read.title("China issues draft rules for facial recognition use by businesses");
    assertThat(c.labels().legislation()).isEqualTo(LegislationStatus.PROPOSED);
  }

  @Test
  void aCourtStoppingACompanyIsEnforcementNotItsMoratorium() {
    Classification c = Read.title("Federal judge blocks Clearview AI from selling to private companies");
    assertThat(c.labels().moratorium()).isEqualTo(MoratoriumStatus.NONE);
    assertThat(Read.headline(c).kind()).isEqualTo(DevelopmentKind.ENFORCEMENT);
  }

  @Test
  void aSemicolonSeparatesTheTechnologyFromAnotherBan() {
    Classification c = Read.title("Protesters wear masks to evade facial recognition; government bans masks");
    assertThat(c.labels().relevant()).isFalse();
  }

  @Test
  void placesAfterAPrepositionAreNotTheSubject() {
    Classification c = Read.article("Clearview AI keeps growing",
        "Clearview AI, which was fined in the UK, Italy and France, agreed to stop selling facial recognition to private companies.");
    assertThat(c.labels().actors()).containsExactly("Clearview AI");
  }

  @Test
  void aCompanyOrderedToDeleteDataIsEnforcedAgainst() {
    Classification c = Read.title("Clearview AI ordered to delete all data on Australians");
    assertThat(c.labels().relevant()).isTrue();
    assertThat(Read.headline(c).kind()).isEqualTo(DevelopmentKind.ENFORCEMENT);
  }
}
