package org.regwatch.query.developments;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Remembers the MinHash signatures of recently seen report texts. Grouping re-reads the reports
 * placed around every changed one (the candidate pool), so the same texts are signed batch after
 * batch: signing was the largest share of the projection's own CPU (JFR, ProjectionBenchmark
 * worst case). A signature is a pure function of the text, so a remembered one is never stale,
 * also not across a rebuild.
 */
@ApplicationScoped
public class Signatures {

  // ~20,000 × (64 ints + a title and evidence quote) ≈ 10 MB: a few windows of a busy key set
  private static final int CAPACITY = 20_000;

  private final Map<String, int[]> recent = new LinkedHashMap<>(1024, 0.75f, true) {
    @Override
    protected boolean removeEldestEntry(Map.Entry<String, int[]> eldest) {
      return size() > CAPACITY;
    }
  };

  /** The signature of this text; callers must not modify the returned array. */
  public synchronized int[] of(String text) {
    return recent.computeIfAbsent(text, MinHash::signature);
  }
}
