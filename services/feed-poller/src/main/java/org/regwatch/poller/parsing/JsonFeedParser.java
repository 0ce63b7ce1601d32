package org.regwatch.poller.parsing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.core.JsonProcessingException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

/** JSON Feed 1.0 and 1.1 (https://www.jsonfeed.org/version/1.1/), read with Jackson. */
final class JsonFeedParser {

  private final ObjectMapper mapper = new ObjectMapper();

  ParsedFeed parse(String text, String baseUrl) throws FeedParseException {
    JsonNode root;
    try {
      root = mapper.readTree(text);
    } catch (JsonProcessingException e) {
      throw new FeedParseException("malformed_json", "malformed JSON: " + e.getOriginalMessage(), e);
    }
    String version = root.path("version").asText("");
    if (!version.startsWith("https://jsonfeed.org/version/1")) {
      throw new FeedParseException("unsupported_format", "JSON but not a JSON Feed (version: '" + version + "')");
    }
    String format = version.endsWith("1.1") ? "json_1.1" : "json_1.0";
    List<ParsedItem> items = new ArrayList<>();
    for (JsonNode item : root.path("items")) {
      String html = item.path("content_html").asText("");
      String plain = item.path("content_text").asText("");
      String content = !plain.isBlank() ? plain.strip() : HtmlText.clean(html);
      String date = item.path("date_published").asText(item.path("date_modified").asText(""));
      items.add(
          new ParsedItem(
              item.hasNonNull("id") ? item.get("id").asText() : null,
              FeedParser.resolve(baseUrl, item.path("url").asText(null)),
              HtmlText.clean(item.path("title").asText("")),
              HtmlText.clean(item.path("summary").asText("")),
              content,
              parseDate(date)));
    }
    return new ParsedFeed(format, HtmlText.clean(root.path("title").asText("")), null, items);
  }

  private static Instant parseDate(String date) {
    if (date == null || date.isBlank()) {
      return null;
    }
    try {
      return OffsetDateTime.parse(date).toInstant();
    } catch (RuntimeException e) {
      return null;
    }
  }
}
