package org.regwatch.query.benchmark;

import java.io.IOException;
import java.net.InetAddress;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Load harness for a RUNNING query service (it starts nothing): N concurrent clients send a mix of
 * GETs for T seconds and it prints requests/s and p50/p95/p99/max per endpoint. Plain JDK, so it
 * runs as its own process straight from source:
 *
 * <pre>
 * java -Xmx256m services/query-service/src/test/java/org/regwatch/query/benchmark/ApiLoadHarness.java \
 *     [url=http://localhost:8080] [clients=8] [seconds=30] [warmup=10]
 * </pre>
 *
 * Only loopback targets are accepted: this is a load generator. Not a test: it asserts nothing and
 * is never part of the suite (see {@code ApiLoadBenchmark} for a run against seeded data).
 */
public final class ApiLoadHarness {

  private static final Pattern DEVELOPMENT_ID = Pattern.compile("\"id\":\"(dev-[^\"]+)\"");

  /** One endpoint of the mix, with its share of the requests. */
  private record Endpoint(String name, int weight, List<String> paths) {}

  private ApiLoadHarness() {}

  public static void main(String[] args) throws Exception {
    Map<String, String> opts = new LinkedHashMap<>(Map.of("url", "http://localhost:8080",
        "clients", "8", "seconds", "30", "warmup", "10"));
    for (String arg : args) {
      String[] kv = arg.split("=", 2);
      if (kv.length != 2 || !opts.containsKey(kv[0])) {
        throw new IllegalArgumentException("arguments are " + opts.keySet() + " as key=value, got "
            + arg);
      }
      opts.put(kv[0], kv[1]);
    }
    URI base = URI.create(opts.get("url").replaceAll("/$", ""));
    if (!InetAddress.getByName(base.getHost()).isLoopbackAddress()) {
      throw new IllegalArgumentException("refusing a non-loopback target: " + base);
    }
    int clients = Integer.parseInt(opts.get("clients"));
    int seconds = Integer.parseInt(opts.get("seconds"));
    int warmup = Integer.parseInt(opts.get("warmup"));

    List<Endpoint> mix = mix(base);
    System.out.printf(Locale.ROOT, "target %s, %d clients, %d s warm-up + %d s measured%n", base,
        clients, warmup, seconds);
    run(base, mix, clients, Duration.ofSeconds(warmup), false);
    Map<String, long[]> measured = run(base, mix, clients, Duration.ofSeconds(seconds), true);
    print(mix, measured, seconds);
  }

  /** The mix of reads a dashboard and API users would make; development ids from the service. */
  private static List<Endpoint> mix(URI base) throws IOException, InterruptedException {
    HttpClient client = HttpClient.newHttpClient();
    String page = client.send(HttpRequest.newBuilder(base.resolve("/api/developments?limit=200"))
        .build(), HttpResponse.BodyHandlers.ofString()).body();
    List<String> ids = new ArrayList<>();
    Matcher m = DEVELOPMENT_ID.matcher(page);
    while (m.find()) {
      ids.add("/api/developments/" + m.group(1));
    }
    if (ids.isEmpty()) {
      throw new IllegalStateException("the service has no developments: seed it first");
    }
    return List.of(
        new Endpoint("articles list", 20, List.of("/api/articles?limit=20",
            "/api/articles?limit=20&relevant=true", "/api/articles?limit=50&sort=firstSeen")),
        new Endpoint("developments filtered", 20, List.of(
            "/api/developments?kind=moratorium&status=announced",
            "/api/developments?kind=legislation&occurredFrom=2020-01-01&limit=50",
            "/api/developments?scope=police%20use&sort=-knownAt")),
        new Endpoint("development by id", 25, ids),
        new Endpoint("q search", 15, List.of(
            "/api/articles?q=" + encode("facial recognition ban"),
            "/api/articles?q=" + encode("\"police use\" -amazon"),
            "/api/developments?q=" + encode("moratorium or pause"))),
        new Endpoint("status board", 10, List.of("/api/status-board",
            "/api/status-board?actor=Amazon")),
        new Endpoint("moratoria", 10, List.of("/api/moratoria",
            "/api/moratoria/expiring?within=P90D")),
        new Endpoint("bills", 10, List.of("/api/bills", "/api/bills?stage=enacted",
            "/api/bills?q=" + encode("facial recognition"))));
  }

  /** Latencies in microseconds per endpoint (when recording), plus error counts under "!name". */
  private static Map<String, long[]> run(URI base, List<Endpoint> mix, int clients,
      Duration length, boolean record) throws InterruptedException {
    Map<String, List<long[]>> perThread = new ConcurrentHashMap<>();
    Map<String, AtomicLong> errors = new ConcurrentHashMap<>();
    int totalWeight = mix.stream().mapToInt(Endpoint::weight).sum();
    long end = System.nanoTime() + length.toNanos();
    CountDownLatch done = new CountDownLatch(clients);
    for (int t = 0; t < clients; t++) {
      Thread thread = new Thread(() -> {
        // One client per thread: its own keep-alive connection, like separate users.
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
        Map<String, long[]> mine = new LinkedHashMap<>();
        Map<String, Integer> counts = new LinkedHashMap<>();
        ThreadLocalRandom random = ThreadLocalRandom.current();
        while (System.nanoTime() < end) {
          Endpoint e = pick(mix, random.nextInt(totalWeight));
          String path = e.paths().get(random.nextInt(e.paths().size()));
          long start = System.nanoTime();
          boolean ok;
          try {
            HttpResponse<byte[]> r = client.send(HttpRequest.newBuilder(base.resolve(path))
                .timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofByteArray());
            ok = r.statusCode() == 200;
          } catch (IOException ex) {
            ok = false;
          } catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
            break;
          }
          long micros = (System.nanoTime() - start) / 1000;
          if (!ok) {
            errors.computeIfAbsent(e.name(), k -> new AtomicLong()).incrementAndGet();
          } else if (record) {
            int n = counts.merge(e.name(), 1, Integer::sum);
            long[] arr = mine.computeIfAbsent(e.name(), k -> new long[1024]);
            if (n > arr.length) {
              arr = Arrays.copyOf(arr, arr.length * 2);
              mine.put(e.name(), arr);
            }
            arr[n - 1] = micros;
          }
        }
        mine.forEach((name, arr) -> perThread.computeIfAbsent(name, k ->
            java.util.Collections.synchronizedList(new ArrayList<>()))
            .add(Arrays.copyOf(arr, counts.get(name))));
        done.countDown();
      }, "load-client-" + t);
      thread.setDaemon(true);
      thread.start();
    }
    done.await();
    Map<String, long[]> merged = new LinkedHashMap<>();
    perThread.forEach((name, parts) -> merged.put(name,
        parts.stream().flatMapToLong(Arrays::stream).sorted().toArray()));
    errors.forEach((name, n) -> merged.put("!" + name, new long[] {n.get()}));
    return merged;
  }

  private static Endpoint pick(List<Endpoint> mix, int ticket) {
    for (Endpoint e : mix) {
      ticket -= e.weight();
      if (ticket < 0) {
        return e;
      }
    }
    return mix.get(mix.size() - 1);
  }

  private static void print(List<Endpoint> mix, Map<String, long[]> measured, int seconds) {
    System.out.printf(Locale.ROOT, "%-22s %9s %8s %8s %8s %8s %8s %7s%n", "endpoint", "requests",
        "req/s", "p50 ms", "p95 ms", "p99 ms", "max ms", "errors");
    long all = 0;
    List<Long> every = new ArrayList<>();
    for (Endpoint e : mix) {
      long[] lat = measured.getOrDefault(e.name(), new long[0]);
      long errors = measured.getOrDefault("!" + e.name(), new long[] {0})[0];
      all += lat.length;
      for (long l : lat) {
        every.add(l);
      }
      line(e.name(), lat, errors, seconds);
    }
    long[] total = every.stream().mapToLong(Long::longValue).sorted().toArray();
    line("ALL", total, 0, seconds);
    System.out.printf(Locale.ROOT, "total %d requests in %d s%n", all, seconds);
  }

  private static void line(String name, long[] sorted, long errors, int seconds) {
    System.out.printf(Locale.ROOT, "%-22s %9d %8.1f %8.1f %8.1f %8.1f %8.1f %7d%n", name,
        sorted.length, sorted.length / (double) seconds, pct(sorted, 0.50), pct(sorted, 0.95),
        pct(sorted, 0.99), sorted.length == 0 ? 0 : sorted[sorted.length - 1] / 1000.0, errors);
  }

  /** Nearest-rank percentile in milliseconds. */
  private static double pct(long[] sorted, double p) {
    if (sorted.length == 0) {
      return 0;
    }
    int rank = (int) Math.ceil(p * sorted.length);
    return sorted[Math.max(0, rank - 1)] / 1000.0;
  }

  private static String encode(String q) {
    return URLEncoder.encode(q, StandardCharsets.UTF_8).replace("+", "%20");
  }
}
