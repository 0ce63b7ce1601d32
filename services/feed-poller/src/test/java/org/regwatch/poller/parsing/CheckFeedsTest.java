package org.regwatch.poller.parsing;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CheckFeedsTest {

  @TempDir Path folder;

  private List<JsonNode> run(int maxBytes) throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    new CheckFeeds(maxBytes).run(folder, new PrintStream(out, true, StandardCharsets.UTF_8));
    ObjectMapper json = new ObjectMapper();
    return out.toString(StandardCharsets.UTF_8).lines().map(l -> {
      try {
        return json.readTree(l);
      } catch (Exception e) {
        throw new AssertionError("not a JSON line: " + l, e);
      }
    }).toList();
  }

  @Test
  void printsOneJsonLinePerFile_withFormatTitleAndItemTitles_orTheErrorKind() throws Exception {
    Files.write(folder.resolve("a-good.xml"), Fixtures.feed("rss2-moratorium-news.xml"));
    Files.write(folder.resolve("b-xxe.xml"), Fixtures.feed("xxe-local-file.xml"));
    Files.write(folder.resolve("c-page.html"), Fixtures.feed("html-page-served-as-feed.html"));

    List<JsonNode> lines = run(CheckFeeds.DEFAULT_MAX_BYTES);

    assertThat(lines).hasSize(3);
    JsonNode good = lines.get(0);
    assertThat(good.get("file").asText()).isEqualTo("a-good.xml");
    assertThat(good.get("status").asText()).isEqualTo("ok");
    assertThat(good.get("format").asText()).isEqualTo("rss_2.0");
    assertThat(good.get("title").asText()).isEqualTo("Civic Tech Wire");
    assertThat(good.get("itemCount").asInt()).isEqualTo(3);
    assertThat(good.get("items").get(2).asText()).isEqualTo("New phone unlocks with your face in the dark");
    assertThat(lines.get(1).get("errorKind").asText()).isEqualTo("dtd_refused");
    assertThat(lines.get(2).get("errorKind").asText()).isEqualTo("not_a_feed");
  }

  @Test
  void aFileOverTheBodyLimit_isTooLarge_likeOnTheWire() throws Exception {
    Files.write(folder.resolve("big.xml"), Fixtures.feed("rss2-moratorium-news.xml"));

    assertThat(run(100).get(0).get("errorKind").asText()).isEqualTo("too_large");
  }
}
