package org.regwatch.classifier.eval;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * A harness, not a test (the suite never runs it): the {@link ThroughputBenchmark} engine and
 * articles of several builds of the classifier's main classes (e.g. {@code git worktree} or
 * {@code git archive} of two commits, compiled), in ONE JVM, in alternating rounds. On the shared
 * build machine the neighbours' load swings within a minute, so only figures taken back to back
 * compare; each build gets its own class loader (the libraries are shared from the class path)
 * and prints µs of thread CPU per article per round. Args: {@code SECONDS_PER_ROUND ROUNDS
 * CLASSES_DIR...}; run with the test class path minus {@code target/classes} (see docs/rules.md).
 */
public final class ThroughputComparison {

  private ThroughputComparison() {}

  public static void main(String[] args) throws Exception {
    double seconds = Double.parseDouble(args[0]);
    int rounds = Integer.parseInt(args[1]);
    int builds = args.length - 2;
    Object[] engines = new Object[builds];
    List<?>[] articles = new List<?>[builds];
    Method[] classify = new Method[builds];
    for (int b = 0; b < builds; b++) {
      URLClassLoader loader = new URLClassLoader(new URL[] {Path.of(args[b + 2]).toUri().toURL()},
          ThroughputComparison.class.getClassLoader());
      if (loader.findResource("org/regwatch/classifier/rules/RuleEngine.class") == null) {
        throw new IllegalArgumentException(args[b + 2] + " holds no classifier build");
      }
      Class<?> bench = loader.loadClass("org.regwatch.classifier.eval.ThroughputBenchmark");
      Method make = bench.getDeclaredMethod("articles", int.class, int.class);
      make.setAccessible(true);
      articles[b] = (List<?>) make.invoke(null, 500, 4096);
      Class<?> engine = loader.loadClass("org.regwatch.classifier.rules.RuleEngine");
      // RulePackLoader reads the shipped packs through the context class loader.
      Thread.currentThread().setContextClassLoader(loader);
      engines[b] = engine.getMethod("withShippedPacks").invoke(null);
      classify[b] = engine.getMethod("classify", loader.loadClass("org.regwatch.classifier.rules.ArticleText"));
    }
    ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
    for (int r = 0; r < rounds; r++) {
      for (int b = 0; b < builds; b++) {
        long start = cpu.getCurrentThreadCpuTime();
        long n = 0;
        while (cpu.getCurrentThreadCpuTime() - start < seconds * 1e9) {
          for (Object a : articles[b]) {
            classify[b].invoke(engines[b], a);
            n++;
          }
        }
        double micros = (cpu.getCurrentThreadCpuTime() - start) / 1e3 / n;
        System.out.printf(Locale.ROOT, "round %d  %-50s %7.1f µs CPU/article  %6.0f articles per CPU-second  load %s%n",
            r, args[b + 2], micros, 1e6 / micros, loadAverage());
      }
    }
  }

  private static String loadAverage() {
    try {
      return Files.readString(Path.of("/proc/loadavg")).substring(0, 14);
    } catch (Exception e) {
      return "?";
    }
  }
}
