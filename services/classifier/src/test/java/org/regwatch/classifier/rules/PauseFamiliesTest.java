package org.regwatch.classifier.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.regwatch.events.Development;
import org.regwatch.events.DevelopmentKind;
import org.regwatch.events.DevelopmentStatus;

/**
 * The moratorium field by actor class x verb, written from the language (round 17; docs/rules.md
 * "Pauses by actor class: companies, forces, continuations, ends"): companies and vendors pausing
 * in business words, police forces and agencies pausing their own use, extensions told as
 * continuations, ends told as lapses and restorations, and the look-alikes (a pause setting, a
 * study, demands, refusals, rumours, exits). The table {@code rules/pause-families.psv} holds the
 * sentences; the tests here check what a label line cannot (kind, status, who acts).
 */
class PauseFamiliesTest extends SentenceTable {

  @Override
  String table() {
    return "/rules/pause-families.psv";
  }

  @Test
  void aVendorThatDisablesAFeatureForNowPausesIt() {
    Development d = Read.headline(Read.title("Doorbell maker disables face recognition feature in Illinois and Texas for now"));
    assertThat(d.kind()).isEqualTo(DevelopmentKind.MORATORIUM);
    assertThat(d.status()).isEqualTo(DevelopmentStatus.ANNOUNCED);
  }

  @Test
  void aVerbOfTakingOutWithoutATimeIsNoPause() {
    Classification c = Read.article("Police",
        "Detectives pulled facial recognition images of the suspect from the store's cameras on Tuesday.");
    assertThat(c.developments()).noneMatch(d -> d.kind() == DevelopmentKind.MORATORIUM);
  }

  @Test
  void aForceThatStandsDownItsUnitPendingAReviewPausesItsOwnUse() {
    Development d = Read.headline(Read.title("Police department stands down facial recognition unit pending review"));
    assertThat(d.kind()).isEqualTo(DevelopmentKind.MORATORIUM);
    assertThat(d.status()).isEqualTo(DevelopmentStatus.ANNOUNCED);
  }

  @Test
  void aSystemTakenOfflinePendingAReviewIsPausedButOneThatWentOfflineIsAFault() {
    assertThat(Read.labelLine("Ticketing firm takes facial recognition system offline pending security review", ""))
        .isEqualTo("true announced none");
    assertThat(Read.labelLine("Airport", "Facial recognition gates at the airport went offline pending repairs on Monday."))
        .isEqualTo("false none none");
  }

  @Test
  void aDirectiveThatSuspendsUsePendingAReviewIsAPauseNotAPolicy() {
    Development d = Read.headline(Read.article("Police",
        "The police commissioner issued a directive on Wednesday suspending use of facial recognition software across the force pending a review by the oversight board."));
    assertThat(d.kind()).isEqualTo(DevelopmentKind.MORATORIUM);
    assertThat(d.status()).isEqualTo(DevelopmentStatus.ANNOUNCED);
  }

  @Test
  void aSuspensionUntilFurtherNoticeStartsAPause() {
    Development d = Read.headline(Read.article("Shopping centre cameras",
        "The owner of the Riverside shopping centre has suspended its facial recognition system until further notice, a spokesperson said on Thursday."));
    assertThat(d.status()).isEqualTo(DevelopmentStatus.ANNOUNCED);
  }

  @Test
  void aRestrainingOrderMadeAPreliminaryInjunctionExtendsTheCourtsHalt() {
    Development d = Read.headline(Read.title("Judge turns restraining order on police facial recognition into preliminary injunction"));
    assertThat(d.kind()).isEqualTo(DevelopmentKind.MORATORIUM);
    assertThat(d.status()).isEqualTo(DevelopmentStatus.EXTENDED);
  }

  @Test
  void cameraKeptOffForMoreMonthsOrThroughAYearIsAnExtension() {
    assertThat(Read.labelLine("Retailer keeps facial recognition switched off for six more months", ""))
        .isEqualTo("true extended none");
    assertThat(Read.labelLine("Police facial recognition system to stay offline through 2026", ""))
        .isEqualTo("true extended none");
  }

  @Test
  void aPauseThatContinuesIndefinitelyIsExtended() {
    Development d = Read.headline(Read.article("Police tech",
        "The company said on Wednesday that its pause on selling facial recognition to police would continue indefinitely."));
    assertThat(d.status()).isEqualTo(DevelopmentStatus.EXTENDED);
  }

  @Test
  void restoringOrReEnablingTheTechnologyEndsThePause() {
    Development d = Read.headline(Read.title("Retailer restores facial recognition cameras in its stores"));
    assertThat(d.kind()).isEqualTo(DevelopmentKind.MORATORIUM);
    assertThat(d.status()).isEqualTo(DevelopmentStatus.ENDED);
    assertThat(Read.labelLine("App re-enables facial recognition login in Europe", "")).isEqualTo("true ended none");
  }

  @Test
  void aPauseSettingOrButtonIsAControlOfAProductNotAPause() {
    assertThat(Read.title("Phone update adds pause setting for facial recognition").labels().relevant()).isFalse();
    assertThat(Read.article("Tech", "The new app has a pause button that turns face recognition off for an hour.")
        .labels().relevant()).isFalse();
  }

  @Test
  void whatAStudyFindsAboutAPauseIsNoPause() {
    assertThat(Read.title("Study finds pausing facial recognition cut wrongful arrests").labels().relevant()).isFalse();
  }

  @Test
  void aSwitchOffVerbWithAPermanentWordIsAnExitNotAPause() {
    Development d = Read.headline(Read.article("Shops",
        "The retailer has disabled facial recognition in all its stores for good, the company said."));
    assertThat(d.kind()).isEqualTo(DevelopmentKind.EXIT);
  }
}
