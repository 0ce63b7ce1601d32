package org.regwatch.poller.parsing;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * The "Checking feeds" command: parses every file of a folder with the poller's own parser and
 * body limit, without any network access, and prints one JSON line per file:
 * {@code {"file","status":"ok"|"error","errorKind","message","format","title","itemCount","items"}}.
 *
 * <p>Run: {@code mvn -B -q -o -pl services/feed-poller exec:java -Dexec.args=<folder>}. Exit code
 * 0 when every file parsed, 1 when at least one did not, 2 on bad usage.
 */
public final class CheckFeeds {

  /** Same default as regwatch.poller.fetch.max-body-bytes. */
  static final int DEFAULT_MAX_BYTES = 10 * 1024 * 1024;

  private final FeedParser parser = new FeedParser();
  private final ObjectMapper json = new ObjectMapper();
  private final int maxBytes;

  CheckFeeds(int maxBytes) {
    this.maxBytes = maxBytes;
  }

  public static void main(String[] args) throws IOException {
    if (args.length != 1 || !Files.isDirectory(Path.of(args[0]))) {
      System.err.println("usage: CheckFeeds <folder of feed files>");
      System.exit(2);
    }
    int max = Integer.getInteger("regwatch.poller.fetch.max-body-bytes", DEFAULT_MAX_BYTES);
    boolean allOk = new CheckFeeds(max).run(Path.of(args[0]), System.out);
    System.exit(allOk ? 0 : 1);
  }

  boolean run(Path folder, PrintStream out) throws IOException {
    boolean allOk = true;
    List<Path> files;
    try (Stream<Path> listing = Files.list(folder)) {
      files = listing.filter(Files::isRegularFile).sorted().toList();
    }
    for (Path file : files) {
      ObjectNode line = check(file);
      allOk &= "ok".equals(line.path("status").asText());
      out.println(json.writeValueAsString(line));
    }
    return allOk;
  }

  ObjectNode check(Path file) {
    ObjectNode line = json.createObjectNode();
    line.put("file", file.getFileName().toString());
    try {
      byte[] body = readCapped(file);
      ParsedFeed feed = parser.parse(body, null, null);
      line.put("status", "ok");
      line.put("format", feed.format());
      line.put("title", feed.title());
      line.put("itemCount", feed.items().size());
      var titles = line.putArray("items");
      feed.items().forEach(item -> titles.add(item.title()));
    } catch (FeedParseException e) {
      error(line, e.kind(), e.getMessage());
    } catch (IOException e) {
      error(line, "io_error", e.toString());
    } catch (RuntimeException | StackOverflowError e) {
      // The parser should never get here; if it does, the line says so instead of the run dying.
      error(line, "internal_error", e.toString());
    }
    return line;
  }

  private byte[] readCapped(Path file) throws IOException, FeedParseException {
    try (InputStream in = Files.newInputStream(file)) {
      byte[] body = in.readNBytes(maxBytes + 1);
      if (body.length > maxBytes) {
        throw new FeedParseException("too_large", "larger than " + maxBytes + " bytes");
      }
      return body;
    }
  }

  private static void error(ObjectNode line, String kind, String message) {
    line.put("status", "error");
    line.put("errorKind", kind);
    line.put("message", message);
  }
}
