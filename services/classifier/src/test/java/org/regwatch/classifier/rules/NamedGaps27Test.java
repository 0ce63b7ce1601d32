package org.regwatch.classifier.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.regwatch.events.Development;
import org.regwatch.events.DevelopmentKind;
import org.regwatch.events.DevelopmentStatus;

/**
 * Gaps earlier rounds named in docs/rules.md, written from the language (round 27): a stop told
 * in the present with no time is an exit; a fronted phrase of cause holding an ask does not block
 * the act after its comma; a negation does not reach across a conjunction; a renewal refused ends
 * the pause (and a vote against it defeats the extension); talks on a bill that collapse are the
 * bill failing; a chamber that passes a bill without the technology's curbs is the actor of the
 * curbs' failure. The table {@code rules/named-gaps-27.psv} holds the sentences; the tests here
 * check what a label line cannot (kind, who acts).
 */
class NamedGaps27Test extends SentenceTable {

  @Override
  String table() {
    return "/rules/named-gaps-27.psv";
  }

  @Test
  void aPresentStopWithoutATimeIsAnExitOfItsActor() {
    Development d = Read.headline(Read.title("Bank stops using facial recognition at its branches"));
    assertThat(d.kind()).isEqualTo(DevelopmentKind.EXIT);
    assertThat(d.actor()).isEqualTo("Bank");
  }

  @Test
  void aPresentStopWithAConditionIsStillAPause() {
    Development d = Read.headline(Read.title("Bank stops using facial recognition pending review"));
    assertThat(d.kind()).isEqualTo(DevelopmentKind.MORATORIUM);
    assertThat(d.status()).isEqualTo(DevelopmentStatus.ANNOUNCED);
  }

  @Test
  void aVoteAgainstExtendingEndsThePauseOfTheCouncil() {
    Development d = Read.headline(Read.title("Council votes against extending facial recognition moratorium"));
    assertThat(d.kind()).isEqualTo(DevelopmentKind.MORATORIUM);
    assertThat(d.status()).isEqualTo(DevelopmentStatus.ENDED);
    assertThat(d.actor()).isEqualTo("Council");
  }

  @Test
  void theChamberThatPassedTheBillActsNotTheAgencyTheCurbsWouldHaveBound() {
    Classification c = Read.title("Senate passes spending bill without limits on TSA face scans");
    Development d = Read.headline(c);
    assertThat(d.kind()).isEqualTo(DevelopmentKind.LEGISLATION);
    assertThat(d.status()).isEqualTo(DevelopmentStatus.FAILED);
    assertThat(d.actor()).isEqualTo("Senate");
    assertThat(c.labels().actors()).containsExactly("Senate");
  }

  @Test
  void talksOnABillThatCollapseAreTheChambersFailure() {
    Development d = Read.headline(Read.title("Senate talks on facial recognition bill collapse"));
    assertThat(d.status()).isEqualTo(DevelopmentStatus.FAILED);
    assertThat(d.actor()).isEqualTo("Senate");
  }
}
