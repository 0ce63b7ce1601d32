package org.regwatch.classifier.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.regwatch.events.DevelopmentKind;
import org.regwatch.events.DevelopmentStatus;

/**
 * New end dates told as a state ("now runs to 2026"), returns told as starting again, pauses told
 * as holding off, organisations moving away from the technology, and a title's vote that the lead
 * tells as the final one (rules from heldout-11). The sentence table
 * {@code rules/dates-returns-exits.psv} holds the firing sentences and the traps of each family;
 * the tests below check what kind of development it is and who acts.
 */
class DatesReturnsExitsTest extends SentenceTable {

  @Override
  String table() {
    return "/rules/dates-returns-exits.psv";
  }

  @Test
  void aMeasureThatNowRunsToALaterDateIsExtendedNotEnactedAgain() {
    Classification c = Read.title("Ohio's facial recognition ban now runs through 2026");
    assertThat(Read.headline(c).kind()).isEqualTo(DevelopmentKind.MORATORIUM);
    assertThat(Read.headline(c).status()).isEqualTo(DevelopmentStatus.EXTENDED);
    assertThat(c.developments()).noneMatch(d -> d.kind() == DevelopmentKind.BAN);
  }

  @Test
  void holdingOffOnItsOwnVoteOrDecisionPausesNoUse() {
    for (String title : new String[] {
        "Council holds off on facial recognition ban vote until next month",
        "Board held off on a decision about facial recognition cameras",
        "Lawmakers hold off on debate over facial recognition rules"}) {
      assertThat(Read.title(title).labels().moratorium().json()).as(title).isEqualTo("none");
    }
  }

  @Test
  void anAgencyThatMovesAwayFromTheTechnologyLeavesIt() {
    Classification c = Read.title("IRS to move away from facial recognition for online accounts");
    assertThat(Read.headline(c).kind()).isEqualTo(DevelopmentKind.EXIT);
    assertThat(c.labels().actors()).containsExactly("Internal Revenue Service");
  }

  @Test
  void aForceThatStartsDeployingAgainEndsItsPause() {
    Classification c = Read.article("Welsh force to deploy face cameras again",
        "South Wales Police said on Monday it would start deploying facial recognition cameras again"
            + " after new national guidance.");
    assertThat(c.labels().moratorium().json()).isEqualTo("ended");
    assertThat(c.labels().actors()).containsExactly("South Wales Police");
  }

  @Test
  void aCountrysPauseMadeByLawIsTheChambersAct() {
    Classification c = Read.article("France halts facial recognition in public places for two years",
        "PARIS — The National Assembly gave final approval on Thursday to the law that carries the pause.");
    assertThat(c.labels().moratorium().json()).isEqualTo("announced");
    assertThat(c.labels().legislation().json()).isEqualTo("enacted");
    assertThat(c.labels().actors()).containsExactly("National Assembly");
  }

  @Test
  void aCountrysPauseEnactedByParliamentIsParliamentsAct() {
    Classification c = Read.article("Italy freezes facial recognition in public places until 2025",
        "ROME — The freeze on facial recognition in public places was enacted by Parliament on Thursday.");
    assertThat(c.labels().actors()).containsExactly("Parliament");
  }

  @Test
  void aNewEndDateWrittenIntoALawExtendsThePauseAndEnactsTheLaw() {
    Classification c = Read.article("Spain's face-scanning pause now runs until 2027",
        "MADRID — Parliament passed a law on Thursday that keeps the freeze on facial recognition in"
            + " public places in force for two more years.");
    assertThat(c.labels().moratorium().json()).isEqualTo("extended");
    assertThat(c.labels().legislation().json()).isEqualTo("enacted");
  }

  @Test
  void aCountrysPauseByDecreeStaysTheCountrys() {
    Classification c = Read.article("Italy freezes facial recognition in public places until 2025",
        "The government froze the use of facial recognition in public places by decree on Thursday.");
    assertThat(c.labels().actors()).containsExactly("Italy");
  }

  @Test
  void aPauseOnSomethingElseIsAboutAnotherTechnology() {
    for (String title : new String[] {
        "Port city stops approving new data centres for a year",
        "Region stops issuing permits for crypto mines until 2025",
        "Province stopped licensing new wind farms for six months"}) {
      Classification c = Read.title(title);
      assertThat(c.labels().relevant()).as(title).isFalse();
      assertThat(c.labels().subjectTech().json()).as(title).isEqualTo("other");
    }
  }
}
