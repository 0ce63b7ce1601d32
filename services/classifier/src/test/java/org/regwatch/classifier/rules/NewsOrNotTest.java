package org.regwatch.classifier.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.regwatch.events.Development;
import org.regwatch.events.DevelopmentKind;
import org.regwatch.events.DevelopmentStatus;

/**
 * The relevant field, written from the language (round 20; docs/rules.md "News or not: refusals
 * for a time, genres, wishes"): a refusal to let, allow or permit told with its time limit is a
 * pause; guides, explainers, columns for the reader and argued pieces recall developments without
 * news of their own unless pegged on one of the moment; a measure drafted for lawmakers to adopt
 * and a shareholder proposal are wishes, not developments. The table {@code rules/news-or-not.psv}
 * holds the sentences; the tests here check what a label line cannot (kind, who acts).
 */
class NewsOrNotTest extends SentenceTable {

  @Override
  String table() {
    return "/rules/news-or-not.psv";
  }

  @Test
  void aRefusalForTheNextMonthsIsACompanysPause() {
    Development d = Read.headline(Read.article("Police tech",
        "Corvane said on Wednesday it will no longer let police use its face recognition software for the next 12 months."));
    assertThat(d.kind()).isEqualTo(DevelopmentKind.MORATORIUM);
    assertThat(d.status()).isEqualTo(DevelopmentStatus.ANNOUNCED);
  }

  @Test
  void aRefusalWithNoLongerAndNoTimeIsAnExit() {
    Development d = Read.headline(Read.title("Vendor will no longer let police use its facial recognition software"));
    assertThat(d.kind()).isEqualTo(DevelopmentKind.EXIT);
  }

  @Test
  void aRefusalWithoutTimeOrNoLongerReadsNothing() {
    Classification c = Read.article("Patrol",
        "The department won't allow officers to use facial recognition apps on their personal phones, the chief said.");
    assertThat(c.developments()).noneMatch(d -> d.kind() == DevelopmentKind.MORATORIUM);
  }

  @Test
  void pressureThatPushesACompanyIntoAPauseIsNoDemand() {
    Development d = Read.headline(Read.title("Protests push retailer into pausing facial recognition in its stores"));
    assertThat(d.kind()).isEqualTo(DevelopmentKind.MORATORIUM);
  }

  @Test
  void anExplainerPegsOnTheLeadsDatedStep() {
    Development d = Read.headline(Read.article("Explainer: what the facial recognition bill would do",
        "The state Senate on Tuesday passed a bill that would bar police from using facial recognition on body cameras. The House has yet to vote."));
    assertThat(d.kind()).isIn(DevelopmentKind.LEGISLATION, DevelopmentKind.BAN);
    assertThat(d.status()).isEqualTo(DevelopmentStatus.ADVANCING);
  }

  @Test
  void aGuideTitleAloneGivesNoSignThatItsDevelopmentIsOld() {
    assertThat(Read.labelLine("What Oakland's facial recognition ban means for you", ""))
        .isEqualTo("true none enacted");
    assertThat(Read.labelLine("What Oakland's facial recognition ban means for you",
        "The city council banned police use of facial recognition in 2019. Since then, officers have relied on tips.").split(" ")[0])
        .isEqualTo("false");
  }

  @Test
  void anArguedPieceIsNotNewsEvenWithADatedPeg() {
    Classification c = Read.article("The new AI law promised to end face surveillance. Look at what it leaves out",
        "On Tuesday the Union's AI law entered into force. It allows police to use live facial recognition in many cases.");
    assertThat(c.labels().relevant()).isFalse();
  }
}
