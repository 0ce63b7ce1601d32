package org.regwatch.poller.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * CPU used during the window by each process of the running stack, by this harness (the feed
 * site), and by the machine as a whole, read from /proc: Linux only.
 */
final class ProcessCpu {

  private static final double TICKS_PER_SECOND = 100.0; // USER_HZ on Linux

  /** Name → the process and its direct children (PostgreSQL's backends are the postmaster's). */
  private final Map<String, Long> pids;
  private final Map<String, Long> startTicks = new LinkedHashMap<>();
  private long machineBusy0;
  private long machineTotal0;

  private ProcessCpu(Map<String, Long> pids) {
    this.pids = pids;
  }

  /**
   * The processes of the {@code deploy/run} stack of the repository at {@code root}, recognised
   * by the paths in their command lines (other worktrees' test brokers and databases are not ours).
   */
  static ProcessCpu ofStack(Path root) throws IOException {
    Map<String, String> markers = new LinkedHashMap<>();
    markers.put("feed-poller", root + "/services/feed-poller/target/quarkus-app/quarkus-run.jar");
    markers.put("classifier", root + "/services/classifier/target/quarkus-app/quarkus-run.jar");
    markers.put("query-service", root + "/services/query-service/target/quarkus-app/quarkus-run.jar");
    markers.put("kafka broker", root + "/deploy/devstack/target/lib/regwatch-kafka-broker");
    markers.put("postgres (+ backends)", root + "/.regwatch/postgres/data");
    Map<String, Long> found = new LinkedHashMap<>();
    for (long pid : allPids()) {
      String cmdline = cmdline(pid);
      for (var marker : markers.entrySet()) {
        if (cmdline.contains(marker.getValue()) && !found.containsKey(marker.getKey())) {
          found.put(marker.getKey(), pid);
        }
      }
    }
    found.put("this harness (feed site)", ProcessHandle.current().pid());
    markers.keySet().stream().filter(k -> !found.containsKey(k))
        .forEach(k -> System.out.println("  (no " + k + " process of " + root + " found)"));
    return new ProcessCpu(found);
  }

  private static List<Long> allPids() throws IOException {
    try (Stream<Path> procs = Files.list(Path.of("/proc"))) {
      return procs.map(p -> p.getFileName().toString()).filter(n -> n.matches("\\d+")).map(Long::parseLong).toList();
    }
  }

  private static String cmdline(long pid) {
    try {
      return new String(Files.readAllBytes(Path.of("/proc/" + pid + "/cmdline"))).replace('\0', ' ');
    } catch (IOException e) {
      return "";
    }
  }

  void start() throws IOException {
    for (var e : pids.entrySet()) {
      startTicks.put(e.getKey(), ticks(e.getValue()));
    }
    long[] m = machine();
    machineBusy0 = m[0];
    machineTotal0 = m[1];
  }

  void print(double seconds) throws IOException {
    System.out.println("CPU during the window (1.0 = one core fully busy):");
    for (var e : pids.entrySet()) {
      long used = ticks(e.getValue()) - startTicks.get(e.getKey());
      System.out.printf("  %-26s %.2f cores (pid %d)%n", e.getKey(), used / TICKS_PER_SECOND / seconds, e.getValue());
    }
    long[] m = machine();
    double busy = (double) (m[0] - machineBusy0) / Math.max(1, m[1] - machineTotal0);
    System.out.printf("  %-26s %.0f %% busy of %d cores; load average %s%n", "whole machine", busy * 100,
        Runtime.getRuntime().availableProcessors(), Files.readString(Path.of("/proc/loadavg")).strip());
  }

  /** utime + stime of the process (all threads) and of its living direct children, in clock ticks. */
  private static long ticks(long pid) throws IOException {
    long sum = 0;
    for (long p : allPids()) {
      String[] f = stat(p);
      if (f != null && (p == pid || Long.parseLong(f[1]) == pid)) {
        sum += Long.parseLong(f[11]) + Long.parseLong(f[12]);
      }
    }
    return sum;
  }

  /** The fields of /proc/PID/stat after the command name: [0] state, [1] ppid, [11] utime, [12] stime. */
  private static String[] stat(long pid) {
    try {
      String stat = Files.readString(Path.of("/proc/" + pid + "/stat"));
      return stat.substring(stat.lastIndexOf(')') + 2).split(" ");
    } catch (IOException e) {
      return null; // ended meanwhile
    }
  }

  /** Busy and total jiffies of all CPUs. */
  private static long[] machine() throws IOException {
    String[] f = Files.readAllLines(Path.of("/proc/stat")).get(0).trim().split("\\s+");
    long total = 0;
    for (int i = 1; i < f.length; i++) {
      total += Long.parseLong(f[i]);
    }
    long idle = Long.parseLong(f[4]) + Long.parseLong(f[5]);
    return new long[] {total - idle, total};
  }
}
