package org.regwatch.poller.parsing;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class FeedLinksTest {

  private final FeedLinks links = new FeedLinks();

  private static byte[] utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  @Test
  void anRssChannelAdvertisesItsHubAndSelfWithAtomLinks() {
    byte[] rss = utf8("""
        <?xml version="1.0" encoding="UTF-8"?>
        <rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom">
          <channel>
            <title>Civic Tech Wire</title>
            <link>https://wire.example.net/</link>
            <atom:link rel="hub" href="https://hub.example.org/"/>
            <atom:link rel="self" href="https://wire.example.net/rss.xml" type="application/rss+xml"/>
            <item><title>Ban</title><link>https://wire.example.net/a</link></item>
          </channel>
        </rss>""");

    FeedLinks.Advertised found = links.fromDocument(rss, "application/rss+xml", "https://wire.example.net/rss.xml");

    assertThat(found.hubs()).containsExactly("https://hub.example.org/");
    assertThat(found.self()).isEqualTo("https://wire.example.net/rss.xml");
  }

  @Test
  void anAtomFeedAdvertisesRelativeLinksResolvedAgainstTheFeedUrl() {
    byte[] atom = utf8("""
        <feed xmlns="http://www.w3.org/2005/Atom"><title>Moratoria</title>
          <link rel="hub" href="/hub"/><link rel="self" href="/atom.xml"/>
          <entry><title>t</title><link rel="hub" href="https://not-feed-level.example/"/></entry>
        </feed>""");

    FeedLinks.Advertised found = links.fromDocument(atom, null, "https://news.example.org/feeds/x");

    assertThat(found.hubs()).containsExactly("https://news.example.org/hub");
    assertThat(found.self()).isEqualTo("https://news.example.org/atom.xml");
  }

  @Test
  void aJsonFeedAdvertisesWebSubHubsAndItsFeedUrl() {
    byte[] json = utf8("""
        {"version":"https://jsonfeed.org/version/1.1","title":"t","feed_url":"https://j.example/feed.json",
         "hubs":[{"type":"WebSub","url":"https://hub.example.org/"},{"type":"rssCloud","url":"https://cloud.example/"}],
         "items":[]}""");

    FeedLinks.Advertised found = links.fromDocument(json, "application/feed+json", null);

    assertThat(found.hubs()).containsExactly("https://hub.example.org/");
    assertThat(found.self()).isEqualTo("https://j.example/feed.json");
  }

  @Test
  void linkHeadersAdvertiseHubAndSelf() {
    FeedLinks.Advertised found = FeedLinks.fromHeaders(List.of(
        "<https://hub.example.org/>; rel=\"hub\", <https://wire.example.net/rss.xml>; rel=\"self\""),
        "https://wire.example.net/rss.xml");

    assertThat(found.hubs()).containsExactly("https://hub.example.org/");
    assertThat(found.self()).isEqualTo("https://wire.example.net/rss.xml");
  }

  @Test
  void aFeedWithoutHubOrAnUnreadableDocumentAdvertisesNothing() {
    assertThat(links.fromDocument(utf8("<rss version=\"2.0\"><channel><title>t</title></channel></rss>"), null, null)
        .hasHub()).isFalse();
    assertThat(links.fromDocument(utf8("<!DOCTYPE x [<!ENTITY a \"b\">]><rss/>"), null, null).hasHub()).isFalse();
    assertThat(links.fromDocument(new byte[0], null, null).hasHub()).isFalse();
  }
}
