package org.regwatch.classifier.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.regwatch.events.Development;
import org.regwatch.events.DevelopmentKind;
import org.regwatch.events.DevelopmentStatus;

/**
 * Legislation stages told in other words, written from the language (round 19; docs/rules.md
 * "Legislation stages worldwide"): measures that would have done something struck down or
 * refused, consent withheld, plans to give police a power dropped, provisions taken out of a
 * draft, bills passed without the technology's curbs, bids revived, and a bloc's final approval
 * of a system that stores faces. The table {@code rules/legislative-stages-worldwide.psv} holds
 * the sentences; the tests here check what a label line cannot (kind, status, who acts).
 */
class LegislativeStagesWorldwideTest extends SentenceTable {

  @Override
  String table() {
    return "/rules/legislative-stages-worldwide.psv";
  }

  @Test
  void aCourtThatStrikesDownAMeasureThatWouldHaveActedEndsItAsTheHeadline() {
    Development d = Read.headline(Read.article("Registry",
        "The constitutional court has struck down a national registry that would have required "
            + "every phone user to give a facial recognition scan, ruling that it violated privacy."));
    assertThat(d.kind()).isEqualTo(DevelopmentKind.LEGISLATION);
    assertThat(d.status()).isEqualTo(DevelopmentStatus.FAILED);
  }

  @Test
  void aDroppedPlanToGivePoliceAPowerBeatsThePlanItself() {
    Development d = Read.headline(Read.article("Police powers",
        "The interior ministry dropped plans to give the federal police the power to use facial "
            + "recognition at stations."));
    assertThat(d.status()).isEqualTo(DevelopmentStatus.FAILED);
    assertThat(d.actor()).isNotNull();
  }

  @Test
  void aBillPassedWithoutTheCurbsIsTheCurbsFailingNotTheBillAdvancing() {
    Development d = Read.headline(Read.title("Senate passes spending bill without curbs on facial recognition"));
    assertThat(d.kind()).isEqualTo(DevelopmentKind.LEGISLATION);
    assertThat(d.status()).isEqualTo(DevelopmentStatus.FAILED);
  }

  @Test
  void aBlocsFinalApprovalIsEnactedByTheBloc() {
    Development d = Read.headline(Read.article("Border",
        "EU governments gave their final approval on Tuesday to a border register that will "
            + "record travellers' fingerprints and facial image."));
    assertThat(d.status()).isEqualTo(DevelopmentStatus.ENACTED);
  }
}
