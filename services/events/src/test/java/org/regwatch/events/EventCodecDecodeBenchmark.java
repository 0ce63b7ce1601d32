package org.regwatch.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A benchmark, not a timed test (its name keeps it out of the default run): CPU of decoding
 * 10,000 classification records in one pass against the full checks (tree, then bind: the codec's
 * only path before), alternating, on this thread, after a warm-up. Run with {@code mvn -B -o -q
 * verify -pl services/events -Dtest=EventCodecDecodeBenchmark
 * -Dsurefire.failIfNoSpecifiedTests=false}.
 */
class EventCodecDecodeBenchmark {

  private final EventCodec codec = new EventCodec();

  @Test
  void decodeCpuPerTenThousandClassifications() throws Exception {
    String sample = new String(EventCodecOnePassTest.sample("article-classified.json"),
        StandardCharsets.UTF_8);
    List<byte[]> records = new ArrayList<>();
    for (int i = 0; i < 10_000; i++) {
      // distinct ids and subjects, as on the topic
      records.add(sample.replace("\"subject\":\"", "\"subject\":\"n" + i + "-")
          .replace("\"id\":\"", "\"id\":\"n" + i + "-").getBytes(StandardCharsets.UTF_8));
    }
    assertThat(codec.decodeOnePass(records.get(0))).isEqualTo(codec.decodeChecked(records.get(0)));
    for (int warm = 0; warm < 20; warm++) {
      run(records, true);
      run(records, false);
    }
    for (int round = 1; round <= 5; round++) {
      double onePass = run(records, true);
      double checked = run(records, false);
      System.out.printf("BENCH decode 10,000 classifications (%d bytes each): one pass %.3f CPU-s,"
          + " tree then bind %.3f CPU-s%n", records.get(0).length, onePass, checked);
    }
  }

  private double run(List<byte[]> records, boolean onePass) {
    ThreadMXBean bean = ManagementFactory.getThreadMXBean();
    long start = bean.getCurrentThreadCpuTime();
    int decoded = 0;
    for (byte[] r : records) {
      decoded += (onePass ? codec.decodeOnePass(r) : codec.decodeChecked(r)) != null ? 1 : 0;
    }
    assertThat(decoded).isEqualTo(records.size());
    return (bean.getCurrentThreadCpuTime() - start) / 1e9;
  }
}
