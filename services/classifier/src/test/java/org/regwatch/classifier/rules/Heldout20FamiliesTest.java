package org.regwatch.classifier.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.regwatch.events.DevelopmentKind;

/**
 * heldout-20's misreadings as language families (docs/classifier-history.md "Rules from heldout-20"): a
 * council that approves a freeze or pause enacts it as its ordinance; a law-making body that lets
 * or allows police to use the technology passes a measure (its subject acts, not the police it
 * permits); what a law "lets" an authority do is the law's content; stored face images searched
 * or compared are face matching; a chamber named with its state's abbreviation ("Mass. Senate") is
 * the state's chamber; "two years ago" is no duration; "Port of X" is not the city X. The table
 * {@code rules/heldout20.psv} holds the firing sentences and the traps; the tests below check
 * what a label line cannot: who acts and what the development carries.
 */
class Heldout20FamiliesTest extends SentenceTable {

  @Override
  String table() {
    return "/rules/heldout20.psv";
  }

  @Test
  void theCouncilThatApprovesAFreezeIsTheActorOfItsOrdinance() {
    Classification c = Read.title("Riverton City Council approves one-year freeze on facial recognition");
    assertThat(c.labels().actors()).containsExactly("Riverton City Council");
    assertThat(c.developments()).anyMatch(d -> d.kind() == DevelopmentKind.LEGISLATION
        && "Riverton City Council".equals(d.actor()));
  }

  @Test
  void thePolicePermittedAreNotTheBodyThatPermits() {
    Classification c = Read.article("Council",
        "The Riverton City Council voted 5-2 on Monday to allow the city's police department to use"
            + " facial recognition technology.");
    assertThat(Read.headline(c).actor()).isEqualTo("Riverton City Council");
  }

  @Test
  void aChamberNamedWithItsStatesAbbreviationIsTheStatesChamber() {
    assertThat(Read.title("Mass. Senate passes bill with pause on facial recognition").labels().actors())
        .containsExactly("Massachusetts Senate");
    assertThat(Read.title("Calif. Assembly OKs facial recognition ban").labels().actors())
        .containsExactly("California Assembly");
    assertThat(Read.title("Washington state senators pass bill to ban police facial recognition").labels().actors())
        .containsExactly("Washington state senators"); // no abbreviation: as written
  }

  @Test
  void aSpanFollowedByAgoIsNoDuration() {
    Classification c = Read.article("Council",
        "The City Council voted on Thursday to allow police to use facial recognition, undoing a ban"
            + " the council adopted less than two years ago.");
    assertThat(Read.headline(c).duration()).isNull();
    assertThat(Read.headline(c).expiryDate()).isNull();
    Classification timed = Read.title("City council approves two-year freeze on facial recognition");
    assertThat(Read.headline(timed).duration()).isEqualTo("two years");
  }

  @Test
  void searchedFaceImagesAreFaceRecognitionNotBiometrics() {
    Classification c = Read.article("Commission",
        "The European Commission on Tuesday proposed rules that would let police forces search each"
            + " other's databases of facial images.");
    assertThat(c.labels().subjectTech()).isEqualTo(org.regwatch.events.SubjectTech.FACIAL_RECOGNITION);
    assertThat(c.labels().actors()).containsExactly("European Commission");
  }
}
