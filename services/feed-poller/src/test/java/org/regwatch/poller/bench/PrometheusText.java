package org.regwatch.poller.bench;

import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;

/** Just enough of the Prometheus text format to diff two scrapes of counters and histograms. */
final class PrometheusText {

  private PrometheusText() {}

  /** Series (name with labels, as printed) → value; comments skipped. */
  static Map<String, Double> parse(String text) {
    Map<String, Double> series = new HashMap<>();
    for (String line : text.split("\n")) {
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      int space = line.lastIndexOf(' ');
      try {
        series.put(line.substring(0, space).replace(",}", "}"), Double.parseDouble(line.substring(space + 1)));
      } catch (RuntimeException e) {
        // not a sample line
      }
    }
    return series;
  }

  /** The difference of two scrapes: what happened in between. */
  record Delta(Map<String, Double> before, Map<String, Double> after) {

    double get(String series) {
      return after.getOrDefault(series, 0.0) - before.getOrDefault(series, 0.0);
    }

    double sum(String prefix) {
      return after.keySet().stream().filter(k -> k.startsWith(prefix)).mapToDouble(this::get).sum();
    }

    /** The upper bound of the histogram bucket holding quantile q of the window's observations. */
    String quantileSeconds(String histogram, double q) {
      TreeMap<Double, Double> buckets = new TreeMap<>();
      String prefix = histogram + "_bucket{le=\"";
      for (String key : after.keySet()) {
        if (key.startsWith(prefix)) {
          String le = key.substring(prefix.length(), key.indexOf('"', prefix.length()));
          buckets.put(le.equals("+Inf") ? Double.POSITIVE_INFINITY : Double.parseDouble(le), get(key));
        }
      }
      if (buckets.isEmpty() || buckets.lastEntry().getValue() == 0) {
        return "n/a";
      }
      double rank = q * buckets.lastEntry().getValue();
      for (var bucket : buckets.entrySet()) {
        if (bucket.getValue() >= rank) {
          return String.format("%.1f ms", bucket.getKey() * 1000);
        }
      }
      return "n/a";
    }
  }
}
