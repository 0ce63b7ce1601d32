package org.regwatch.classifier.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.regwatch.events.DevelopmentKind;
import org.regwatch.events.DevelopmentStatus;

/**
 * heldout-24's misreadings as language families: a plan to use the technology given up is an
 * exit; a plan to require or ban it given up, or a proposed rule an agency will not go ahead with,
 * is a measure that failed; a trial of the technology that starts again ends the gap; a place
 * where the subject ranks ("the latest in Ohio to adopt a ban") is no actor; a jury's finding
 * and suits counted in bulk that settled are no enforcement. The table
 * {@code rules/heldout24.psv} holds the firing sentences and the traps; the tests below check
 * what a label line cannot: the kind and who acts.
 */
class Heldout24FamiliesTest extends SentenceTable {

  @Override
  String table() {
    return "/rules/heldout24.psv";
  }

  @Test
  void aPlanOfUseGivenUpIsAnExitOfItsOwner() {
    Classification c = Read.title("Westfield University drops plan to use facial recognition on its cameras");
    assertThat(Read.headline(c).kind()).isEqualTo(DevelopmentKind.EXIT);
    assertThat(Read.headline(c).actor()).isEqualTo("Westfield University");
  }

  @Test
  void aPlanOfAMeasureGivenUpIsNoExit() {
    Classification c = Read.title("Oakvale council drops plans for facial recognition ban");
    assertThat(c.developments()).noneMatch(d -> d.kind() == DevelopmentKind.EXIT);
    assertThat(Read.headline(c).status()).isEqualTo(DevelopmentStatus.FAILED);
  }

  @Test
  void aTrialStartedAgainIsAPauseEnded() {
    Classification c = Read.article("City",
        "The city of Lakeport will start a second trial of the face recognition system, weeks after the first one ran out.");
    assertThat(Read.headline(c).kind()).isEqualTo(DevelopmentKind.MORATORIUM);
    assertThat(Read.headline(c).status()).isEqualTo(DevelopmentStatus.ENDED);
  }

  @Test
  void aPlaceWhereTheSubjectRanksIsNoActor() {
    Classification c = Read.article("Council",
        "The Lakeport City Council has voted to bar city departments, among them the police, from buying or"
            + " using facial recognition technology, making Lakeport the latest in Ohio to adopt a ban.");
    assertThat(c.labels().actors()).containsExactly("Lakeport City Council");
    // traps: a place that acts, or where the police who act serve, stays the actor
    assertThat(Read.title("Ohio bans facial recognition in schools").labels().actors()).containsExactly("Ohio");
    assertThat(Read.title("Police in Ohio will stop using facial recognition").labels().actors()).containsExactly("Ohio");
  }
}
