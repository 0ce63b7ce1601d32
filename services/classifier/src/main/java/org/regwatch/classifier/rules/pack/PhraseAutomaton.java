package org.regwatch.classifier.rules.pack;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Aho-Corasick automaton over a pack's phrases: case-insensitive (char by char, {@link
 * Character#toLowerCase(char)}), whole words only (no letter — {@link Character#isAlphabetic} —
 * right before or after a match), overlapping matches all reported, in order of their end.
 *
 * <p>The same matching as the {@code org.ahocorasick} {@code PayloadTrie} it replaces (built with
 * {@code ignoreCase().onlyWholeWords()}), but compiled to a table-driven DFA: that library keeps a
 * {@code HashMap<Character, State>} per state, boxes every character of the text and follows
 * failure links at run time, and with it the phrase scan was the engine's most expensive text
 * stage (~55 µs of CPU per ~4 KB article, more than the sentence model). Here every character
 * costs one lookup in a 64 K table (its lower-case form's class: the few characters the phrases
 * use, or "other") and one in the transition table. Immutable after construction, thread-safe.
 */
final class PhraseAutomaton<T> {

  /** Character to class of its lower-case form; class 0 = a character no phrase contains. */
  private final char[] classOf = new char[Character.MAX_VALUE + 1];
  private final int classes;
  /** {@code next[state * classes + class]}: complete transitions, failure links folded in. */
  private final int[] next;
  /** Per state: the phrases (indices) that end in it, its own and those of its failure chain. */
  private final int[][] outputs;
  private final int[] phraseLength;
  private final List<T> payloads;

  /** Receives each match: {@code [start, end)} in the scanned text and the phrase's payload. */
  interface Matches<T> {
    void found(int start, int end, T payload);
  }

  PhraseAutomaton(Map<String, T> phrases) {
    int classCount = 1;
    for (String phrase : phrases.keySet()) {
      for (int i = 0; i < phrase.length(); i++) {
        char c = Character.toLowerCase(phrase.charAt(i));
        if (classOf[c] == 0) {
          classOf[c] = (char) classCount++;
        }
      }
    }
    classes = classCount;
    char[] lowerCaseClass = classOf.clone();
    for (int c = 0; c <= Character.MAX_VALUE; c++) {
      classOf[c] = lowerCaseClass[Character.toLowerCase((char) c)];
    }
    // The trie: goto transitions, -1 where there is none.
    List<int[]> go = new ArrayList<>();
    List<List<Integer>> ends = new ArrayList<>();
    go.add(newRow());
    ends.add(new ArrayList<>());
    phraseLength = new int[phrases.size()];
    payloads = new ArrayList<>(phrases.size());
    for (Map.Entry<String, T> p : phrases.entrySet()) {
      int state = 0;
      String phrase = p.getKey();
      for (int i = 0; i < phrase.length(); i++) {
        int c = classOf[phrase.charAt(i)];
        if (go.get(state)[c] < 0) {
          go.get(state)[c] = go.size();
          go.add(newRow());
          ends.add(new ArrayList<>());
        }
        state = go.get(state)[c];
      }
      ends.get(state).add(payloads.size());
      phraseLength[payloads.size()] = phrase.length();
      payloads.add(p.getValue());
    }
    int n = go.size();
    next = new int[n * classes];
    outputs = new int[n][];
    int[] failure = new int[n];
    // Breadth first: a state's failure and its complete row are known before its children's.
    ArrayDeque<Integer> queue = new ArrayDeque<>();
    outputs[0] = toArray(ends.get(0));
    for (int c = 0; c < classes; c++) {
      int child = go.get(0)[c];
      if (child > 0 && c != 0) {
        next[c] = child;
        failure[child] = 0;
        queue.add(child);
      } else {
        next[c] = 0;
      }
    }
    while (!queue.isEmpty()) {
      int s = queue.poll();
      List<Integer> out = new ArrayList<>(ends.get(s));
      for (int o : outputs[failure[s]]) {
        out.add(o);
      }
      outputs[s] = toArray(out);
      for (int c = 0; c < classes; c++) {
        int child = go.get(s)[c];
        if (child > 0 && c != 0) {
          failure[child] = next[failure[s] * classes + c];
          next[s * classes + c] = child;
          queue.add(child);
        } else {
          next[s * classes + c] = next[failure[s] * classes + c];
        }
      }
    }
    rowTable = rowTable();
  }

  /** {@link #next} with each target given as its row offset ({@code state * classes}), negated
   *  ({@code ~offset}) when phrases end in that state. */
  private final int[] rowTable;

  private int[] rowTable() {
    int[] table = new int[next.length];
    for (int i = 0; i < next.length; i++) {
      int target = next[i];
      table[i] = outputs[target].length > 0 ? ~(target * classes) : target * classes;
    }
    return table;
  }

  private int[] newRow() {
    int[] row = new int[classes];
    java.util.Arrays.fill(row, -1);
    return row;
  }

  /** Every whole-word occurrence of every phrase in {@code text}, ordered by end. */
  void scan(String text, Matches<T> matches) {
    // The hot loop of the phrase scan: per character two table loads and a sign test. Rows are
    // pre-multiplied (no multiply per character) and a state where a phrase ends is stored
    // negated (~row), so the outputs array is only touched where something may match.
    int[] rows = rowTable;
    char[] classOfChar = classOf;
    int row = 0;
    int n = text.length();
    for (int i = 0; i < n; i++) {
      row = rows[row + classOfChar[text.charAt(i)]];
      if (row < 0) {
        row = ~row;
        for (int o : outputs[row / classes]) {
          int start = i + 1 - phraseLength[o];
          if (isWholeWord(text, start, i + 1)) {
            matches.found(start, i + 1, payloads.get(o));
          }
        }
      }
    }
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
