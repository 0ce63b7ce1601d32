package org.regwatch.poller.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/**
 * A harness that prints figures (not a test): throughput of the poller's REAL scheduler path —
 * the running feed-poller service itself (PollScheduler, HostGate, per-feed schedules and state,
 * FeedFetcher, parser, ArticlePublisher to Kafka with acks=all) — while the rest of the system
 * (broker, classifier, query service, PostgreSQL) runs and consumes what it publishes.
 *
 * <p>It does not wire the poller's classes itself: it drives the service a {@code deploy/run}
 * stack started, so the figure is that of the binary users run. Steps: serve {@code bench.feeds}
 * feeds from a local HTTP server, each on its own loopback address (127.1.x.y) so the per-host
 * gate is in the path at its production settings without throttling; register them through the
 * registry API; wait until every feed has been polled once; then sample the service's Prometheus
 * metrics over a steady-state window and print polls/s by outcome, fetch latency p50/p99, articles
 * published and CPU per process. Finally the benchmark feeds are deleted again.
 *
 * <p>The service refuses poll intervals under 60 s; start the stack with
 * {@code REGWATCH_POLLER_REGISTRY_MIN_POLL_INTERVAL_SECONDS=1 deploy/run} so 10,000 feeds polled
 * every second ask for far more than 1,000 polls/s and the figure is the poller's capacity.
 * Run: see docs/feed-poller.md ("Figures").
 */
public final class SchedulerThroughputBenchmark {

  private final String poller;
  /** Registry writes need the operator role; deploy/run gives all services this dev key. */
  private final String operatorKey = System.getProperty("bench.operatorKey",
      System.getenv().getOrDefault("REGWATCH_DEV_OPERATOR_KEY", "regwatch-dev-operator-key"));
  private final HttpClient http = HttpClient.newBuilder()
      .connectTimeout(Duration.ofSeconds(5)).version(HttpClient.Version.HTTP_1_1).build();

  private SchedulerThroughputBenchmark(String poller) {
    this.poller = poller;
  }

  public static void main(String[] args) throws Exception {
    int feeds = Integer.getInteger("bench.feeds", 10_000);
    int interval = Integer.getInteger("bench.interval", 1);
    int changingEvery = Integer.getInteger("bench.changingEvery", 20); // 1 feed in 20 publishes
    int changePeriod = Integer.getInteger("bench.changePeriod", 30);
    int warmup = Integer.getInteger("bench.warmup", 20);
    int seconds = Integer.getInteger("bench.seconds", 60);
    String poller = System.getProperty("bench.poller", "http://localhost:8081");
    boolean cleanup = Boolean.parseBoolean(System.getProperty("bench.cleanup", "true"));

    BenchFeedSite site = new BenchFeedSite(changingEvery, changePeriod,
        Integer.getInteger("bench.serverThreads", 4));
    site.start();
    SchedulerThroughputBenchmark bench = new SchedulerThroughputBenchmark(poller);
    List<String> urls = new ArrayList<>(feeds);
    for (int n = 0; n < feeds; n++) {
      urls.add(site.url(n));
    }
    System.out.printf("feed site on port %d: %d feeds on %d loopback hosts, 1 in %d gains an item every %d s;"
        + " poll interval %d s%n", site.port(), feeds, feeds, changingEvery, changePeriod, interval);
    try {
      long t0 = System.nanoTime();
      bench.register(urls, interval);
      System.out.printf("registered %d feeds through the API in %.1f s%n", feeds, (System.nanoTime() - t0) / 1e9);
      bench.awaitFirstPolls(site, feeds, Duration.ofSeconds(300));
      Thread.sleep(warmup * 1000L);
      bench.measure(site, seconds);
    } finally {
      if (cleanup) {
        long t0 = System.nanoTime();
        int deleted = bench.deleteAll(urls);
        System.out.printf("deleted %d benchmark feeds in %.1f s%n", deleted, (System.nanoTime() - t0) / 1e9);
      }
      site.stop();
    }
    System.exit(0);
  }

  /**
   * One {@code POST /api/feeds} per feed, 8 at a time: each write waits for the broker's ack and
   * the registry view (read-your-writes), so parallel requests are what makes 10,000 quick. (The
   * OPML import registers its outlines one after the other: ~6 min for 10,000 here.)
   */
  private void register(List<String> urls, int interval) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(8);
    List<Future<HttpResponse<String>>> answers = new ArrayList<>();
    for (String url : urls) {
      String json = "{\"url\":\"" + url + "\",\"title\":\"Bench wire\",\"tags\":[\"bench\"],"
          + "\"pollIntervalSeconds\":" + interval + "}";
      answers.add(pool.submit(() -> http.send(HttpRequest.newBuilder(URI.create(poller + "/api/feeds"))
          .timeout(Duration.ofSeconds(60)).header("Content-Type", "application/json")
          .header("Authorization", "Bearer " + operatorKey)
          .POST(HttpRequest.BodyPublishers.ofString(json)).build(), HttpResponse.BodyHandlers.ofString())));
    }
    try {
      for (Future<HttpResponse<String>> answer : answers) {
        HttpResponse<String> response = answer.get();
        if (response.statusCode() != 201 && response.statusCode() != 200) {
          throw new IllegalStateException("the poller refused a feed (poll interval below its minimum?"
              + " start it with REGWATCH_POLLER_REGISTRY_MIN_POLL_INTERVAL_SECONDS=1): "
              + response.statusCode() + " " + response.body());
        }
      }
    } finally {
      pool.shutdownNow();
    }
  }

  private void awaitFirstPolls(BenchFeedSite site, int feeds, Duration timeout) throws InterruptedException {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (site.distinctFeedsServed() < feeds) {
      if (System.nanoTime() > deadline) {
        throw new IllegalStateException("only " + site.distinctFeedsServed() + " of " + feeds
            + " feeds were polled within " + timeout);
      }
      Thread.sleep(500);
    }
    System.out.printf("every feed polled at least once; warming up%n");
  }

  private void measure(BenchFeedSite site, int seconds) throws Exception {
    ProcessCpu cpu = ProcessCpu.ofStack(java.nio.file.Path.of(System.getProperty("bench.root", ".")).toAbsolutePath().normalize());
    Map<String, Double> before = PrometheusText.parse(get("/q/metrics"));
    long served0 = site.served();
    cpu.start();
    long t0 = System.nanoTime();
    Thread.sleep(seconds * 1000L);
    Map<String, Double> after = PrometheusText.parse(get("/q/metrics"));
    double secs = (System.nanoTime() - t0) / 1e9;
    long served = site.served() - served0;
    var metrics = new PrometheusText.Delta(before, after);

    double polls = metrics.sum("regwatch_poller_polls_total{");
    System.out.printf("%n== scheduler throughput, steady state, %.1f s window ==%n", secs);
    System.out.printf("polls: %.0f polls/s (%.0f polls; the feed site answered %.0f requests/s)%n",
        polls / secs, polls, served / secs);
    for (String outcome : List.of("not_modified", "new_items", "no_new_items", "unchanged", "http_error",
        "fetch_error", "parse_error", "publish_error")) {
      double n = metrics.get("regwatch_poller_polls_total{outcome=\"" + outcome + "\"}");
      if (n > 0) {
        System.out.printf("  %-14s %8.0f  (%.1f/s)%n", outcome, n, n / secs);
      }
    }
    System.out.printf("articles published (acknowledged): %.0f (%.1f/s)%n",
        metrics.get("regwatch_poller_articles_published_total"),
        metrics.get("regwatch_poller_articles_published_total") / secs);
    System.out.printf("fetch latency: p50 <= %s, p99 <= %s (histogram bucket bounds)%n",
        metrics.quantileSeconds("regwatch_poller_fetch_latency_seconds", 0.50),
        metrics.quantileSeconds("regwatch_poller_fetch_latency_seconds", 0.99));
    cpu.print(secs);
  }

  private int deleteAll(List<String> urls) throws Exception {
    // Feed ids are derived from the URL, but the service is the authority: look them up.
    var wanted = new java.util.HashSet<>(urls);
    List<String> ids = new ArrayList<>();
    for (var feed : new com.fasterxml.jackson.databind.ObjectMapper().readTree(get("/api/feeds"))) {
      if (wanted.contains(feed.path("url").asText())) {
        ids.add(feed.path("id").asText());
      }
    }
    ExecutorService pool = Executors.newFixedThreadPool(8);
    List<Future<Integer>> codes = new ArrayList<>();
    for (String id : ids) {
      codes.add(pool.submit(() -> http.send(HttpRequest.newBuilder(URI.create(poller + "/api/feeds/" + id))
          .DELETE().header("Authorization", "Bearer " + operatorKey).timeout(Duration.ofSeconds(60)).build(), HttpResponse.BodyHandlers.discarding()).statusCode()));
    }
    int deleted = 0;
    for (Future<Integer> code : codes) {
      deleted += code.get() == 204 ? 1 : 0;
    }
    pool.shutdown();
    return deleted;
  }

  private String get(String path) throws Exception {
    HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(poller + path))
        .timeout(Duration.ofSeconds(60)).build(), HttpResponse.BodyHandlers.ofString());
    if (response.statusCode() != 200) {
      throw new IllegalStateException("GET " + path + " -> " + response.statusCode() + ": " + response.body());
    }
    return response.body();
  }
}
