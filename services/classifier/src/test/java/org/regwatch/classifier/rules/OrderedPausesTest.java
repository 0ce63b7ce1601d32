package org.regwatch.classifier.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.regwatch.events.Development;
import org.regwatch.events.DevelopmentKind;
import org.regwatch.events.DevelopmentStatus;

/**
 * Pauses ordered, legislated and ended (round 18; docs/rules.md "Pauses ordered, legislated and
 * ended"): a law or a council's vote that is the pause (both fields), a stop an authority orders
 * for a time or until a condition, a hold a company ends, and the over-readings removed (a freeze
 * made open-ended, a signed statement that asks, a long list of addressees asked to stop). The
 * table {@code rules/ordered-pauses.psv} holds the sentences; the tests here check what a label
 * line cannot (kind, status, who acts).
 */
class OrderedPausesTest extends SentenceTable {

  @Override
  String table() {
    return "/rules/ordered-pauses.psv";
  }

  @Test
  void aStopARegulatorOrdersForNinetyDaysIsItsPauseNotASanction() {
    Development d = Read.headline(Read.article("Biometrics",
        "The country's data protection authority has ordered the start-up to stop collecting iris scans for 90 days."));
    assertThat(d.kind()).isEqualTo(DevelopmentKind.MORATORIUM);
    assertThat(d.status()).isEqualTo(DevelopmentStatus.ANNOUNCED);
    assertThat(d.actor()).contains("data protection authority");
  }

  @Test
  void anOrderToStopWithoutATimeStaysEnforcement() {
    Development d = Read.headline(Read.article("Biometrics",
        "The regulator ordered the company to stop offering payments to people who sign up for iris scans."));
    assertThat(d.kind()).isEqualTo(DevelopmentKind.ENFORCEMENT);
  }

  @Test
  void aCourtOrderExtendedUntilTrialExtendsTheCourtsHalt() {
    Development d = Read.headline(Read.article("Housing",
        "A judge on Friday extended an order keeping the landlord from using facial recognition at the building's doors until the case goes to trial."));
    assertThat(d.kind()).isEqualTo(DevelopmentKind.MORATORIUM);
    assertThat(d.status()).isEqualTo(DevelopmentStatus.EXTENDED);
    assertThat(d.actor()).isEqualToIgnoringCase("judge");
  }

  @Test
  void aCouncilsVoteToExtendItsMoratoriumIsTheCouncilsAct() {
    Classification c = Read.article("Face scans",
        "The Elmford City Council voted 7-2 on Monday to extend the city's moratorium on police use of facial recognition for another year.");
    assertThat(c.labels().actors()).containsExactly("Elmford City Council");
    assertThat(Read.headline(c).status()).isEqualTo(DevelopmentStatus.EXTENDED);
  }

  @Test
  void aFreezeMadeOpenEndedIsNotLifted() {
    Development d = Read.headline(Read.title("Vendor makes its police facial recognition freeze open-ended"));
    assertThat(d.status()).isNotEqualTo(DevelopmentStatus.ENDED);
  }
}
