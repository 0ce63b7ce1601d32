package org.regwatch.query.webhooks;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.regwatch.query.subscriptions.Filters;

/**
 * Benchmark, not a test: matches development changes against 100,000 subscriptions.
 * Run: see docs/performance.md (java -cp target/test-classes:target/classes:$CP ...).
 * Mix: 75 % on one actor (of 5,000), 5 % on an actor plus a full-text query, 10 % on one product
 * (of 500), 5 % on kind+status+jurisdiction, 3 % kind+jurisdiction+product, 2 % on a moratorium
 * transition; plus 100 catch-all subscriptions. Changes draw from the same actors and products.
 */
public final class MatchingBenchmark {

  private static final String[] KINDS = {"moratorium", "ban", "legislation", "policy", "lawsuit"};
  private static final String[] STATUSES = {"announced", "extended", "ended", "proposed",
      "enacted"};
  private static final String[] PLACES = {"US", "EU", "UK", "CA", "AU", "DE", "FR", "IN"};
  private static final String[] WORDS = {"police", "moratorium", "ban", "pause", "council",
      "vote", "court", "privacy", "schools", "airport", "retail", "extension"};

  public static void main(String[] args) {
    int subscriptions = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
    int changes = args.length > 1 ? Integer.parseInt(args[1]) : 50_000;
    Random r = new Random(42);
    SubscriptionIndex index = new SubscriptionIndex();
    List<SubscriptionIndex.Entry> entries = new ArrayList<>();
    for (int i = 0; i < subscriptions; i++) {
      int k = r.nextInt(100);
      Filters f;
      String query = null;
      if (k < 75) {
        f = new Filters(List.of(actor(r)), null, null, null, null, null, null);
      } else if (k < 80) {
        f = new Filters(List.of(actor(r)), null, null, null, null, null, null);
        query = pick(r, WORDS) + " AND " + pick(r, WORDS);
      } else if (k < 90) {
        f = new Filters(null, null, null, null, null, List.of(product(r)), 0.5);
      } else if (k < 95) {
        f = new Filters(null, List.of(pick(r, KINDS)), List.of(pick(r, STATUSES)), null,
            List.of(pick(r, PLACES)), null, null);
      } else if (k < 98) {
        f = new Filters(null, List.of(pick(r, KINDS)), null, null, List.of(pick(r, PLACES)),
            List.of(product(r)), null);
      } else {
        f = new Filters(null, List.of("moratorium"), null,
            List.of("moratorium:announced->" + pick(r, new String[] {"extended", "ended"})),
            null, null, null);
      }
      entries.add(new SubscriptionIndex.Entry("s" + i, f, query, "immediate"));
    }
    for (int i = 0; i < 100; i++) {
      entries.add(new SubscriptionIndex.Entry("all" + i, Filters.none(), null, "immediate"));
    }
    long t0 = System.nanoTime();
    index.load(entries);
    long loadMs = (System.nanoTime() - t0) / 1_000_000;
    List<ChangeFacts> facts = new ArrayList<>();
    for (int i = 0; i < changes; i++) {
      String kind = pick(r, KINDS);
      facts.add(new ChangeFacts("d" + i, kind, pick(r, STATUSES),
          r.nextInt(4) == 0 ? "announced" : null, actor(r), "facial recognition",
          product(r), pick(r, PLACES), 0.5 + r.nextDouble() / 2,
          pick(r, WORDS) + " " + pick(r, WORDS) + " " + pick(r, WORDS) + " council says"));
    }
    for (int i = 0; i < Math.min(5_000, changes); i++) {
      index.match(facts.get(i)); // warm-up
    }
    long matched = 0;
    long start = System.nanoTime();
    for (ChangeFacts f : facts) {
      matched += index.match(f).size();
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    System.out.printf("subscriptions=%d load=%d ms changes=%d time=%.2f s rate=%.0f changes/s"
            + " avg matches/change=%.1f%n", entries.size(), loadMs, changes, seconds,
        changes / seconds, (double) matched / changes);
  }

  private static String product(Random r) {
    return "product-" + r.nextInt(500);
  }

  private static String actor(Random r) {
    return "actor-" + r.nextInt(5_000);
  }

  private static String pick(Random r, String[] values) {
    return values[r.nextInt(values.length)];
  }
}
