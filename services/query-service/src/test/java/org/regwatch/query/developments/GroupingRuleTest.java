package org.regwatch.query.developments;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.regwatch.events.Bill;
import org.regwatch.events.Development;
import org.regwatch.events.DevelopmentStatus;
import org.regwatch.query.fixtures.Story;

class GroupingRuleTest {

  private final Story story = new Story();

  @Test
  void theFourOutletsParaphrasesOfThe2020MoratoriumAreSimilarEnoughToGroup() {
    List<SourceFacts> reports = story.amazon2020FourOutlets().stream().map(this::facts).toList();
    DevelopmentRow first = row("dev-1", reports.get(0));
    for (SourceFacts other : reports.subList(1, 4)) {
      double similarity = MinHash.similarity(other.signature(), first.signature());
      assertThat(GroupingRule.accepts(other, first))
          .as("%s (similarity %.2f)", other.title(), similarity).isTrue();
    }
  }

  @Test
  void textsSharingNoWordsAreNotSimilar() {
    assertThat(MinHash.similarity(
        MinHash.signature("Amazon pauses police use of Rekognition"),
        MinHash.signature("City council adopts a budget for parks"))).isLessThan(0.05);
  }

  @Test
  void pluralsAndTensesShareShingles() {
    assertThat(MinHash.similarity(
        MinHash.signature("Amazon pauses police use"),
        MinHash.signature("Amazon paused police use"))).isEqualTo(1.0);
  }

  @Test
  void aReportOutsideTheTimeWindowOpensItsOwnDevelopment() {
    SourceFacts report = facts(story.amazon2020FourOutlets().get(0));
    DevelopmentRow monthsLater = new DevelopmentRow("dev-2", "Rekognition", "police use", null,
        "one year", report.occurredAt().plusDays(GroupingRule.WINDOW_DAYS + 1), report.signature());
    assertThat(GroupingRule.accepts(report, monthsLater)).isFalse();
  }

  @Test
  void aContradictingScopeKeepsReportsApartEvenWithSimilarText() {
    SourceFacts report = facts(story.amazon2020FourOutlets().get(0));
    DevelopmentRow saleBan = new DevelopmentRow("dev-3", "Rekognition", "sale", null,
        "one year", report.occurredAt(), report.signature());
    assertThat(GroupingRule.accepts(report, saleBan)).isFalse();
  }

  @Test
  void theMostSimilarOfSeveralAcceptableDevelopmentsWins() {
    SourceFacts report = facts(story.amazon2020FourOutlets().get(1));
    DevelopmentRow unrelatedText = new DevelopmentRow("dev-a", null, "police use", null,
        "one year", report.occurredAt(), MinHash.signature("quarterly results beat forecasts"));
    DevelopmentRow sameText = new DevelopmentRow("dev-b", null, "police use", null,
        "one year", report.occurredAt(), report.signature());
    assertThat(GroupingRule.bestMatch(report, List.of(unrelatedText, sameText)))
        .get().extracting(DevelopmentRow::id).isEqualTo("dev-b");
  }

  @Test
  void twoBillsOfOneLegislatureWithDifferentNumbersNeverGroupHoweverAlikeTheirReports() {
    SourceFacts ab642 = facts(bill("AB 642", null));
    DevelopmentRow ab1034 = row("dev-c", facts(bill("AB 1034", null)));
    assertThat(MinHash.similarity(ab642.signature(), ab1034.signature())).isEqualTo(1.0);
    assertThat(GroupingRule.accepts(ab642, ab1034)).isFalse();
  }

  @Test
  void aBillNumberWrittenWithOtherPunctuationOrCaseIsTheSameBill() {
    assertThat(GroupingRule.accepts(facts(bill("A.B. 642", null)),
        row("dev-d", facts(bill("ab-642", null))))).isTrue();
  }

  @Test
  void differentTitlesContradictButANumberAndATitleAloneDoNot() {
    SourceFacts titled = facts(bill(null, "Face Recognition Accountability Act"));
    assertThat(GroupingRule.accepts(titled,
        row("dev-e", facts(bill(null, "Biometric Privacy Act"))))).isFalse();
    assertThat(GroupingRule.accepts(titled, row("dev-f", facts(bill("AB 642", null))))).isTrue();
    assertThat(GroupingRule.accepts(titled, row("dev-g", facts(bill(null, null))))).isTrue();
  }

  /** The same headline for every bill, so only the bill can tell them apart. */
  private Story.Item bill(String number, String title) {
    return story.legislating("capitol-report", "2021-02-01T10:00:00Z",
        "Lawmakers introduce a bill to ban police use of facial recognition",
        DevelopmentStatus.PROPOSED, "Calloway Legislature", "Calloway",
        number == null && title == null ? null : new Bill(number, title));
  }

  private SourceFacts facts(Story.Item item) {
    var a = item.discovered().data();
    Development d = item.classified().data().developments().get(0);
    return SourceFacts.of(a.articleId(), 0, d, a.feedId(), a.url(), a.title(), a.published(),
        item.discovered().time());
  }

  private static DevelopmentRow row(String id, SourceFacts s) {
    Development d = s.development();
    return new DevelopmentRow(id, d.product(), d.scope(), d.jurisdiction(), d.duration(),
        s.occurredAt(), s.signature(), BillNames.numberOf(d.bill()), BillNames.titleOf(d.bill()));
  }

}
