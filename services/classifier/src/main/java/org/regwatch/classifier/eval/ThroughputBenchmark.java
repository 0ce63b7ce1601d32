package org.regwatch.classifier.eval;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.regwatch.classifier.rules.ArticleText;
import org.regwatch.classifier.rules.RuleEngine;

/**
 * A simple single-thread harness: articles/s of the rule engine on ~4 KB articles built from the
 * sentences below (a mix of news, trap and filler sentences, so the candidate-sentence path is
 * exercised). {@code bench [seconds]}; prints warm-up and measured rates. Single thread = per core.
 */
public final class ThroughputBenchmark {

  private static final String[] NEWS = {
      "The city council voted 8-1 on Tuesday to ban police use of facial recognition technology.",
      "Amazon said on Wednesday it is implementing a one-year moratorium on police use of Rekognition.",
      "The governor signed a bill restricting facial recognition in schools until July 1, 2022.",
      "Lawmakers introduced a bill that would bar federal agencies from using face surveillance.",
      "Microsoft has yet to ban police use of its facial recognition software, critics noted.",
      "Activists called for a nationwide ban on face recognition at a rally on Saturday.",
      "Last year, the state legislature passed a law limiting police use of the technology.",
      "The privacy regulator fined Clearview AI 20 million euros for collecting biometric data.",
  };
  private static final String[] FILLER = {
      "Officials said the budget for the coming year would include new spending on parks and roads.",
      "The department has used several camera systems over the past decade, according to records.",
      "Residents who spoke at the meeting raised concerns about traffic, noise and public safety.",
      "The company reported quarterly revenue above analyst expectations, driven by cloud services.",
      "Researchers measured error rates across dozens of algorithms submitted by vendors worldwide.",
      "A spokesperson declined to comment on the details of the contract or its total value.",
      "Several groups plan to hold public forums in the coming weeks to gather more feedback.",
      "The report recommends further study before any new procurement decisions are made.",
  };

  private ThroughputBenchmark() {}

  public static void main(String[] args) {
    int seconds = args.length > 0 ? Integer.parseInt(args[args.length - 1]) : 10;
    RuleEngine engine = RuleEngine.withShippedPacks();
    List<ArticleText> articles = articles(500, 4096);
    // Long warm-up: on a busy machine the JIT compiler threads get little CPU.
    run(engine, articles, Math.max(5, seconds), "warm-up");
    double rate = run(engine, articles, seconds, "measured");
    System.out.printf(Locale.ROOT, "rule engine, 1 thread, ~4 KB articles: %.0f articles per CPU-second%n", rate);
  }

  static List<ArticleText> articles(int count, int size) {
    Random r = new Random(42);
    List<ArticleText> out = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      StringBuilder b = new StringBuilder(size + 200);
      while (b.length() < size) {
        String[] pool = r.nextInt(6) == 0 ? NEWS : FILLER;
        b.append(pool[r.nextInt(pool.length)]).append(r.nextInt(4) == 0 ? "\n\n" : " ");
      }
      String title = i % 3 == 0 ? "Council votes to ban facial recognition" : "City budget update " + i;
      out.add(new ArticleText(title, b.toString(), LocalDate.of(2021, 6, 10)));
    }
    return out;
  }

  private static double run(RuleEngine engine, List<ArticleText> articles, int seconds, String label) {
    // Rate per CPU-second of this thread: the machine is shared, wall time would measure the
    // neighbours; CPU time measures one core's worth of work.
    java.lang.management.ThreadMXBean mx = java.lang.management.ManagementFactory.getThreadMXBean();
    long end = System.nanoTime() + seconds * 1_000_000_000L;
    long start = System.nanoTime();
    long cpuStart = mx.getCurrentThreadCpuTime();
    long n = 0;
    int sink = 0;
    while (System.nanoTime() < end) {
      for (ArticleText a : articles) {
        sink += engine.classify(a).developments().size();
        n++;
      }
    }
    double wall = (System.nanoTime() - start) / 1e9;
    double cpu = (mx.getCurrentThreadCpuTime() - cpuStart) / 1e9;
    double rate = n / cpu;
    System.out.printf(Locale.ROOT, "%s: %d articles, %.0f articles/CPU-s, %.0f articles/wall-s (checksum %d)%n",
        label, n, rate, n / wall, sink);
    return rate;
  }
}
