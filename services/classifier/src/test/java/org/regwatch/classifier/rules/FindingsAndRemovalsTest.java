package org.regwatch.classifier.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.regwatch.events.DevelopmentKind;

/**
 * Courts named with a qualifier ("European court", "Human rights court", "EU court") that find a
 * use of the technology unlawful take an enforcement step; a company or force that removes,
 * takes down or dismantles the technology leaves it (exit). Sentences written for these tests.
 */
class FindingsAndRemovalsTest {

  private static DevelopmentKind headlineKind(Classification c) {
    return c.developments().isEmpty() ? null : Read.headline(c).kind();
  }

  @Test
  void aEuropeanCourtThatRulesAUseViolatedRightsEnforces() {
    Classification c = Read.title("European court rules police use of facial recognition violated protester's rights");
    assertThat(c.labels().relevant()).isTrue();
    assertThat(headlineKind(c)).isEqualTo(DevelopmentKind.ENFORCEMENT);
  }

  @Test
  void theHumanRightsCourtByItsFullNameIsACourtNotARightToAct() {
    Classification c = Read.article("Strasbourg judges find against Westland over face-matching arrest",
        "The European Court of Human Rights ruled on Tuesday that Westland violated the rights of a "
            + "protester whom police identified with facial recognition.");
    assertThat(c.labels().relevant()).isTrue();
  }

  @Test
  void aFindingInThePresentTenseIsAFinding() {
    Classification c = Read.title("EU court rules systematic collection of suspects' biometric data breaches EU law");
    assertThat(c.labels().relevant()).isTrue();
  }

  @Test
  void aLawsuitThatSaysAUseViolatedRightsIsNoFinding() {
    Classification c = Read.title("Lawsuit says police use of facial recognition violated protester's rights");
    assertThat(c.labels().relevant()).isFalse();
  }

  @Test
  void aRulingStillToComeIsNoFinding() {
    Classification c = Read.article("Court to rule on police face matching",
        "The court will rule next month on whether the police use of facial recognition violated privacy law.");
    assertThat(c.labels().relevant()).isFalse();
  }

  @Test
  void aRetailerThatRemovesItsFaceRecognitionCamerasLeavesTheTechnology() {
    Classification c = Read.title("Harbour Mart removes facial recognition cameras from all 40 of its stores");
    assertThat(c.labels().relevant()).isTrue();
    assertThat(headlineKind(c)).isEqualTo(DevelopmentKind.EXIT);
  }

  @Test
  void aBankThatDismantlesItsSystemLeavesTheTechnology() {
    Classification c = Read.title("Bank dismantles its facial recognition system at branches");
    assertThat(headlineKind(c)).isEqualTo(DevelopmentKind.EXIT);
  }

  @Test
  void aCompanyRemovedFromAVendorListRemovesNoTechnology() {
    Classification c = Read.title("Retailer removed from facial recognition vendor list");
    assertThat(c.labels().relevant()).isFalse();
  }

  @Test
  void aPersonRemovedAfterFaceMatchingIsNoExit() {
    Classification c = Read.title("Police removed a protester identified by facial recognition from the square");
    assertThat(c.labels().relevant()).isFalse();
  }

  @Test
  void camerasSwappedForFaceRecognitionOnesAreInstalledNotRemoved() {
    Classification c = Read.title("Technicians removed the old cameras and installed facial recognition ones");
    assertThat(c.labels().relevant()).isFalse();
  }

  @Test
  void aRegulatorThatOrdersTheRemovalEnforces() {
    Classification c = Read.title("Regulator orders retailer to remove facial recognition cameras");
    assertThat(headlineKind(c)).isEqualTo(DevelopmentKind.ENFORCEMENT);
  }

  @Test
  void aFindingToldWithNotLawfulIsAFinding() {
    Classification c = Read.title("Regulator finds retailer's use of facial recognition was not lawful");
    assertThat(headlineKind(c)).isEqualTo(DevelopmentKind.ENFORCEMENT);
  }

  @Test
  void aFindingThatAUseIsLawfulIsNoEnforcement() {
    Classification c = Read.title("Regulator says the city's plan to use facial recognition is lawful");
    assertThat(c.labels().relevant()).isFalse();
  }

  @Test
  void faceReadingScreensAreTheTechnology() {
    Classification c = Read.title("Court orders metro operator to pay damages over face-reading ad screens");
    assertThat(headlineKind(c)).isEqualTo(DevelopmentKind.ENFORCEMENT);
  }
}
