package org.regwatch.query.benchmark;

import java.io.IOException;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * CPU of this JVM's threads between two snapshots, grouped by thread name with digits blanked
 * ("executor-thread-#"), read from {@code /proc/self/task} (Linux): unlike the JMX thread bean,
 * this sees the JIT compiler's and the garbage collector's threads too, which is what tells the
 * Kafka client's poll thread, the projecting worker thread, the benchmark's own producer, the JIT
 * and GC apart. Names are the kernel's (15 characters). A thread that ended in between is missing
 * (the JVM ends idle compiler threads), so the groups can add up to less than the process.
 */
final class ThreadCpu {

  private static final double TICKS_PER_SECOND = 100.0; // USER_HZ on Linux

  private final Map<String, String> names = new HashMap<>();
  private final Map<String, Long> ticks = new HashMap<>();
  private long gcMillis;
  private long gcCount;

  private ThreadCpu() {}

  static ThreadCpu snapshot() {
    ThreadCpu s = new ThreadCpu();
    for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
      s.gcMillis += Math.max(0, gc.getCollectionTime());
      s.gcCount += Math.max(0, gc.getCollectionCount());
    }
    try (Stream<Path> tasks = Files.list(Path.of("/proc/self/task"))) {
      tasks.forEach(task -> {
        try {
          String stat = Files.readString(task.resolve("stat"));
          // fields after the parenthesised name: state is 3rd, utime 14th, stime 15th
          String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
          String tid = task.getFileName().toString();
          s.names.put(tid, Files.readString(task.resolve("comm")).trim());
          s.ticks.put(tid, Long.parseLong(f[11]) + Long.parseLong(f[12]));
        } catch (IOException | RuntimeException ended) {
          // the thread ended while being read
        }
      });
    } catch (IOException e) {
      return s; // not Linux: the figures are left out
    }
    return s;
  }

  /**
   * Waits (up to {@code maxMillis}) until the JIT's compiler threads used no CPU for 200 ms, and
   * returns the milliseconds waited. The work a benchmark does between its rounds (building and
   * encoding the next workload, its producer) queues compilations that would otherwise run in
   * the next measured phase and be counted against the service.
   */
  static long awaitCompilerIdle(long maxMillis) throws InterruptedException {
    long start = System.nanoTime();
    long last = snapshot().compilerTicks();
    while ((System.nanoTime() - start) / 1_000_000 < maxMillis) {
      Thread.sleep(200);
      long now = snapshot().compilerTicks();
      if (now == last) {
        break;
      }
      last = now;
    }
    return (System.nanoTime() - start) / 1_000_000;
  }

  private long compilerTicks() {
    long sum = 0;
    for (Map.Entry<String, Long> e : ticks.entrySet()) {
      if (names.get(e.getKey()).contains("CompilerThre")) {
        sum += e.getValue();
      }
    }
    return sum;
  }

  /** CPU seconds per thread group since {@code before}, largest first, under 0.05 s left out. */
  String since(ThreadCpu before) {
    Map<String, Double> groups = new TreeMap<>();
    ticks.forEach((tid, t) -> groups.merge(names.get(tid).replaceAll("\\d+", "#"),
        (t - before.ticks.getOrDefault(tid, 0L)) / TICKS_PER_SECOND, Double::sum));
    double total = groups.values().stream().mapToDouble(Double::doubleValue).sum();
    return String.format("GC %d collections, %.2f s paused; threads %.2f CPU-s: ",
        gcCount - before.gcCount, (gcMillis - before.gcMillis) / 1e3, total)
        + groups.entrySet().stream()
            .filter(e -> e.getValue() >= 0.05)
            .sorted(Map.Entry.<String, Double>comparingByValue().reversed())
            .map(e -> String.format("%s %.2f", e.getKey(), e.getValue()))
            .collect(Collectors.joining(", "));
  }
}
