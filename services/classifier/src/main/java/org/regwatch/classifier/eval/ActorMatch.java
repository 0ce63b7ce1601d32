package org.regwatch.classifier.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Set match of actor names, leniently: gold labels are written by hand ("U.S. Congress (Sens.
 * Markey, ...)", "Washington State (Gov. Jay Inslee)"), so two names match when one contains the
 * other or they share a distinctive word (not "state", "city", "council"...). The sets match when
 * every gold name has a predicted match and every predicted name has a gold match.
 */
final class ActorMatch {

  private static final Set<String> GENERIC = Set.of(
      "the", "of", "and", "state", "states", "city", "council", "county", "board", "house", "senate",
      "us", "u", "s", "gov", "governor", "legislature", "general", "assembly", "government", "new",
      "representatives", "lawmakers", "sens", "reps", "rep", "sen", "d", "r", "mayor", "supervisors",
      "european", "commission", "parliament", "for", "per", "la", "della", "dei", "data", "protection",
      "authority", "regulator", "national", "federal", "department", "ai", "inc", "com");

  private ActorMatch() {}

  static boolean setsMatch(List<String> gold, List<String> predicted) {
    if (gold.isEmpty() || predicted.isEmpty()) {
      return gold.isEmpty() && predicted.isEmpty();
    }
    for (String g : gold) {
      if (predicted.stream().noneMatch(p -> matches(g, p))) {
        return false;
      }
    }
    for (String p : predicted) {
      if (gold.stream().noneMatch(g -> matches(g, p))) {
        return false;
      }
    }
    return true;
  }

  static boolean matches(String a, String b) {
    String na = norm(a);
    String nb = norm(b);
    if (na.isEmpty() || nb.isEmpty()) {
      return false;
    }
    if (na.contains(nb) || nb.contains(na)) {
      return true;
    }
    List<String> wa = words(na);
    for (String w : words(nb)) {
      if (wa.contains(w)) {
        return true;
      }
    }
    return false;
  }

  private static String norm(String s) {
    return s.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
  }

  private static List<String> words(String s) {
    List<String> out = new ArrayList<>();
    for (String w : s.split(" ")) {
      if (w.length() > 1 && !GENERIC.contains(w)) {
        out.add(w);
      }
    }
    return out;
  }
}
