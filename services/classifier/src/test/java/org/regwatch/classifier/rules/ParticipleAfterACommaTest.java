package org.regwatch.classifier.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.regwatch.events.LegislationStatus;

/**
 * A participle set off by a comma describes the clause or noun phrase before it: "…, allowing
 * operators to search footage" is what an upgrade made possible, "The report, <its title>,
 * published on Tuesday" is a report published. Neither is a measure adopted (sentences written
 * for these tests).
 */
class ParticipleAfterACommaTest {

  @Test
  void aCapabilityAddedInAnUpgradeAllowingOperatorsToSearchIsNoLaw() {
    Classification c = Read.article("Westbrook improvement district extends pause on facial recognition",
        "The Westbrook City Improvement District has extended the suspension of facial recognition on "
            + "its camera network for twelve months. Facial recognition analytics were added during an "
            + "upgrade, allowing operators to search recorded footage for a face.");
    assertThat(c.labels().legislation()).isEqualTo(LegislationStatus.NONE);
  }

  @Test
  void aCouncilThatPassedAnOrdinanceAllowingPoliceToUseItEnactsAMeasure() {
    Classification c = Read.article("Westbrook council lets police use facial recognition",
        "The Westbrook City Council passed an ordinance on Tuesday, allowing police to use facial "
            + "recognition to identify suspects in violent crimes.");
    assertThat(c.labels().legislation()).isEqualTo(LegislationStatus.ENACTED);
  }

  @Test
  void aCouncilThatVotedAllowingPoliceToUseItStillActsByItsVote() {
    Classification c = Read.article("Westbrook council lets police use facial recognition",
        "The Westbrook City Council voted 6-3 on Tuesday night, allowing police to use facial "
            + "recognition to identify suspects in violent crimes.");
    assertThat(c.labels().legislation()).isEqualTo(LegislationStatus.ENACTED);
  }

  @Test
  void aReportWhoseTitleStandsBeforeItsParticipleIsNoRulePublished() {
    Classification c = Read.article("Immigration agency searched millions of licence photos, report finds",
        "The report, Watched at the Wheel: Licence Photos and the Immigration Agency, published on "
            + "Tuesday by Harbour Law's Center on Privacy, says US immigration officers ran facial "
            + "recognition searches on state driver's licence databases without warrants.");
    assertThat(c.labels().relevant()).isFalse();
    assertThat(c.labels().legislation()).isEqualTo(LegislationStatus.NONE);
  }

  @Test
  void rulesWhoseTitleStandsBeforeTheirParticipleAreStillPublished() {
    Classification c = Read.article("Regulator publishes facial recognition rules for retailers",
        "The rules, known as the Retail Biometrics Code, were published on Tuesday by the state's privacy "
            + "regulator and limit how shops may use facial recognition.");
    assertThat(c.labels().legislation()).isEqualTo(LegislationStatus.ENACTED);
  }
}
