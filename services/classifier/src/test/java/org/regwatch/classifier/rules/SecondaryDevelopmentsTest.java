package org.regwatch.classifier.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.regwatch.events.Development;
import org.regwatch.events.DevelopmentKind;

/** The developments besides the headline (`also`): no spurious ones, and the right actor. */
class SecondaryDevelopmentsTest {

  private static List<Development> also(Classification c) {
    return c.developments().stream().filter(d -> !d.headline()).toList();
  }

  @Test
  void aDeniedPauseNextToALeavingForGoodIsOnlyAnExit() {
    Classification c = Read.article("IBM walks away from general-purpose facial recognition",
        "IBM will no longer offer general-purpose facial recognition software, its chief executive "
            + "wrote on Monday. IBM has not merely paused the product line: it is leaving the "
            + "business for good.");
    assertThat(also(c)).noneMatch(d -> d.kind() == DevelopmentKind.MORATORIUM);
  }

  @Test
  void aPauseThatIsDeniedInOtherWordsDoesNotTurnAnExitIntoAMoratorium() {
    Classification c = Read.article("Vendor quits face recognition for good",
        "Axon said it is getting out of facial recognition products. Axon hasn't just paused its "
            + "software work; it will abandon the technology permanently.");
    assertThat(c.developments()).noneMatch(d -> d.kind() == DevelopmentKind.MORATORIUM);
  }

  @Test
  void aStepInsideAHopeIsNotADevelopment() {
    Classification c = Read.article("Amazon pauses police use of Rekognition",
        "Amazon announced on Wednesday a one-year moratorium on police use of Rekognition, its "
            + "facial recognition service. The company said it hopes the pause gives Congress "
            + "enough time to pass rules for the technology.");
    assertThat(c.developments()).noneMatch(d -> d.kind() == DevelopmentKind.LEGISLATION);
  }

  @Test
  void aHopeScopesOverALongComplementInOtherWordsToo() {
    Classification c = Read.article("Microsoft halts sales of face recognition to police",
        "Microsoft will not sell facial recognition technology to police departments for now. "
            + "Its president said he was hoping that the delay would allow state legislatures across "
            + "the country to approve a law on the software.");
    assertThat(c.developments()).noneMatch(d -> d.kind() == DevelopmentKind.LEGISLATION);
  }

  @Test
  void theActorOfADemandIsTheAdvocateNotTheCompanyThatMustAct() {
    Classification c = Read.article("Amazon halts police use of facial recognition",
        "Amazon is implementing a one-year moratorium on police use of its facial recognition "
            + "technology, the company said. The American Civil Liberties Union said Amazon must "
            + "commit to a permanent halt rather than a pause.");
    assertThat(also(c)).filteredOn(d -> d.kind() == DevelopmentKind.ADVOCACY)
        .singleElement().satisfies(d -> assertThat(d.actor()).isEqualTo("ACLU"));
  }

  @Test
  void theSpeakerOfAnObligationDemandsEvenWhenNotAnAdvocate() {
    Classification c = Read.article("Microsoft pauses police sales of facial recognition",
        "Microsoft said it will not sell facial recognition software to police for now. "
            + "Democratic lawmakers said Microsoft should halt sales of the technology to federal "
            + "agencies as well.");
    assertThat(also(c)).filteredOn(d -> d.kind() == DevelopmentKind.ADVOCACY)
        .isNotEmpty().allSatisfy(d -> assertThat(d.actor()).isEqualTo("US Congress"));
  }

  @Test
  void theAddresseeOfASpeechVerbIsNotTheActor() {
    Classification c = Read.article("Microsoft quits facial recognition sales for good",
        "Microsoft's president informed state lawmakers in a letter that the company will no longer "
            + "sell facial recognition software, and assured Congress it would exit the business.");
    assertThat(c.developments()).isNotEmpty()
        .allSatisfy(d -> assertThat(d.actor()).startsWith("Microsoft"));
  }
}
