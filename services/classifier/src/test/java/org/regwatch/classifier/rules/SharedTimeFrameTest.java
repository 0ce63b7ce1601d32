package org.regwatch.classifier.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.regwatch.events.MoratoriumStatus;

/**
 * A time that frames a whole sentence: a cue of time opening it reaches the clauses joined to the
 * first by ", and" that name no time of their own, and an event inside a fronted "In the week
 * that …," clause is the frame of the main clause, not its news (sentences written for these
 * tests).
 */
class SharedTimeFrameTest {

  private static final String SUIT = "Two Westland residents have sued Harbour Vision and Northgate Systems "
      + "in federal court, saying the companies trained face-matching software on their photos without "
      + "consent. The companies did not respond to requests for comment. ";

  @Test
  void aClauseJoinedToALastMonthClauseIsLastMonthsToo() {
    Classification c = Read.article("Residents sue two vendors over face photo dataset",
        SUIT + "Last month Harbour Vision announced a one-year moratorium on police use of its face-matching "
            + "software, and Northgate Systems said it would not sell facial recognition to police "
            + "departments until there is a federal law.");
    assertThat(c.labels().relevant()).isFalse();
    assertThat(c.labels().moratorium()).isEqualTo(MoratoriumStatus.NONE);
  }

  @Test
  void aJoinedClauseWithATimeOfItsOwnIsStillNews() {
    Classification c = Read.article("Northgate stops selling face matching to police",
        "Last year Harbour Vision stopped selling face-matching software to police, and on Tuesday "
            + "Northgate Systems said it would not sell facial recognition to police departments for a year.");
    assertThat(c.labels().moratorium()).isEqualTo(MoratoriumStatus.ANNOUNCED);
  }

  @Test
  void anEventInsideAFrontedTimeClauseIsTheFrameNotTheNews() {
    Classification c = Read.article("Small face-matching vendors asked where they stand",
        "In the week that Harbour Vision, Northgate Systems and Eastbay AI stepped back from selling "
            + "facial recognition to police, smaller vendors found themselves fielding the same question "
            + "from customers and reporters.");
    assertThat(c.labels().relevant()).isFalse();
  }

  @Test
  void anEventAfterTheCommaThatClosesTheFrameIsTheNews() {
    Classification c = Read.article("Harbour Vision pauses police sales",
        "In the days after the vote, Harbour Vision paused sales of its facial recognition software to "
            + "police for a year.");
    assertThat(c.labels().moratorium()).isEqualTo(MoratoriumStatus.ANNOUNCED);
  }
}
