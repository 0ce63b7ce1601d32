package org.regwatch.poller.parsing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class FeedParserTest {

  private final FeedParser parser = new FeedParser();

  private ParsedFeed parse(String fixture) throws FeedParseException {
    return parser.parse(Fixtures.feed(fixture), null, "https://feeds.example.net/news/rss.xml");
  }

  @Test
  void rss2_itemsComeOutAsCleanTextWithGuidLinkAndDate() throws Exception {
    ParsedFeed feed = parse("rss2-moratorium-news.xml");

    assertThat(feed.format()).isEqualTo("rss_2.0");
    assertThat(feed.title()).isEqualTo("Civic Tech Wire");
    assertThat(feed.ttlMinutes()).isEqualTo(30);
    assertThat(feed.items()).hasSize(3);
    ParsedItem first = feed.items().get(0);
    assertThat(first.title()).isEqualTo("Amazon halts police access to Rekognition for twelve months");
    assertThat(first.summary()).startsWith("Amazon said on Wednesday that it is putting a one-year moratorium")
        .doesNotContain("<p>");
    assertThat(first.guid()).isEqualTo("https://wire.example.net/2020/06/amazon-rekognition-pause");
    assertThat(first.published()).isEqualTo(Instant.parse("2020-06-10T23:10:00Z"));
    assertThat(feed.items().get(1).guid()).isEqualTo("wire-2020-0608-ibm");
    assertThat(feed.items().get(2).guid()).isNull();
  }

  @Test
  void atom1_relativeLinkResolvedAndContentKeptApartFromSummary() throws Exception {
    ParsedFeed feed = parse("atom1-extension-news.xml");

    assertThat(feed.format()).isEqualTo("atom_1.0");
    ParsedItem entry = feed.items().get(0);
    assertThat(entry.guid()).isEqualTo("tag:ledger.example.org,2021:entry-77");
    assertThat(entry.link()).endsWith("/2021/05/amazon-extends-pause").startsWith("https://");
    assertThat(entry.content()).contains("The company did not say what would lift it.");
    assertThat(entry.summary()).doesNotContain("lift it");
  }

  @Test
  void atom03_isReadToo() throws Exception {
    ParsedFeed feed = parse("atom03-legacy.xml");

    assertThat(feed.format()).isEqualTo("atom_0.3");
    assertThat(feed.items()).extracting(ParsedItem::title)
        .containsExactly("Microsoft will not sell face recognition to police without a federal law");
  }

  @Test
  void rss091_withTheNetscapeDoctypeLine_isAcceptedWithoutLoadingTheDtd() throws Exception {
    ParsedFeed feed = parse("rss091-netscape-doctype.xml");

    assertThat(feed.format()).startsWith("rss_0.91");
    assertThat(feed.items()).hasSize(1);
  }

  @Test
  void rss10_rdf_isRead() throws Exception {
    ParsedFeed feed = parse("rss10-rdf.xml");

    assertThat(feed.format()).isEqualTo("rss_1.0");
    assertThat(feed.items().get(0).guid()).isEqualTo("https://rdf.example.org/2020/06/city-ban");
  }

  @Test
  void jsonFeed11_and10_areRead() throws Exception {
    ParsedFeed v11 = parse("jsonfeed11.json");
    ParsedFeed v10 = parse("jsonfeed10.json");

    assertThat(v11.format()).isEqualTo("json_1.1");
    assertThat(v11.items().get(0).content()).contains("who has not said whether she will sign it");
    assertThat(v11.items().get(0).published()).isEqualTo(Instant.parse("2021-03-02T20:00:00Z"));
    assertThat(v10.format()).isEqualTo("json_1.0");
    assertThat(v10.items().get(0).content()).isEqualTo("A plain text note.");
  }

  @Test
  void xxeToALocalFile_isRefusedAndNothingLeaks() {
    assertThatThrownBy(() -> parse("xxe-local-file.xml"))
        .isInstanceOf(FeedParseException.class)
        .hasMessageNotContaining("root:")
        .extracting(e -> ((FeedParseException) e).kind()).isEqualTo("dtd_refused");
  }

  @Test
  void billionLaughs_isRefusedAtTheFirstDeclaration() {
    long start = System.nanoTime();
    assertThatThrownBy(() -> parse("billion-laughs.xml"))
        .extracting(e -> ((FeedParseException) e).kind()).isEqualTo("dtd_refused");
    assertThat((System.nanoTime() - start) / 1_000_000).isLessThan(2_000);
  }

  @Test
  void externalDtdOverHttp_isNeverFetched() throws Exception {
    AtomicInteger hits = new AtomicInteger();
    HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.createContext("/", exchange -> {
      hits.incrementAndGet();
      byte[] dtd = "<!ENTITY x \"pwned\">".getBytes(StandardCharsets.UTF_8);
      exchange.sendResponseHeaders(200, dtd.length);
      exchange.getResponseBody().write(dtd);
      exchange.close();
    });
    server.start();
    try {
      String doc = "<?xml version=\"1.0\"?>\n<!DOCTYPE rss SYSTEM \"http://127.0.0.1:"
          + server.getAddress().getPort() + "/evil.dtd\">\n"
          + "<rss version=\"2.0\"><channel><title>t</title><link>https://x.example/</link>"
          + "<description>d</description><item><title>plain</title><link>https://x.example/1</link></item>"
          + "</channel></rss>";
      ParsedFeed feed = parser.parse(doc.getBytes(StandardCharsets.UTF_8), null, null);

      assertThat(feed.items()).hasSize(1);
      assertThat(hits.get()).isZero();
    } finally {
      server.stop(0);
    }
  }

  @Test
  void parameterEntityFetch_isRefused() {
    assertThatThrownBy(() -> parse("parameter-entity-fetch.xml"))
        .extracting(e -> ((FeedParseException) e).kind()).isEqualTo("dtd_refused");
  }

  @Test
  void fiftyThousandDeepNesting_isRefusedWithoutStackOverflow() {
    StringBuilder doc = new StringBuilder("<rss version=\"2.0\"><channel><title>deep</title>");
    doc.append("<x>".repeat(50_000)).append("</x>".repeat(50_000)).append("</channel></rss>");

    assertThatThrownBy(() -> parser.parse(doc.toString().getBytes(StandardCharsets.UTF_8), null, null))
        .extracting(e -> ((FeedParseException) e).kind()).isEqualTo("too_deep");
  }

  @Test
  void zeroBytes_isAClearEmptyError() {
    assertThatThrownBy(() -> parse("empty-body.xml"))
        .extracting(e -> ((FeedParseException) e).kind()).isEqualTo("empty");
  }

  @Test
  void htmlPageServedAsFeed_isAClearNotAFeedError() {
    assertThatThrownBy(() -> parse("html-page-served-as-feed.html"))
        .hasMessageContaining("HTML page")
        .extracting(e -> ((FeedParseException) e).kind()).isEqualTo("not_a_feed");
  }

  @Test
  void truncatedDocument_isMalformedXml() {
    assertThatThrownBy(() -> parse("malformed-truncated.xml"))
        .extracting(e -> ((FeedParseException) e).kind()).isEqualTo("malformed_xml");
  }

  @Test
  void undeclaredHtmlEntities_areRepairedOnlyWhenNeeded() throws Exception {
    ParsedFeed feed = parse("html-entities-undeclared.xml");

    assertThat(feed.title()).isEqualTo("Café Policy");
    assertThat(feed.items().get(0).title()).isEqualTo("Rules for face recognition — a primer");
  }

  @Test
  void declaredUtf8ThatIsReallyWindows1252_isReadAsWindows1252() throws Exception {
    ParsedFeed feed = parse("declared-utf8-really-windows-1252.xml");

    assertThat(feed.title()).isEqualTo("Café Bulletin");
    assertThat(feed.items().get(0).title()).isEqualTo("“Pause” on face recognition — résumé");
  }

  @Test
  void byteOrderMark_isSkipped() throws Exception {
    assertThat(parse("utf8-with-bom.xml").title()).isEqualTo("Bom été");
  }

  @Test
  void xmlDeclarationEncoding_isHonoured() throws Exception {
    assertThat(parse("iso-8859-1-declared.xml").items().get(0).title()).isEqualTo("Décision");
  }

  @Test
  void httpCharset_winsOverTheXmlDeclaration() throws Exception {
    byte[] latin1 = Fixtures.feed("iso-8859-1-declared.xml");
    String asText = new String(latin1, StandardCharsets.ISO_8859_1)
        .replace("encoding=\"ISO-8859-1\"", "encoding=\"UTF-8\"");
    byte[] utf8Body = asText.getBytes(StandardCharsets.UTF_8);

    ParsedFeed feed = parser.parse(utf8Body, "application/rss+xml; charset=utf-8", null);

    assertThat(feed.items().get(0).title()).isEqualTo("Décision");
  }

  @Test
  void duplicateGuidsMissingDatesAndRelativeLinks_areParsedAsTheyAre() throws Exception {
    ParsedFeed feed = parse("duplicate-guids-missing-dates-relative-links.xml");

    assertThat(feed.items()).hasSize(3);
    assertThat(feed.items().get(0).link()).isEqualTo("https://feeds.example.net/news/same-story");
    assertThat(feed.items().get(2).link()).isEqualTo("https://feeds.example.net/news/news/relative-item");
    assertThat(feed.items().get(2).published()).isNull();
  }
}
