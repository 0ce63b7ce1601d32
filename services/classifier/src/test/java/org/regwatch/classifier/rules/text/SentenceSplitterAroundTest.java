package org.regwatch.classifier.rules.text;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * {@link SentenceSplitter#splitAround} against {@link SentenceSplitter#splitLine} on every line of
 * the held-out articles: with a span over the whole line the same sentences; with random spans,
 * every sentence that holds a character of a span is one of {@code splitLine}'s, and a result
 * said to be exact is {@code splitLine}'s.
 */
class SentenceSplitterAroundTest {

  @Test
  void sentencesHoldingASpanAreTheWholeSplitsOnEveryHeldOutLine() throws IOException {
    List<String> lines = heldOutLines();
    assertThat(lines).hasSizeGreaterThan(1_000);
    Random r = new Random(7);
    int compared = 0;
    for (String line : lines) {
      List<Sentence> whole = new ArrayList<>();
      SentenceSplitter.splitLine(whole, line, 0, line.length());
      List<Sentence> all = new ArrayList<>();
      boolean exact = SentenceSplitter.splitAround(all, line, 0, line.length(),
          new int[] {0}, new int[] {line.length()}, 1);
      assertThat(all).as(line).isEqualTo(whole);
      assertThat(exact).isTrue();
      for (int round = 0; round < 5 && line.length() > 2; round++) {
        int spans = r.nextInt(4);
        int[] starts = new int[spans];
        int[] ends = new int[spans];
        int at = 0;
        for (int i = 0; i < spans && at < line.length() - 1; i++) {
          starts[i] = at + r.nextInt(Math.max(1, (line.length() - at) / 2));
          ends[i] = Math.min(line.length(), starts[i] + 1 + r.nextInt(30));
          at = starts[i] + 1;
        }
        List<Sentence> part = new ArrayList<>();
        exact = SentenceSplitter.splitAround(part, line, 0, line.length(), starts, ends, spans);
        if (exact) {
          assertThat(part).as(line).isEqualTo(whole);
        }
        for (Sentence s : part) {
          boolean holds = false;
          for (int i = 0; i < spans; i++) {
            holds |= starts[i] < s.end() && ends[i] > s.start();
          }
          if (holds) {
            assertThat(whole.stream().anyMatch(w -> w.start() == s.start() && w.end() == s.end()))
                .as(line + " / " + s).isTrue();
          }
        }
        compared++;
      }
    }
    assertThat(compared).isGreaterThan(1_000);
  }

  private static List<String> heldOutLines() throws IOException {
    ObjectMapper json = new ObjectMapper();
    List<String> lines = new ArrayList<>();
    List<Path> dirs;
    try (Stream<Path> s = Files.list(Path.of("src/test/resources"))) {
      dirs = s.filter(p -> p.getFileName().toString().startsWith("heldout")).sorted().toList();
    }
    for (Path dir : dirs) {
      List<Path> files;
      try (Stream<Path> s = Files.list(dir)) {
        files = s.filter(p -> p.toString().endsWith(".json")).sorted().toList();
      }
      for (Path f : files) {
        String text = json.readTree(f.toFile()).path("text").asText("");
        for (String line : text.split("\n")) {
          if (!line.isBlank()) {
            lines.add(line);
          }
        }
      }
    }
    return lines;
  }
}
