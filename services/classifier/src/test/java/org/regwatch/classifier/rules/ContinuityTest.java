package org.regwatch.classifier.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.regwatch.events.DevelopmentKind;
import org.regwatch.events.DevelopmentStatus;

/**
 * A pause that already exists goes on or stops, told without "extend" or "end" (rules from
 * heldout-14): kept, renewed, maintained, still, for another year, refused to lift → extended;
 * switched on again, went live after the hold, no longer suspended, expired and not renewed →
 * ended. The sentence table {@code rules/continuity.psv} holds the firing sentences and the traps
 * (a new pause told with "keep"/"stay", background, hedge, demand, negation, another technology);
 * the tests below check what a label line cannot: the kind and who holds the pause.
 */
class ContinuityTest extends SentenceTable {

  @Override
  String table() {
    return "/rules/continuity.psv";
  }

  @Test
  void aRegulatorKeepingItsOwnFreezeProlongsAPauseItEnforcesNothing() {
    Classification c = Read.article("Data watchdog keeps facial recognition freeze in place",
        "The Harbour State data protection commission will not lift its freeze on new facial"
            + " recognition systems when the year closes, it said on Thursday.");
    assertThat(Read.headline(c).kind()).isEqualTo(DevelopmentKind.MORATORIUM);
    assertThat(Read.headline(c).status()).isEqualTo(DevelopmentStatus.EXTENDED);
  }

  @Test
  void aFreezeThatExpiresUnrenewedEndsAndIsNoOrder() {
    Classification c = Read.article("Regulator",
        "The watchdog's freeze on new facial recognition systems expired on Friday and was not renewed.");
    assertThat(c.developments()).noneMatch(d -> d.kind() == DevelopmentKind.ENFORCEMENT);
    assertThat(Read.headline(c).status()).isEqualTo(DevelopmentStatus.ENDED);
  }

  @Test
  void theBodyThatSwitchesTheSystemOnEndsThePauseNotTheDatelinesState() {
    Classification c = Read.article("Schools",
        "MILLBROOK, N.Y. — Facial recognition cameras went live in the Millbrook School District's"
            + " buildings on Monday, after months in which the district had kept them dark at the state's"
            + " request.");
    assertThat(Read.headline(c).status()).isEqualTo(DevelopmentStatus.ENDED);
    assertThat(c.labels().actors()).containsExactly("Millbrook School District");
  }

  @Test
  void aVoteToKeepAPauseEnactsNoLaw() {
    Classification c = Read.article("City council",
        "The council voted on Tuesday to keep its moratorium on police facial recognition in force.");
    assertThat(c.developments()).noneMatch(d -> d.kind() == DevelopmentKind.LEGISLATION);
    assertThat(Read.headline(c).status()).isEqualTo(DevelopmentStatus.EXTENDED);
  }
  @Test
  void aWatchdogCalledByWhatItIsIsTheBodyTheTextNamesWithItsInitials() {
    Classification c = Read.article("Island's data watchdog keeps facial recognition freeze in place into 2022",
        "PORT LOUIS — The island's data protection authority will keep its freeze on new facial"
            + " recognition systems in force until the end of 2022, it said on Thursday.\n\n"
            + "The Office for the Supervision of Personal Information (OSPI) had stopped approving such"
            + " systems in March while it studied the risks.");
    assertThat(c.labels().moratorium().json()).isEqualTo("extended");
    assertThat(c.labels().actors()).containsExactly("Office for the Supervision of Personal Information (OSPI)");
  }

  @Test
  void anAuditCourtLiftingItsHoldIsTheCourtTheTextNames() {
    Classification c = Read.article("Camera tender back on track after audit court lifts hold",
        "LISBON — The city's audit court on Tuesday lifted its hold on the tender for a facial recognition"
            + " camera network, clearing the council to reopen the bidding.\n\n"
            + "The Tribunal de Contas da Cidade had frozen the process in May over its cost.");
    assertThat(c.labels().moratorium().json()).isEqualTo("ended");
    assertThat(c.labels().actors()).containsExactly("Tribunal de Contas da Cidade");
  }

  @Test
  void aTitleBeforeAPersonsNameNamesNoBody() {
    Classification c = Read.article("Face-scanning trial to stay on hold",
        "The live facial recognition trial will stay on hold until a review is complete, Deputy"
            + " Commissioner Mara Lyle said on Monday.\n\nThe Privacy Commissioner welcomed the decision.");
    assertThat(c.labels().moratorium().json()).isEqualTo("extended");
    assertThat(c.labels().actors()).doesNotContain("Privacy Commissioner");
  }
}
