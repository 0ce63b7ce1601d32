package org.regwatch.classifier.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.regwatch.events.DevelopmentKind;
import org.regwatch.events.LegislationStatus;

/**
 * Round 31 (docs/rules.md "Courts, their orders and their findings"): what a court or a regulator
 * decides about a use is its ruling, not a law's step — an order overturned or upheld, a ban
 * upheld, a use forbidden or found to have no legal basis; and the words around a ruling that
 * are no step at all ("rejecting the company's argument", "the proposed use", an interim order
 * not made). Sentences written for these tests.
 */
class CourtsAndTheirOrdersTest {

  private static DevelopmentKind headlineKind(Classification c) {
    return c.developments().isEmpty() ? null : Read.headline(c).kind();
  }

  @Test
  void aCourtThatOverturnsAnOrderToDeleteAPoliceFaceDatabaseRulesOnTheUse() {
    Classification c = Read.title("Administrative court overturns order to delete police face-matching database");
    assertThat(c.labels().relevant()).isTrue();
    assertThat(headlineKind(c)).isEqualTo(DevelopmentKind.ENFORCEMENT);
    assertThat(c.labels().legislation()).isEqualTo(LegislationStatus.NONE);
  }

  @Test
  void aCourtThatMakesNoInterimOrderTakesNoStep() {
    Classification c = Read.article("Court hears petition on police facial recognition",
        "The High Court did not pass any interim order on the petition against police use of facial recognition.");
    assertThat(c.labels().relevant()).isFalse();
    assertThat(c.labels().legislation()).isEqualTo(LegislationStatus.NONE);
  }

  @Test
  void aJudgeWhoRejectsTheVendorsArgumentDefeatsNoMeasure() {
    Classification c = Read.article("Judge lets facial recognition privacy suit go on",
        "A county judge on Monday rejected the vendor's argument that its facial recognition database is protected speech.");
    assertThat(c.labels().legislation()).isEqualTo(LegislationStatus.NONE);
  }

  @Test
  void aParliamentThatRejectsAMotionStillDefeatsIt() {
    Classification c = Read.article("Parliament rejects motion to ban facial recognition",
        "The national parliament on Wednesday rejected a motion that would have banned facial recognition in public places.");
    assertThat(c.labels().legislation()).isEqualTo(LegislationStatus.FAILED);
  }

  @Test
  void theProposedUseAWatchdogClearsIsNoBill() {
    Classification c = Read.article("Data watchdog clears police facial recognition plan",
        "The data protection authority concluded that the proposed use of facial recognition by police is compatible with the law.");
    assertThat(c.labels().legislation()).isEqualTo(LegislationStatus.NONE);
  }

  @Test
  void theProposedOrdinanceIsStillAProposal() {
    Classification c = Read.article("Council weighs facial recognition ordinance",
        "The council on Monday debated the proposed facial recognition ordinance.");
    assertThat(c.labels().legislation()).isEqualTo(LegislationStatus.PROPOSED);
  }

  @Test
  void aRegulatorThatFindsACompanyBrokeGdprEnforces() {
    Classification c = Read.title("Regulator finds face-search firm Lensgrid broke GDPR");
    assertThat(c.labels().relevant()).isTrue();
    assertThat(headlineKind(c)).isEqualTo(DevelopmentKind.ENFORCEMENT);
  }

  @Test
  void aFindingOfNoLegalBasisIsAFinding() {
    Classification c = Read.article("Watchdog rules against face-search firm",
        "The data protection authority ruled that Lensgrid had no legal basis for scraping photos into its facial recognition database.");
    assertThat(c.labels().relevant()).isTrue();
    assertThat(headlineKind(c)).isEqualTo(DevelopmentKind.ENFORCEMENT);
  }

  @Test
  void aRulingToldAsWhatItForbidsEnforces() {
    Classification c = Read.title("Police cannot use facial recognition on protesters, court rules");
    assertThat(c.labels().relevant()).isTrue();
    assertThat(headlineKind(c)).isEqualTo(DevelopmentKind.ENFORCEMENT);
  }

  @Test
  void rulesThatCannotBeEnforcedYetAreNoRuling() {
    Classification c = Read.title("City says new facial recognition rules cannot be enforced until next year");
    assertThat(headlineKind(c)).isNotEqualTo(DevelopmentKind.ENFORCEMENT);
  }

  @Test
  void anOrderToDeleteWhatTheCompanyAlreadyHoldsIsTheCourtsNewsNotBackground() {
    Classification c = Read.article("Court backs privacy commissioner",
        "The provincial Supreme Court has upheld an order requiring the facial recognition company to delete the images it already holds.");
    assertThat(c.labels().relevant()).isTrue();
    assertThat(headlineKind(c)).isEqualTo(DevelopmentKind.ENFORCEMENT);
  }

  @Test
  void aCourtThatUpholdsABanRulesOnItWithoutEnactingIt() {
    Classification c = Read.title("Appeals court upholds city's facial recognition ban");
    assertThat(c.labels().relevant()).isTrue();
    assertThat(headlineKind(c)).isEqualTo(DevelopmentKind.ENFORCEMENT);
    assertThat(c.labels().legislation()).isEqualTo(LegislationStatus.NONE);
  }

  @Test
  void inAMixedRulingThePartStruckDownIsTheNews() {
    Classification c = Read.title("Top court upholds national ID law but strikes down its facial recognition provision");
    assertThat(c.labels().legislation()).isEqualTo(LegislationStatus.FAILED);
  }

  @Test
  void votersWhoUpholdABanAreNoCourt() {
    Classification c = Read.title("Voters uphold city's facial recognition ban in referendum");
    assertThat(headlineKind(c)).isNotEqualTo(DevelopmentKind.ENFORCEMENT);
  }

  @Test
  void aJudgeWhoApprovesAPrivateSettlementEnforcesNothing() {
    Classification c = Read.title("Judge approves face-search firm's settlement that pays privacy plaintiffs with company shares");
    assertThat(c.labels().relevant()).isFalse();
  }

  @Test
  void aJudgeWhoApprovesAnAttorneyGeneralsSettlementStillSeesItEnforced() {
    Classification c = Read.article("Judge approves state's facial recognition settlement with retailer",
        "A judge approved the settlement between the state attorney general and the retailer, which must "
            + "stop using facial recognition for five years.");
    assertThat(c.labels().relevant()).isTrue();
  }
}
