package org.regwatch.poller.bench;

import com.sun.net.httpserver.HttpServer;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.regwatch.poller.PollerConfig;
import org.regwatch.poller.parsing.FeedParser;
import org.regwatch.poller.polling.FeedFetcher;
import org.regwatch.poller.polling.FetchResult;

/**
 * A harness that prints figures (not a timed test):
 *
 * <ol>
 *   <li>parse throughput of a 50-item RSS 2.0 document (~100 KB), clean and with HTML entities
 *       that need ROME's repair pass;
 *   <li>steady-state poll throughput: 10,000 feeds on a local HTTP server that answers 304 to the
 *       feed's ETag, fetched through the poller's {@link FeedFetcher} by a pool of workers.
 * </ol>
 *
 * Run: {@code mvn -B -q -o -pl services/feed-poller test-compile exec:java
 * -Dexec.classpathScope=test -Dexec.mainClass=org.regwatch.poller.bench.PollerBenchmark}
 */
public final class PollerBenchmark {

  public static void main(String[] args) throws Exception {
    int seconds = Integer.getInteger("bench.seconds", 10);
    parse(seconds, false);
    parse(seconds, true);
    polls(seconds, Integer.getInteger("bench.feeds", 10_000), Integer.getInteger("bench.workers", 32));
    System.exit(0);
  }

  static byte[] fiftyItems(boolean htmlEntities) {
    StringBuilder rss = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<rss version=\"2.0\"><channel>"
        + "<title>Bench Wire</title><link>https://bench.example.org/</link><description>bench</description>\n");
    String sentence = "The city council debated a moratorium on police use of face recognition, and the vendor said"
        + " it would pause sales until lawmakers agree on rules" + (htmlEntities ? "&nbsp;&mdash; again. " : ". ");
    for (int i = 0; i < 50; i++) {
      rss.append("<item><title>Item ").append(i).append(": council weighs a pause on face recognition</title>")
          .append("<link>https://bench.example.org/2021/05/item-").append(i).append("?utm_source=rss</link>")
          .append("<guid isPermaLink=\"false\">bench-").append(i).append("</guid>")
          .append("<pubDate>Mon, 17 May 2021 10:00:00 GMT</pubDate><description><![CDATA[<p>")
          .append(sentence.repeat(htmlEntities ? 1 : 0))
          .append(htmlEntities ? "" : sentence.repeat(1))
          .append("</p>]]></description>")
          .append(htmlEntities ? "<category>policy&nbsp;news</category>" : "")
          .append("<content:encoded xmlns:content=\"http://purl.org/rss/1.0/modules/content/\"><![CDATA[<p>")
          .append(sentence.repeat(9)).append("</p>]]></content:encoded></item>\n");
    }
    return rss.append("</channel></rss>").toString().getBytes(StandardCharsets.UTF_8);
  }

  static void parse(int seconds, boolean needsRepair) throws Exception {
    FeedParser parser = new FeedParser();
    byte[] doc = fiftyItems(needsRepair);
    if (parser.parse(doc, null, null).items().size() != 50) {
      throw new IllegalStateException("benchmark document does not parse to 50 items");
    }
    long warmEnd = System.nanoTime() + TimeUnit.SECONDS.toNanos(Math.max(3, seconds / 2));
    while (System.nanoTime() < warmEnd) {
      parser.parse(doc, null, null);
    }
    long n = 0;
    long start = System.nanoTime();
    long end = start + TimeUnit.SECONDS.toNanos(seconds);
    while (System.nanoTime() < end) {
      parser.parse(doc, null, null);
      n++;
    }
    double secs = (System.nanoTime() - start) / 1e9;
    System.out.printf("parse %s: %d bytes, 50 items: %.0f feeds/s, %.0f items/s (1 thread)%n",
        needsRepair ? "with entity repair" : "clean XML", doc.length, n / secs, 50 * n / secs);
  }

  static void polls(int seconds, int feeds, int workers) throws Exception {
    HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 1024);
    server.setExecutor(Executors.newFixedThreadPool(8));
    server.createContext("/", exchange -> {
      String etag = "\"" + exchange.getRequestURI().getPath().hashCode() + "\"";
      exchange.getResponseHeaders().set("ETag", etag);
      if (etag.equals(exchange.getRequestHeaders().getFirst("If-None-Match"))) {
        exchange.sendResponseHeaders(304, -1);
      } else {
        byte[] body = "<rss version=\"2.0\"><channel><title>t</title></channel></rss>".getBytes(StandardCharsets.UTF_8);
        exchange.sendResponseHeaders(200, body.length);
        exchange.getResponseBody().write(body);
      }
      exchange.close();
    });
    server.start();
    FeedFetcher fetcher = new FeedFetcher(new BenchConfig());
    List<String> urls = new ArrayList<>(feeds);
    List<String> etags = new ArrayList<>(feeds);
    for (int i = 0; i < feeds; i++) {
      String url = "http://127.0.0.1:" + server.getAddress().getPort() + "/feeds/" + i + ".xml";
      urls.add(url);
      etags.add(fetcher.fetch(url, null, null).etag()); // first poll: 200 with validators
    }
    AtomicLong polls = new AtomicLong();
    AtomicLong notModified = new AtomicLong();
    AtomicLong errors = new AtomicLong();
    ExecutorService pool = Executors.newFixedThreadPool(workers);
    long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
    for (int w = 0; w < workers; w++) {
      int first = w;
      pool.execute(() -> {
        for (int i = first; System.nanoTime() < end; i = (i + workers) % feeds) {
          try {
            FetchResult r = fetcher.fetch(urls.get(i), etags.get(i), null);
            if (r.notModified()) {
              notModified.incrementAndGet();
            }
          } catch (Exception e) {
            errors.incrementAndGet();
          }
          polls.incrementAndGet();
        }
      });
    }
    long start = System.nanoTime();
    pool.shutdown();
    pool.awaitTermination(seconds + 30L, TimeUnit.SECONDS);
    double secs = (System.nanoTime() - start) / 1e9;
    server.stop(0);
    System.out.printf("steady-state polls: %d feeds, %d workers: %.0f polls/s (%d x 304, %d errors) over %.1f s%n",
        feeds, workers, polls.get() / secs, notModified.get(), errors.get(), secs);
  }

  /** The production defaults, as a plain object (no Quarkus runtime in the harness). */
  private static final class BenchConfig implements PollerConfig {
    @Override public Registry registry() { throw new UnsupportedOperationException(); }
    @Override public Schedule schedule() { throw new UnsupportedOperationException(); }
    @Override public Group group() { throw new UnsupportedOperationException(); }
    @Override public WebSub websub() { throw new UnsupportedOperationException(); }
    @Override public State state() { throw new UnsupportedOperationException(); }
    @Override public Fetch fetch() {
      return new Fetch() {
        @Override public Duration connectTimeout() { return Duration.ofSeconds(5); }
        @Override public Duration readTimeout() { return Duration.ofSeconds(20); }
        @Override public int maxBodyBytes() { return 10 * 1024 * 1024; }
        @Override public int maxRedirects() { return 5; }
        @Override public String userAgent() { return "Regwatch-FeedPoller-Bench"; }
      };
    }
  }
}
