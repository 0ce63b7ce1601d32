package org.regwatch.poller.parsing;

import com.rometools.rome.feed.WireFeed;
import com.rometools.rome.feed.atom.Entry;
import com.rometools.rome.feed.rss.Channel;
import com.rometools.rome.feed.rss.Item;
import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.feed.synd.SyndFeedImpl;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.WireFeedInput;
import com.rometools.rome.io.impl.XmlFixerReader;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.net.URI;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import org.jdom2.Document;
import org.jdom2.JDOMException;

/**
 * Parses feed bytes (RSS 0.9x/1.0/2.0, Atom 0.3/1.0, JSON Feed 1.0/1.1) into a {@link ParsedFeed}.
 * Thread-safe and stateless: the poller and the check command use the same instance and limits.
 */
public class FeedParser {

  private final FeedDecoder decoder = new FeedDecoder();
  private final JsonFeedParser jsonFeeds = new JsonFeedParser();

  /**
   * @param body the (decompressed) document
   * @param contentType the HTTP Content-Type header, may be null (files)
   * @param baseUrl the feed's URL, against which relative item links are resolved; may be null
   */
  public ParsedFeed parse(byte[] body, String contentType, String baseUrl)
      throws FeedParseException {
    String text = decoder.decode(body, contentType);
    String head = text.stripLeading();
    if (head.isEmpty()) {
      throw new FeedParseException("empty", "the document is empty (" + body.length + " bytes)");
    }
    if (head.startsWith("{")) {
      return jsonFeeds.parse(text, baseUrl);
    }
    String lowerHead = head.substring(0, Math.min(head.length(), 512)).toLowerCase(Locale.ROOT);
    if (lowerHead.startsWith("<!doctype html") || lowerHead.startsWith("<html")) {
      throw new FeedParseException("not_a_feed", "an HTML page, not a feed");
    }
    if (!head.startsWith("<")) {
      throw new FeedParseException("not_a_feed", "neither XML nor JSON");
    }
    Document document = buildDocument(text);
    WireFeed wire;
    try {
      wire = new WireFeedInput().build(document);
    } catch (IllegalArgumentException e) {
      String root = document.getRootElement().getName();
      String kind = "html".equalsIgnoreCase(root) ? "not_a_feed" : "unsupported_format";
      throw new FeedParseException(kind, "XML root <" + root + "> is not RSS, RDF or Atom");
    } catch (FeedException | RuntimeException e) {
      throw new FeedParseException("invalid_feed", "not a valid feed: " + e.getMessage(), e);
    }
    return toParsedFeed(wire, baseUrl);
  }

  private Document buildDocument(String text) throws FeedParseException {
    try {
      return buildFrom(new StringReader(text));
    } catch (SafeXml.DeclarationRefused e) {
      throw new FeedParseException("dtd_refused", e.getMessage(), e);
    } catch (JDOMException e) {
      // Feeds often use HTML entities (&nbsp;, &eacute;) that XML does not define. Repairing costs
      // half the parse throughput, so it is paid only for the documents that need it.
      if (String.valueOf(e.getMessage()).contains("was referenced, but not declared")) {
        try {
          return buildFrom(new XmlFixerReader(new StringReader(text)));
        } catch (SafeXml.DeclarationRefused | JDOMException | IOException retry) {
          throw malformed(retry);
        }
      }
      throw malformed(e);
    } catch (IOException e) {
      throw malformed(e);
    }
  }

  private static Document buildFrom(Reader reader) throws JDOMException, IOException {
    return SafeXml.build(reader);
  }

  private static FeedParseException malformed(Exception e) {
    String message = String.valueOf(e.getMessage());
    if (message.contains("nested deeper")) {
      return new FeedParseException("too_deep", message, e);
    }
    if (message.contains("DTD declarations are refused")) {
      return new FeedParseException("dtd_refused", message, e);
    }
    return new FeedParseException("malformed_xml", "malformed XML: " + message, e);
  }

  private static ParsedFeed toParsedFeed(WireFeed wire, String baseUrl) {
    SyndFeed feed = new SyndFeedImpl(wire);
    List<SyndEntry> entries = feed.getEntries();
    List<String> wireIds = wireIds(wire);
    List<ParsedItem> items = new ArrayList<>(entries.size());
    for (int i = 0; i < entries.size(); i++) {
      SyndEntry entry = entries.get(i);
      String guid = i < wireIds.size() ? wireIds.get(i) : null;
      items.add(
          new ParsedItem(
              blankToNull(guid),
              resolve(baseUrl, entry.getLink()),
              HtmlText.clean(entry.getTitle()),
              entry.getDescription() == null ? "" : HtmlText.clean(entry.getDescription().getValue()),
              contentText(entry.getContents()),
              toInstant(entry.getPublishedDate() != null ? entry.getPublishedDate() : entry.getUpdatedDate())));
    }
    Integer ttl = null;
    if (wire instanceof Channel channel && channel.getTtl() > 0) {
      ttl = channel.getTtl();
    }
    return new ParsedFeed(wire.getFeedType(), HtmlText.clean(feed.getTitle()), ttl, items);
  }

  /** The item identifiers as the wire format states them (ROME's SyndEntry blurs guid and link). */
  private static List<String> wireIds(WireFeed wire) {
    List<String> ids = new ArrayList<>();
    if (wire instanceof Channel channel) {
      // RSS 1.0 identifies items by rdf:about; RSS 0.9x/2.0 by guid only (ROME fills the uri of
      // those from the link, which is not an identity the feed asserted).
      boolean rdf = "rss_1.0".equals(wire.getFeedType()) || "rss_0.9".equals(wire.getFeedType());
      for (Item item : channel.getItems()) {
        ids.add(item.getGuid() != null ? item.getGuid().getValue() : rdf ? item.getUri() : null);
      }
    } else if (wire instanceof com.rometools.rome.feed.atom.Feed atom) {
      for (Entry entry : atom.getEntries()) {
        ids.add(entry.getId());
      }
    }
    return ids;
  }

  private static String contentText(List<SyndContent> contents) {
    if (contents == null || contents.isEmpty()) {
      return "";
    }
    StringBuilder text = new StringBuilder();
    for (SyndContent content : contents) {
      String clean = HtmlText.clean(content.getValue());
      if (!clean.isEmpty()) {
        text.append(text.length() == 0 ? "" : "\n").append(clean);
      }
    }
    return text.toString();
  }

  static String resolve(String baseUrl, String link) {
    if (link == null || link.isBlank()) {
      return null;
    }
    String trimmed = link.strip();
    try {
      URI uri = new URI(trimmed);
      if (uri.isAbsolute() || baseUrl == null) {
        return trimmed;
      }
      return new URI(baseUrl).resolve(uri).toString();
    } catch (Exception e) {
      return trimmed;
    }
  }

  private static java.time.Instant toInstant(Date date) {
    return date == null ? null : date.toInstant();
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }
}
