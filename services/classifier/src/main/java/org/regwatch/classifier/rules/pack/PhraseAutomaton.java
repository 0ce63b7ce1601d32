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
  /** The longest phrase: no state of the automaton is deeper (see {@link #twoWalks}). */
  private final int maxPhraseLength;
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
    int longest = 0;
    for (int length : phraseLength) {
      longest = Math.max(longest, length);
    }
    maxPhraseLength = longest;
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
    int n = text.length();
    if (n < TWO_WALKS_MIN_CHARS + 2 * maxPhraseLength) {
      walk(text, 0, n, matches);
    } else {
      twoWalks(text, matches);
    }
  }

  /** Below this length (plus twice the longest phrase) one walk: a title, a short paragraph. */
  static final int TWO_WALKS_MIN_CHARS = 256;

  /**
   * The scan as ONE walk over {@code [from, to)}, reporting every match that ends there
   * ({@code from} must be 0 or a position the automaton's state does not depend on — only used
   * with 0). The hot loop of the phrase scan: per character two table loads and a sign test. Rows
   * are pre-multiplied (no multiply per character) and a state where a phrase ends is stored
   * negated (~row), so the outputs array is only touched where something may match.
   */
  void walk(String text, int from, int to, Matches<T> matches) {
    int[] rows = rowTable;
    char[] classOfChar = classOf;
    int row = 0;
    for (int i = from; i < to; i++) {
      row = rows[row + classOfChar[text.charAt(i)]];
      if (row < 0) {
        row = ~row;
        report(text, i, row, matches);
      }
    }
  }

  /**
   * The same matches in the same order as {@link #walk}, from two walks interleaved in one loop:
   * the first over the first half of the text, the second over the second half. The walk is bound
   * by the latency of one dependent table load per character (the next state needs the previous
   * one; ~3.6 ns, whatever the table's size or layout — fifth pass), so two independent chains of
   * loads in one loop take little longer than one. The second walk starts from the root state
   * {@link #maxPhraseLength} characters before the middle: the automaton's state is the longest
   * suffix of the text read that is a prefix of a phrase, never longer than the longest phrase,
   * so after that many characters it is the state a walk from the text's start has there. Its
   * matches (all ending at or after the middle) are held until the first walk's have been
   * reported, so the order (by end) is unchanged.
   */
  private void twoWalks(String text, Matches<T> matches) {
    int[] rows = rowTable;
    char[] classOfChar = classOf;
    int n = text.length();
    char[] chars = text.toCharArray();
    int mid = n >>> 1;
    int offset = mid - maxPhraseLength; // second walk: text index = i + offset
    int[] held = new int[32]; // second walk's match states: pairs (index, row)
    int heldCount = 0;
    int rowA = 0;
    int rowB = 0;
    for (int i = 0; i < mid; i++) {
      rowA = rows[rowA + classOfChar[chars[i]]];
      rowB = rows[rowB + classOfChar[chars[i + offset]]];
      if (rowA < 0) {
        rowA = ~rowA;
        report(text, i, rowA, matches);
      }
      if (rowB < 0) {
        rowB = ~rowB;
        if (i + offset >= mid) {
          if (heldCount == held.length) {
            held = java.util.Arrays.copyOf(held, heldCount * 2);
          }
          held[heldCount++] = i + offset;
          held[heldCount++] = rowB;
        }
      }
    }
    for (int h = 0; h < heldCount; h += 2) {
      report(text, held[h], held[h + 1], matches);
    }
    int row = rowB;
    for (int i = mid + offset; i < n; i++) {
      row = rows[row + classOfChar[text.charAt(i)]];
      if (row < 0) {
        row = ~row;
        report(text, i, row, matches);
      }
    }
  }

  /** The whole-word matches of the phrases ending in the state at {@code row} at index {@code i}. */
  private void report(String text, int i, int row, Matches<T> matches) {
    int end = i + 1;
    if (end < text.length() && isLetter(text.charAt(end))) {
      return; // every phrase of the state ends here, inside a word ("ban" of "banned")
    }
    for (int o : outputs[row / classes]) {
      int start = end - phraseLength[o];
      if (start == 0 || !isLetter(text.charAt(start - 1))) {
        matches.found(start, end, payloads.get(o));
      }
    }
  }

  /** {@link Character#isAlphabetic}, with ASCII (nearly every character next to a phrase)
   *  answered by one range test instead of the Unicode tables. */
  private static boolean isLetter(char c) {
    if (c < 128) {
      return (char) ((c | 0x20) - 'a') < 26;
    }
    return Character.isAlphabetic(c);
  }

  private static int[] toArray(List<Integer> list) {
    int[] a = new int[list.size()];
    for (int i = 0; i < a.length; i++) {
      a[i] = list.get(i);
    }
    return a;
  }
}
