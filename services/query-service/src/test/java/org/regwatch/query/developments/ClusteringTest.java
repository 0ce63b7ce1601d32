package org.regwatch.query.developments;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.regwatch.events.Bill;
import org.regwatch.events.Development;
import org.regwatch.events.DevelopmentKind;
import org.regwatch.events.DevelopmentStatus;
import org.regwatch.query.developments.Clustering.Ref;
import org.regwatch.query.fixtures.Story;

/** Grouping is a function of the set of reports, not of the order they arrive in. */
class ClusteringTest {

  private final Story story = new Story();

  /**
   * The five reports of the Northfield ban and a sixth from June 12. The earliest report (June 9)
   * founds the development; the June 24 report is 15 days after it, outside the window, so it
   * founds a second one — but only because the June 9 report exists: grouping by arrival order
   * would have let a June 10 founder take it.
   */
  private List<SourceFacts> reports() {
    List<Story.Item> items = new ArrayList<>(story.northfieldBanFiveOutlets());
    items.add(story.reporting("county-gazette", "2020-06-12T07:15:00Z",
        "Northfield joins cities banning police face scans", DevelopmentKind.BAN,
        DevelopmentStatus.ENACTED, "Northfield City Council " + story.run, "police use",
        "Northfield", "indefinite", null));
    return items.stream().map(this::facts).toList();
  }

  @Test
  void everyArrivalOrderGivesTheSameDevelopmentsWithTheSameIds() {
    List<SourceFacts> reports = reports();
    Clustering.Result expected = Clustering.of(reports);
    Random random = new Random(42);
    for (int round = 0; round < 50; round++) {
      List<SourceFacts> shuffled = new ArrayList<>(reports);
      Collections.shuffle(shuffled, random);
      Clustering.Result result = Clustering.of(shuffled);
      assertThat(result.assignment()).isEqualTo(expected.assignment());
      assertThat(result.founders().keySet()).isEqualTo(expected.founders().keySet());
    }
  }

  @Test
  void theEarliestReportFoundsAndAReportBeyondTheWindowOfItsFounderOpensAnother() {
    List<SourceFacts> reports = reports();
    Map<Ref, String> assignment = Clustering.of(reports).assignment();
    String june9 = assignment.get(Ref.of(reports.get(4)));
    assertThat(june9).isEqualTo(Clustering.idOf(reports.get(4)));
    for (int i : new int[] {0, 1, 2, 5}) {
      assertThat(assignment.get(Ref.of(reports.get(i)))).isEqualTo(june9);
    }
    assertThat(assignment.get(Ref.of(reports.get(3))))
        .isEqualTo(Clustering.idOf(reports.get(3))).isNotEqualTo(june9);
  }

  @Test
  void placingAgainFromTheFirstChangedReportEqualsGroupingFromScratch() {
    List<SourceFacts> reports = reports();
    // the read model before the June 9 report arrived: grouped without it
    List<SourceFacts> withoutJune9 = new ArrayList<>(reports);
    SourceFacts june9 = withoutJune9.remove(4);
    Map<Ref, String> before = Clustering.of(withoutJune9).assignment();
    assertThat(before.get(Ref.of(reports.get(3)))).isEqualTo(before.get(Ref.of(reports.get(0))));

    Clustering.Result incremental = Clustering.place(reports, before, Report.of(june9));

    assertThat(incremental.assignment()).isEqualTo(Clustering.of(reports).assignment());
  }

  @Test
  void aMemberNamingTheBillFillsTheFoundersGapSoAReportOfAnotherBillOpensItsOwn() {
    String actor = "Calloway Legislature " + story.run;
    List<SourceFacts> reports = List.of(
        legislating("2021-02-01T10:00:00Z", actor, null),
        legislating("2021-02-02T10:00:00Z", actor, new Bill("AB 642", null)),
        legislating("2021-02-03T10:00:00Z", actor, new Bill("AB 1034", null)));
    Map<Ref, String> assignment = Clustering.of(reports).assignment();
    String founder = Clustering.idOf(reports.get(0));
    assertThat(assignment.get(Ref.of(reports.get(1)))).isEqualTo(founder);
    assertThat(assignment.get(Ref.of(reports.get(2))))
        .isEqualTo(Clustering.idOf(reports.get(2))).isNotEqualTo(founder);
  }

  private SourceFacts legislating(String published, String actor, Bill bill) {
    return facts(story.legislating("capitol-report-" + published.substring(8, 10), published,
        "Lawmakers introduce a bill to ban police use of facial recognition",
        DevelopmentStatus.PROPOSED, actor, "Calloway", bill));
  }

  private SourceFacts facts(Story.Item item) {
    var a = item.discovered().data();
    Development d = item.classified().data().developments().get(0);
    return SourceFacts.of(a.articleId(), 0, d, a.feedId(), a.url(), a.title(), a.published(),
        item.discovered().time());
  }
}
