package org.regwatch.poller.parsing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.StringReader;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jdom2.Document;
import org.jdom2.Element;

/**
 * WebSub discovery: the hub(s) and the self URL a feed advertises, from HTTP {@code Link} headers
 * or from the document's own feed-level links ({@code <atom:link rel="hub">} in RSS, {@code
 * <link rel="hub">} in Atom, {@code hubs} / {@code feed_url} in JSON Feed). Uses the same safe
 * XML builder as the parser; a document it cannot read simply advertises nothing.
 */
public final class FeedLinks {

  /** What a feed advertises; {@code self} is null when it names none. */
  public record Advertised(List<String> hubs, String self) {
    public static final Advertised NONE = new Advertised(List.of(), null);

    public boolean hasHub() {
      return !hubs.isEmpty();
    }
  }

  private static final Pattern LINK = Pattern.compile("<([^>]*)>((?:\\s*;\\s*[^;,]*)*)");
  private static final Pattern REL = Pattern.compile("rel\\s*=\\s*(?:\"([^\"]*)\"|([^\\s;,]+))", Pattern.CASE_INSENSITIVE);
  private static final ObjectMapper JSON = new ObjectMapper();

  private final FeedDecoder decoder = new FeedDecoder();

  /** Parses RFC 8288 {@code Link} header values, e.g. {@code <https://hub.example/>; rel="hub"}. */
  public static Advertised fromHeaders(List<String> linkHeaders, String baseUrl) {
    List<String> hubs = new ArrayList<>();
    String self = null;
    for (String header : linkHeaders) {
      Matcher link = LINK.matcher(header);
      while (link.find()) {
        Matcher rel = REL.matcher(link.group(2));
        if (!rel.find()) {
          continue;
        }
        String rels = (rel.group(1) != null ? rel.group(1) : rel.group(2)).toLowerCase(Locale.ROOT);
        String href = resolve(baseUrl, link.group(1).strip());
        for (String r : rels.split("\\s+")) {
          if (r.equals("hub") && href != null && !hubs.contains(href)) {
            hubs.add(href);
          } else if (r.equals("self") && href != null && self == null) {
            self = href;
          }
        }
      }
    }
    return new Advertised(List.copyOf(hubs), self);
  }

  /** The feed-level hub and self links of a document; {@link Advertised#NONE} if unreadable. */
  public Advertised fromDocument(byte[] body, String contentType, String baseUrl) {
    try {
      String text = decoder.decode(body, contentType).stripLeading();
      if (text.startsWith("{")) {
        return fromJson(JSON.readTree(text), baseUrl);
      }
      if (!text.startsWith("<")) {
        return Advertised.NONE;
      }
      Document document = SafeXml.build(new StringReader(text));
      List<String> hubs = new ArrayList<>();
      String self = null;
      Element root = document.getRootElement();
      List<Element> containers = new ArrayList<>();
      containers.add(root);
      // RSS keeps its channel-level links in <channel>; RDF puts <channel> beside the items.
      root.getChildren().stream().filter(e -> e.getName().equals("channel")).forEach(containers::add);
      for (Element container : containers) {
        for (Element child : container.getChildren()) {
          if (!child.getName().equals("link")) {
            continue;
          }
          String rel = child.getAttributeValue("rel");
          String href = resolve(baseUrl, child.getAttributeValue("href"));
          if (rel == null || href == null) {
            continue;
          }
          rel = rel.strip().toLowerCase(Locale.ROOT);
          if (rel.equals("hub") && !hubs.contains(href)) {
            hubs.add(href);
          } else if (rel.equals("self") && self == null) {
            self = href;
          }
        }
      }
      return new Advertised(List.copyOf(hubs), self);
    } catch (Exception | StackOverflowError e) {
      return Advertised.NONE; // the parser reports what is wrong with the document
    }
  }

  private static Advertised fromJson(JsonNode root, String baseUrl) {
    List<String> hubs = new ArrayList<>();
    for (JsonNode hub : root.path("hubs")) {
      String type = hub.path("type").asText("");
      String url = resolve(baseUrl, hub.path("url").asText(null));
      if (url != null && (type.isEmpty() || type.equalsIgnoreCase("websub")) && !hubs.contains(url)) {
        hubs.add(url);
      }
    }
    return new Advertised(List.copyOf(hubs), resolve(baseUrl, root.path("feed_url").asText(null)));
  }

  private static String resolve(String baseUrl, String href) {
    if (href == null || href.isBlank()) {
      return null;
    }
    try {
      URI uri = baseUrl == null ? URI.create(href.strip()) : URI.create(baseUrl).resolve(href.strip());
      String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
      return scheme.equals("http") || scheme.equals("https") ? uri.toString() : null;
    } catch (IllegalArgumentException e) {
      return null;
    }
  }
}
