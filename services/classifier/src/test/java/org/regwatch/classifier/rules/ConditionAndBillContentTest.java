package org.regwatch.classifier.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.regwatch.events.DevelopmentKind;
import org.regwatch.events.DevelopmentStatus;
import org.regwatch.events.LegislationStatus;
import org.regwatch.events.MoratoriumStatus;

/** A pause or a vote that is only the content of a bill, or inside a condition, has not happened. */
class ConditionAndBillContentTest {

  @Test
  void aVoteInsideAnUntilClauseIsNotAdvancing() {
    Classification c = Read.article("Lawmakers introduce bill to curb police facial recognition",
        "Two state senators introduced a bill on Monday on facial recognition. The measure would "
            + "bar police from using the technology until the legislature approves rules for it.");
    assertThat(c.developments()).noneMatch(d -> d.kind() == DevelopmentKind.LEGISLATION
        && d.status() == DevelopmentStatus.ADVANCING);
  }

  @Test
  void aPauseThatABillWouldImposeIsNoMoratoriumYet() {
    Classification c = Read.title("Lawmakers refile bill to suspend federal facial recognition use");
    assertThat(c.labels().moratorium()).isEqualTo(MoratoriumStatus.NONE);
    assertThat(c.labels().legislation()).isEqualTo(LegislationStatus.PROPOSED);
  }

  @Test
  void passingALawIsEnactedEvenByALegislature() {
    Classification c = Read.title("Oregon Legislature passes a law restricting facial recognition in schools");
    assertThat(c.labels().legislation()).isEqualTo(LegislationStatus.ENACTED);
  }
}
