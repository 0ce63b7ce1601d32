package org.regwatch.query.articles;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Orders classifications by the rule packs that made them. A pack is written {@code name@version}
 * (e.g. {@code facial-recognition@2} or {@code facial-recognition@1.4.0}); the rank is the list of
 * versions ordered by pack name, each dotted version packed into one long (major, minor, patch up
 * to 99,999 each) so that PostgreSQL compares ranks as bigint arrays, lexicographically.
 */
public final class RulePackRank {

  private RulePackRank() {}

  public static Long[] of(List<String> rulePacks) {
    Map<String, Long> byName = new TreeMap<>();
    for (String pack : rulePacks) {
      int at = pack.lastIndexOf('@');
      String name = at < 0 ? pack : pack.substring(0, at);
      long version = at < 0 ? 0 : version(pack.substring(at + 1));
      byName.merge(name, version, Math::max);
    }
    return byName.values().toArray(Long[]::new);
  }

  /** Negative when {@code a} is older than {@code b}. */
  public static int compare(Long[] a, Long[] b) {
    for (int i = 0; i < Math.min(a.length, b.length); i++) {
      int c = Long.compare(a[i], b[i]);
      if (c != 0) {
        return c;
      }
    }
    return Integer.compare(a.length, b.length);
  }

  static long version(String text) {
    String[] parts = text.split("[.]");
    long packed = 0;
    for (int i = 0; i < 3; i++) {
      long part = 0;
      if (i < parts.length) {
        String digits = parts[i].replaceAll("\\D.*$", "");
        part = digits.isEmpty() ? 0 : Math.min(Long.parseLong(digits), 99_999);
      }
      packed = packed * 100_000 + part;
    }
    return packed;
  }
}
