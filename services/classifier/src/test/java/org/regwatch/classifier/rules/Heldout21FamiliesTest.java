package org.regwatch.classifier.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.regwatch.events.DevelopmentKind;
import org.regwatch.events.DevelopmentStatus;

/**
 * heldout-21's misreadings as language families (docs/classifier.md "Rules from heldout-21"): a
 * regulator that declares a moratorium or puts the technology on hold pauses it itself (no one
 * is enforced against); a court that annuls a public body's act about the technology strikes it
 * down (failed, the court its actor); "rejecting calls for a ban" turns down a demand, no bill;
 * "the systems will not use facial recognition" is a system's scope, no pause; a company that
 * bars its customers from using its product for the technology sets a standing rule of use, not a
 * pause. The table {@code rules/heldout21.psv} holds the firing sentences and the traps; the tests
 * below check what a label line cannot: who acts and which kind.
 */
class Heldout21FamiliesTest extends SentenceTable {

  @Override
  String table() {
    return "/rules/heldout21.psv";
  }

  @Test
  void theRegulatorIsTheActorOfItsOwnPause() {
    Classification c = Read.title("Data watchdog declares moratorium on facial recognition approvals");
    assertThat(Read.headline(c).kind()).isEqualTo(DevelopmentKind.MORATORIUM);
    assertThat(c.labels().actors()).containsExactly("Data watchdog");
  }

  @Test
  void theCourtActsNotTheBodyWhoseActItAnnuls() {
    Classification c = Read.article("Court",
        "The administrative court annulled the city's decision to test facial recognition technology.");
    assertThat(Read.headline(c).kind()).isEqualTo(DevelopmentKind.LEGISLATION);
    assertThat(Read.headline(c).status()).isEqualTo(DevelopmentStatus.FAILED);
    assertThat(Read.headline(c).actor()).isEqualTo("administrative court");
  }

  @Test
  void aCompanysRuleOfUseForItsCustomersIsNoPause() {
    Classification c = Read.title("Google bars police from using its AI service for facial recognition");
    assertThat(Read.headline(c).kind()).isEqualTo(DevelopmentKind.EXIT);
    assertThat(c.labels().actors()).containsExactly("Google");
  }
}
