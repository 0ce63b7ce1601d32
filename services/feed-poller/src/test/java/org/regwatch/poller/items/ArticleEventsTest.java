package org.regwatch.poller.items;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.regwatch.events.ArticleDiscovered;
import org.regwatch.events.ArticleRevised;
import org.regwatch.events.ContentKind;
import org.regwatch.events.FeedRegistered;
import org.regwatch.poller.parsing.ParsedItem;

class ArticleEventsTest {

  private static final FeedRegistered FEED = FeedRegistered.of(
      "feed-0123456789ab", "https://wire.example.net/rss", "Wire", List.of("policy"), 900, false, false);
  private static final Instant NOW = Instant.parse("2020-06-11T00:00:00Z");
  private final Map<String, SeenEntry> seen = new HashMap<>();

  private List<ArticleEvents.Pending> decide(ParsedItem... items) {
    return ArticleEvents.decide(FEED, List.of(items), id -> Optional.ofNullable(seen.get(id)), NOW);
  }

  private static ParsedItem story(String summary) {
    return new ParsedItem("https://wire.example.net/a", "https://wire.example.net/a?utm_source=x",
        "Amazon pauses police use", summary, "", Instant.parse("2020-06-10T23:00:00Z"));
  }

  @Test
  void aNewItemIsDiscoveredWithADeterministicEventIdAndTheFeedsTags() {
    var pending = decide(story("One-year moratorium."));

    assertThat(pending).hasSize(1);
    var event = pending.get(0).event();
    ArticleDiscovered data = (ArticleDiscovered) event.data();
    assertThat(event.id()).isEqualTo("disc-" + data.articleId() + "-" + data.contentHash());
    assertThat(event.subject()).isEqualTo(data.articleId());
    assertThat(event.source()).isEqualTo("/regwatch/feed-poller");
    assertThat(data.url()).isEqualTo("https://wire.example.net/a");
    assertThat(data.text()).isEqualTo("One-year moratorium.");
    assertThat(data.content()).isEqualTo(ContentKind.SUMMARY);
    assertThat(data.tags()).containsExactly("policy");
  }

  @Test
  void theSameItemWithTheSameContentPublishesNothing() {
    var first = decide(story("One-year moratorium.")).get(0);
    seen.put(first.articleId(), first.seen());

    assertThat(decide(story("One-year moratorium."))).isEmpty();
  }

  @Test
  void theSameItemWithChangedContentIsRevisedWithThePreviousHash() {
    var first = decide(story("One-year moratorium.")).get(0);
    seen.put(first.articleId(), first.seen());

    var second = decide(story("One-year moratorium, except anti-trafficking groups."));

    assertThat(second).hasSize(1);
    ArticleRevised revised = (ArticleRevised) second.get(0).event().data();
    assertThat(revised.previousContentHash()).isEqualTo(first.seen().contentHash());
    assertThat(second.get(0).event().id()).startsWith("rev-" + revised.articleId());
  }

  @Test
  void duplicateGuidsInOneDocumentPublishOnce() {
    assertThat(decide(story("a"), story("b"))).hasSize(1);
  }

  @Test
  void fullContentInTheFeedIsTheTextAndSaysSo() {
    var item = new ParsedItem("g", null, "t", "short", "the whole longer article text", null);

    ArticleDiscovered data = (ArticleDiscovered) decide(item).get(0).event().data();

    assertThat(data.content()).isEqualTo(ContentKind.FULL_TEXT);
    assertThat(data.text()).isEqualTo("the whole longer article text");
    assertThat(data.summary()).isEqualTo("short");
  }
}
