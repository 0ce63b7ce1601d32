package org.regwatch.classifier.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * How real coverage tells a legislative stage and which labels a law's pause gets (rules added
 * after heldout-7's misreadings): provisional deals and committee votes are steps, a measure that
 * sunsets ends a moratorium, a law that bans use for a fixed time starts one. Each family has its
 * firing sentences and its traps (hedge, demand, negation, another technology) in
 * {@code /rules/stages.psv}.
 */
class StageLanguageTest extends SentenceTable {

  @Override
  String table() {
    return "/rules/stages.psv";
  }

  @Test
  void aForceNamedByItsAcronymIsTheForceNotItsCity() {
    Classification c = Read.title("LAPD bars officers from using commercial facial recognition");
    assertThat(c.labels().actors()).containsExactly("Los Angeles Police Department");
  }

  @Test
  void aSponsorsHomeCountyIsNoActor() {
    Classification c = Read.article("Facial recognition limits law takes effect",
        "The law, carried by Sen. Jane Roe, a Fairfax County Democrat, and signed by the governor, takes"
            + " effect on Friday and limits police use of facial recognition.");
    assertThat(c.labels().actors()).doesNotContain("Fairfax County");
  }

  @Test
  void aCountyThatActsIsStillAnActor() {
    Classification c = Read.title("Fairfax County bans police facial recognition");
    assertThat(c.labels().actors()).containsExactly("Fairfax County");
  }

  @Test
  void aFullStopEndsAPersonsName() {
    Classification c = Read.article("Facial recognition law signed",
        "The law limiting police facial recognition was signed by Gov. Glenn Youngkin. It takes effect Friday.");
    assertThat(c.labels().actors()).containsExactly("Gov. Glenn Youngkin");
  }

  @Test
  void aCapitalisedVerbAfterATitleIsNoName() {
    Classification c = Read.title("Vt. governor OKs freeze on police facial recognition");
    assertThat(c.labels().actors()).noneMatch(a -> a.contains("OKs"));
  }
}
