package org.regwatch.classifier.rules.pack;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Aho-Corasick automaton over a pack's phrases: case-insensitive (char by char, {@link
 * Character#toLowerCase(char)}), whole words only (no letter — {@link Character#isAlphabetic} —
 * right before or after a match), overlapping matches all reported, in order of their end.
 *
 * <p>The same matching as the {@code org.ahocorasick} {@code PayloadTrie} it replaces (built with
 * {@code ignoreCase().onlyWholeWords()}), but with its states in arrays: that library keeps a
 * {@code HashMap<Character, State>} per state and boxes every character of the text, and with it
 * the phrase scan was the engine's most expensive text stage (~55 µs of CPU per ~4 KB article,
 * more than the sentence model). Immutable after construction, thread-safe.
 */
final class PhraseAutomaton<T> {

  /** Transitions of the root for ASCII: most text is ASCII, and the root is visited most. */
  private static final int ASCII = 128;

  private final int[] rootAscii;
  /** Per state: the characters it has a transition on (sorted) and the target states. */
  private final char[][] labels;
  private final int[][] targets;
  private final int[] failure;
  /** Per state: the phrases (indices) that end in it, its own and those of its failure chain. */
  private final int[][] outputs;
  private final int[] phraseLength;
  private final List<T> payloads;

  /** A match: {@code [start, end)} in the scanned text and the phrase's payload. */
  record Match<T>(int start, int end, T payload) {}

  PhraseAutomaton(Map<String, T> phrases) {
    List<TreeMap<Character, Integer>> go = new ArrayList<>();
    List<List<Integer>> ends = new ArrayList<>();
    go.add(new TreeMap<>());
    ends.add(new ArrayList<>());
    phraseLength = new int[phrases.size()];
    payloads = new ArrayList<>(phrases.size());
    for (Map.Entry<String, T> p : phrases.entrySet()) {
      int state = 0;
      String phrase = p.getKey();
      for (int i = 0; i < phrase.length(); i++) {
        char c = Character.toLowerCase(phrase.charAt(i));
        Integer next = go.get(state).get(c);
        if (next == null) {
          next = go.size();
          go.add(new TreeMap<>());
          ends.add(new ArrayList<>());
          go.get(state).put(c, next);
        }
        state = next;
      }
      ends.get(state).add(payloads.size());
      phraseLength[payloads.size()] = phrase.length();
      payloads.add(p.getValue());
    }
    int n = go.size();
    labels = new char[n][];
    targets = new int[n][];
    for (int s = 0; s < n; s++) {
      labels[s] = new char[go.get(s).size()];
      targets[s] = new int[labels[s].length];
      int k = 0;
      for (Map.Entry<Character, Integer> e : go.get(s).entrySet()) {
        labels[s][k] = e.getKey();
        targets[s][k] = e.getValue();
        k++;
      }
    }
    rootAscii = new int[ASCII];
    for (int k = 0; k < labels[0].length; k++) {
      if (labels[0][k] < ASCII) {
        rootAscii[labels[0][k]] = targets[0][k];
      }
    }
    failure = new int[n];
    outputs = new int[n][];
    outputs[0] = toArray(ends.get(0));
    // Breadth first: a state's failure is known before its children's.
    ArrayDeque<Integer> queue = new ArrayDeque<>();
    for (int k = 0; k < targets[0].length; k++) {
      failure[targets[0][k]] = 0;
      queue.add(targets[0][k]);
    }
    while (!queue.isEmpty()) {
      int s = queue.poll();
      List<Integer> out = new ArrayList<>(ends.get(s));
      for (int o : outputs[failure[s]]) {
        out.add(o);
      }
      outputs[s] = toArray(out);
      for (int k = 0; k < labels[s].length; k++) {
        char c = labels[s][k];
        int child = targets[s][k];
        int f = failure[s];
        int t;
        while ((t = step(f, c)) < 0 && f != 0) {
          f = failure[f];
        }
        failure[child] = t < 0 ? 0 : t;
        queue.add(child);
      }
    }
  }

  /** Every whole-word occurrence of every phrase in {@code text}, ordered by end, then start. */
  List<Match<T>> scan(String text) {
    List<Match<T>> matches = new ArrayList<>();
    int state = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = Character.toLowerCase(text.charAt(i));
      int next;
      while ((next = step(state, c)) < 0 && state != 0) {
        state = failure[state];
      }
      state = next < 0 ? 0 : next;
      int[] out = outputs[state];
      // Longest phrase first = earliest start first among matches ending here.
      for (int o : out) {
        int start = i + 1 - phraseLength[o];
        if (isWholeWord(text, start, i + 1)) {
          matches.add(new Match<>(start, i + 1, payloads.get(o)));
        }
      }
    }
    return matches;
  }

  /** Target of {@code state} on {@code c}, or -1 (the root answers 0 for "stay"). */
  private int step(int state, char c) {
    if (state == 0) {
      if (c < ASCII) {
        return rootAscii[c];
      }
      int k = Arrays.binarySearch(labels[0], c);
      return k >= 0 ? targets[0][k] : 0;
    }
    int k = Arrays.binarySearch(labels[state], c);
    return k >= 0 ? targets[state][k] : -1;
  }

  private static boolean isWholeWord(String text, int start, int end) {
    return (start == 0 || !Character.isAlphabetic(text.charAt(start - 1)))
        && (end == text.length() || !Character.isAlphabetic(text.charAt(end)));
  }

  private static int[] toArray(List<Integer> list) {
    int[] a = new int[list.size()];
    for (int i = 0; i < a.length; i++) {
      a[i] = list.get(i);
    }
    return a;
  }
}
