package org.regwatch.query.developments;

import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;

/**
 * MinHash signatures of short texts (a title and the evidence sentences), to confirm that two
 * reports tell the same story. Shingles are word unigrams and bigrams after lower-casing, dropping
 * stop words and a crude suffix stemming ("pauses", "paused", "pausing" → "paus"): outlets
 * paraphrase, so single content words carry most of the overlap. 64 seeded hash functions give a
 * Jaccard estimate within about ±0.12 (one standard deviation ≈ 1/√64 · √(J(1−J))).
 *
 * <p>Signatures are deterministic (no random seeds), so a rebuild computes the same values.
 */
public final class MinHash {

  public static final int SIZE = 64;

  private static final Set<String> STOP = Set.of(
      "a", "an", "the", "of", "to", "for", "on", "in", "its", "it", "is", "and", "or", "by", "at",
      "with", "from", "as", "that", "this", "will", "has", "have", "had", "be", "was", "were",
      "said", "says", "say", "would", "could", "their", "they", "he", "she", "we", "our", "us",
      "until", "while", "after", "before", "into", "than", "which", "who", "new");

  private MinHash() {}

  public static int[] signature(String text) {
    Set<String> shingles = shingles(text);
    int[] sig = new int[SIZE];
    Arrays.fill(sig, Integer.MAX_VALUE);
    for (String shingle : shingles) {
      int base = shingle.hashCode();
      for (int i = 0; i < SIZE; i++) {
        int h = mix(base ^ (0x9E3779B9 * (i + 1)));
        if (h < sig[i]) {
          sig[i] = h;
        }
      }
    }
    return sig;
  }

  /** Estimated Jaccard similarity of the two shingle sets; 0 when either text had none. */
  public static double similarity(int[] a, int[] b) {
    int equal = 0;
    int counted = 0;
    for (int i = 0; i < SIZE; i++) {
      if (a[i] == Integer.MAX_VALUE || b[i] == Integer.MAX_VALUE) {
        continue;
      }
      counted++;
      if (a[i] == b[i]) {
        equal++;
      }
    }
    return counted == 0 ? 0 : (double) equal / counted;
  }

  /** The signature of the union of both sets. */
  public static int[] union(int[] a, int[] b) {
    int[] out = new int[SIZE];
    for (int i = 0; i < SIZE; i++) {
      out[i] = Math.min(a[i], b[i]);
    }
    return out;
  }

  public static int[] empty() {
    int[] sig = new int[SIZE];
    Arrays.fill(sig, Integer.MAX_VALUE);
    return sig;
  }

  static Set<String> shingles(String text) {
    String[] words = text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{Nd}]+");
    Set<String> out = new LinkedHashSet<>();
    String previous = null;
    for (String word : words) {
      if (word.isEmpty() || STOP.contains(word)) {
        continue;
      }
      String stem = stem(word);
      out.add(stem);
      if (previous != null) {
        out.add(previous + " " + stem);
      }
      previous = stem;
    }
    return out;
  }

  static String stem(String word) {
    for (String suffix : new String[] {"ing", "ed", "es", "s"}) {
      if (word.length() > suffix.length() + 3 && word.endsWith(suffix)) {
        return word.substring(0, word.length() - suffix.length());
      }
    }
    return word;
  }

  /** Murmur3's finalizer: spreads String.hashCode's poor low bits. */
  private static int mix(int h) {
    h ^= h >>> 16;
    h *= 0x85EBCA6B;
    h ^= h >>> 13;
    h *= 0xC2B2AE35;
    h ^= h >>> 16;
    return h;
  }
}
