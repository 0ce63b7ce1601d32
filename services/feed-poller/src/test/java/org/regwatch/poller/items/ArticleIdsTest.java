package org.regwatch.poller.items;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.regwatch.poller.parsing.ParsedItem;

class ArticleIdsTest {

  private static ParsedItem item(String guid, String link, String title, Instant published) {
    return new ParsedItem(guid, link, title, "", "", published);
  }

  @Test
  void aPermalinkGuidAndTheSameLinkWithTrackingGiveOneId() {
    String fromGuid = ArticleIds.of("feed-a", item("https://wire.example.net/2020/06/x", null, "t", null));
    String fromLink = ArticleIds.of("feed-b", item(null, "https://WIRE.example.net/2020/06/x?utm_source=rss#top", "t", null));

    assertThat(fromGuid).isEqualTo(fromLink).matches("art-[0-9a-f]{16}");
  }

  @Test
  void anOpaqueGuidIsScopedByItsFeed() {
    ParsedItem item = item("1234", "https://a.example/1", "t", null);

    assertThat(ArticleIds.of("feed-a", item)).isNotEqualTo(ArticleIds.of("feed-b", item));
  }

  @Test
  void anOpaqueGuidWinsOverTheLink_soAMovedLinkKeepsTheId() {
    assertThat(ArticleIds.of("feed-a", item("g-1", "https://a.example/old", "t", null)))
        .isEqualTo(ArticleIds.of("feed-a", item("g-1", "https://a.example/new", "t", null)));
  }

  @Test
  void withoutGuidOrLink_titleAndDateMakeTheId() {
    Instant day = Instant.parse("2020-06-10T00:00:00Z");
    String a = ArticleIds.of("feed-a", item(null, null, "Title", day));

    assertThat(a).isEqualTo(ArticleIds.of("feed-a", item(null, null, "Title", day)));
    assertThat(a).isNotEqualTo(ArticleIds.of("feed-a", item(null, null, "Title", day.plusSeconds(86400))));
  }

  @Test
  void contentHashChangesWithTitleOrText() {
    assertThat(ArticleIds.contentHash("t", "x")).isNotEqualTo(ArticleIds.contentHash("t", "y"))
        .isNotEqualTo(ArticleIds.contentHash("u", "x")).hasSize(32);
  }
}
