package org.regwatch.query.webhooks;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.regwatch.query.subscriptions.Filters;

class SubscriptionIndexTest {

  private final SubscriptionIndex index = new SubscriptionIndex();

  private static ChangeFacts extension(String from) {
    return new ChangeFacts("dev-1", "moratorium", "extended", from, "Amazon",
        "facial recognition", "Rekognition", null, 0.88,
        "Amazon extends its police moratorium on Rekognition indefinitely");
  }

  private void put(String id, Filters f, String query) {
    index.put(new SubscriptionIndex.Entry(id, f, query, "immediate"));
  }

  @Test
  void matchesOnEveryStructuredDimensionCaseInsensitively() {
    put("amazon", new Filters(List.of("AMAZON"), List.of("moratorium"), null, null, null,
        List.of("rekognition"), null), null);
    put("microsoft", new Filters(List.of("Microsoft"), null, null, null, null, null, null), null);
    put("bans", new Filters(null, List.of("ban"), null, null, null, null, null), null);
    put("everything", Filters.none(), null);

    assertThat(index.match(extension(null))).containsExactlyInAnyOrder("amazon", "everything");
  }

  @Test
  void aJurisdictionFilterRejectsAChangeWithoutJurisdiction() {
    put("eu", new Filters(null, null, null, null, List.of("EU"), null, null), null);

    assertThat(index.match(extension(null))).isEmpty();
  }

  @Test
  void minimumConfidenceIsInclusive() {
    put("sure", new Filters(null, null, null, null, null, null, 0.88), null);
    put("surer", new Filters(null, null, null, null, null, null, 0.9), null);

    assertThat(index.match(extension(null))).containsExactly("sure");
  }

  @Test
  void aTransitionFilterMatchesOnlyThatMoveOfTheLineage() {
    put("extended", new Filters(null, null, null, List.of("moratorium:announced->extended"), null,
        null, null), null);
    put("anyEnded", new Filters(null, null, null, List.of("*:announced->ended"), null, null,
        null), null);

    assertThat(index.match(extension("announced"))).containsExactly("extended");
    assertThat(index.match(extension(null))).isEmpty();
  }

  @Test
  void aTransitionFilterCanNameTheMoratoriumClocksExpiredUnconfirmed() {
    put("lapsed", new Filters(null, null, null,
        List.of("moratorium:announced->expired_unconfirmed"), null, null, null), null);
    put("confirmedAfterLapse", new Filters(null, null, null,
        List.of("moratorium:expired_unconfirmed->extended"), null, null, null), null);
    ChangeFacts lapse = new ChangeFacts("dev-1", "moratorium", "expired_unconfirmed",
        "announced", "Amazon", "facial recognition", "Rekognition", null, 0.88, "");

    assertThat(index.match(lapse)).containsExactly("lapsed");
    assertThat(index.match(extension("expired_unconfirmed")))
        .containsExactly("confirmedAfterLapse");
  }

  @Test
  void aFullTextQueryIsMatchedAgainstTheArticlesText() {
    put("police", Filters.none(), "police AND indefinitely");
    put("ban", Filters.none(), "\"citywide ban\"");

    assertThat(index.match(extension(null))).containsExactly("police");
  }

  @Test
  void aRemovedOrReplacedSubscriptionNoLongerMatchesTheOldWay() {
    put("a", new Filters(List.of("amazon"), null, null, null, null, null, null), "police");
    put("a", new Filters(List.of("ibm"), null, null, null, null, null, null), null);
    put("b", Filters.none(), "police");
    index.remove("b");

    assertThat(index.match(extension(null))).isEmpty();
  }
}
