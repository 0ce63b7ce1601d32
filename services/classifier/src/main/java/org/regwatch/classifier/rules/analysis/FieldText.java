package org.regwatch.classifier.rules.analysis;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.regwatch.classifier.rules.pack.CompiledPack;
import org.regwatch.classifier.rules.pack.TermRef.Category;
import org.regwatch.classifier.rules.text.Sentence;
import org.regwatch.classifier.rules.text.SentenceSplitter;
import org.regwatch.classifier.rules.text.TextMasker;
import org.regwatch.classifier.rules.text.Tokens;
import org.regwatch.events.Evidence;

/**
 * One field of an article (title or text) prepared once: the original string (evidence spans
 * index into it), the masked working copy, its tokens and sentences, and the pack phrases found
 * in it grouped by sentence.
 */
public final class FieldText {

  /** Long sentences split exactly before lines may be skipped when the title is not known: the
   *  lead's, plus three title repeats (only the first three sentences can repeat the title). */
  static final int EXACT_PREFIX_LONG_SENTENCES = PackReader.LEAD_SENTENCES + 3;

  private final Evidence.Field field;
  private final String original;
  private final String masked;
  private final Tokens tokens;
  private final CompiledPack pack;
  /** The phrases found, in order of start. */
  private final List<CompiledPack.Hit> hits;
  private List<Sentence> sentences;
  private List<List<Mention>> mentionsBySentence;
  /** Set while the lines after the exactly split prefix are split around technology mentions
   *  only (see {@link #widen}): the first such line's start, its first hit and the number of
   *  sentences before it; -1 otherwise. */
  private int restLine = -1;
  private int restHit;
  private int restSentences;

  public FieldText(Evidence.Field field, String original, CompiledPack pack) {
    this(field, original, pack, null);
  }

  /**
   * A text whose reader knows the title ({@code squashedTitle}: {@code PackReader.squash} of the
   * masked title): the exactly split prefix ends with the line that completes the lead, and the
   * lines after it are split only around the mentions of the technology (see {@link #widen}):
   * enough for every body sentence once the article has a referent.
   */
  FieldText(Evidence.Field field, String original, CompiledPack pack, String squashedTitle) {
    this.field = field;
    this.original = original;
    this.masked = TextMasker.mask(original);
    this.tokens = Tokens.of(masked);
    this.pack = pack;
    this.hits = pack.scan(masked);
    hits.sort(Comparator.comparingInt(CompiledPack.Hit::start));
    this.sentences = field == Evidence.Field.TITLE
        ? titleSentences(masked)
        : textSentences(squashedTitle);
    assignMentions();
  }

  /**
   * Splits the lines after the prefix around every phrase of the reading's categories, as the
   * whole reading needs them: a body sentence without the technology is read only for the
   * referent its parties may set, which it does only while the article has none. The prefix's
   * sentences stay as they are (same records, same indices).
   */
  void widen() {
    if (restLine < 0) {
      return;
    }
    List<Sentence> out = new ArrayList<>(sentences.subList(0, restSentences));
    splitRest(out, restLine, restHit, false);
    restLine = -1;
    sentences = out;
    assignMentions();
  }

  private void assignMentions() {
    this.mentionsBySentence = new ArrayList<>(sentences.size());
    for (int i = 0; i < sentences.size(); i++) {
      mentionsBySentence.add(new ArrayList<>());
    }
    int si = 0;
    int atOrAfterStart = 0; // hits come in order of start: one forward walk over the tokens
    for (CompiledPack.Hit h : hits) {
      while (si < sentences.size() && sentences.get(si).end() <= h.start()) {
        si++;
      }
      if (si == sentences.size()) {
        break;
      }
      Sentence s = sentences.get(si);
      if (h.start() < s.start() || h.end() > s.end()) {
        continue;
      }
      atOrAfterStart = tokens.indexAtOrAfter(h.start(), atOrAfterStart);
      int t0 = tokens.indexContaining(h.start(), atOrAfterStart);
      int t1 = tokens.indexAtOrAfter(h.end(), atOrAfterStart);
      mentionsBySentence.get(si).add(new Mention(h.ref(), h.start(), h.end(), t0, Math.max(t1, t0 + 1)));
    }
  }

  /**
   * Sentences of the text. The sentence model is the engine's most expensive stage (~40 µs of a
   * ~4 KB article), and most sentences of an article cannot change the reading: a sentence is
   * read only for its triggers and named parties, and tech mentions are counted per sentence. So
   * the model runs on (a) every line until the lead is certainly inside the split part — the
   * lead is the first {@link PackReader#LEAD_SENTENCES} sentences of
   * {@link PackReader#MIN_LEAD_WORDS}+ words that are no page furniture, after at most three
   * title repeats, and the lead
   * rules look at sentence positions — and (b) in every later line, at the boundaries of the
   * sentences that carry a phrase of those categories ({@link SentenceSplitter#splitAround}).
   * Any other stretch of a line stays one sentence: where its inner boundaries fall changes
   * nothing the rules read (its sentences would have no trigger, party or tech mention either
   * way). Offsets stay exact either way.
   */
  private List<Sentence> textSentences(String squashedTitle) {
    boolean techAfterPrefix = squashedTitle != null;
    List<Sentence> out = new ArrayList<>();
    int longSentences = 0;
    int leadSentences = 0;
    int token = 0; // sentences come in order: the word counts walk the tokens forward
    int hit = 0;
    int n = masked.length();
    int lineStart = 0;
    while (lineStart <= n && (techAfterPrefix
        ? leadSentences < PackReader.LEAD_SENTENCES
        : longSentences < EXACT_PREFIX_LONG_SENTENCES)) {
      int lineEnd = masked.indexOf('\n', lineStart);
      if (lineEnd < 0) {
        lineEnd = n;
      }
      while (hit < hits.size() && hits.get(hit).start() < lineEnd) {
        hit++;
      }
      int before = out.size();
      SentenceSplitter.splitLine(out, masked, lineStart, lineEnd);
      for (int i = before; i < out.size(); i++) {
        Sentence s = out.get(i);
        token = tokens.indexAtOrAfter(s.start(), token);
        if (wordCount(token, s) >= PackReader.MIN_LEAD_WORDS) {
          longSentences++;
          // PackReader's lead: the long sentences that do not repeat the title
          if (techAfterPrefix && !PackReader.repeatsTitle(this, s, squashedTitle)
              && !PackReader.furniture(this, s)) {
            leadSentences++;
          }
        }
      }
      lineStart = lineEnd + 1;
    }
    if (techAfterPrefix && lineStart <= n) {
      restLine = lineStart;
      restHit = hit;
      restSentences = out.size();
    }
    splitRest(out, lineStart, hit, techAfterPrefix);
    return out;
  }

  /**
   * The lines from {@code lineStart} (its first hit: {@code hit}), each split around its phrases
   * of the reading's categories ({@code techOnly}: around its technology mentions only). A line
   * without such a phrase stays one sentence.
   */
  private void splitRest(List<Sentence> out, int lineStart, int hit, boolean techOnly) {
    int n = masked.length();
    int[] spanStarts = new int[16];
    int[] spanEnds = new int[16];
    // The last line that gave sentences, when not split as a whole-line split gives them: its
    // first sentence's index, else -1.
    int partialFirst = -1;
    int partialFrom = -1;
    int partialTo = -1;
    while (lineStart <= n) {
      int lineEnd = masked.indexOf('\n', lineStart);
      if (lineEnd < 0) {
        lineEnd = n;
      }
      int reading = 0;
      int spans = 0;
      while (hit < hits.size() && hits.get(hit).start() < lineEnd) {
        CompiledPack.Hit h = hits.get(hit);
        if (shapesReading(h.ref().category())) {
          reading++;
          if (!techOnly || tech(h)) {
            if (spans == spanStarts.length) {
              spanStarts = java.util.Arrays.copyOf(spanStarts, spans * 2);
              spanEnds = java.util.Arrays.copyOf(spanEnds, spans * 2);
            }
            spanStarts[spans] = h.start();
            spanEnds[spans] = h.end();
            spans++;
          }
        }
        hit++;
      }
      int before = out.size();
      boolean exact = true;
      if (reading == 0) {
        SentenceSplitter.wholeLine(out, masked, lineStart, lineEnd);
      } else if (startsWithDigit(lineStart, lineEnd)) {
        // BillNames reads a sentence that starts with a digit with the one before it, and the
        // one before with it: both as the whole-line split gives them.
        if (partialFirst >= 0) {
          out.subList(partialFirst, before).clear();
          SentenceSplitter.splitLine(out, masked, partialFrom, partialTo);
          before = out.size();
        }
        SentenceSplitter.splitLine(out, masked, lineStart, lineEnd);
      } else if (spans == 0) {
        SentenceSplitter.wholeLine(out, masked, lineStart, lineEnd);
        exact = false;
      } else {
        // Only the sentences that hold such a phrase are read or counted: the model decides the
        // boundaries around them; the rest of the line may stay merged.
        exact = SentenceSplitter.splitAround(out, masked, lineStart, lineEnd, spanStarts, spanEnds, spans);
      }
      if (out.size() > before) {
        partialFirst = exact ? -1 : before;
        partialFrom = lineStart;
        partialTo = lineEnd;
      }
      lineStart = lineEnd + 1;
    }
  }

  /** A mention of the technology: what a body sentence needs to report or be counted. */
  private boolean tech(CompiledPack.Hit h) {
    return switch (h.ref().category()) {
      case TECH, TECH_BROAD, PRODUCT -> true;
      case ORGANISATION -> Boolean.TRUE.equals(pack.definition().organisations().get(h.ref().index()).tech());
      default -> false;
    };
  }

  private boolean startsWithDigit(int from, int to) {
    int i = from;
    while (i < to && Character.isWhitespace(masked.charAt(i))) {
      i++;
    }
    return i < to && Character.isDigit(masked.charAt(i));
  }

  /** The phrases that make a sentence worth reading or counting (see {@code PackReader}). */
  private static boolean shapesReading(Category c) {
    return switch (c) {
      case TRIGGER, ORGANISATION, PRODUCT, PLACE, BODY, TECH, TECH_BROAD -> true;
      default -> false;
    };
  }

  /**
   * A title is one sentence even when it carries a colon or a full stop: from its first to its
   * last character that is not white space, when it holds a letter or digit. That is what
   * splitting it (line breaks read as spaces) and joining the pieces gave — the first piece
   * starts there, the last one ends there — without asking the sentence model about boundaries
   * that the join removed again.
   */
  private static List<Sentence> titleSentences(String masked) {
    List<Sentence> whole = new ArrayList<>(1);
    SentenceSplitter.wholeLine(whole, masked, 0, masked.length());
    return whole.isEmpty() ? whole : List.of(whole.get(0));
  }

  public Evidence.Field field() {
    return field;
  }

  public String original() {
    return original;
  }

  public String masked() {
    return masked;
  }

  public Tokens tokens() {
    return tokens;
  }

  public List<Sentence> sentences() {
    return sentences;
  }

  public List<Mention> mentions(Sentence s) {
    return mentionsBySentence.get(s.index());
  }

  /** Number of words in a sentence. */
  public int wordCount(Sentence s) {
    return wordCount(tokens.indexAtOrAfter(s.start()), s);
  }

  /** {@link #wordCount(Sentence)} given the sentence's first token {@code t0}. */
  private int wordCount(int t0, Sentence s) {
    int words = 0;
    for (int t = t0; t < tokens.size() && tokens.start(t) < s.end(); t++) {
      if (tokens.isWord(t)) {
        words++;
      }
    }
    return words;
  }

  public Evidence evidence(Sentence s) {
    return new Evidence(field, s.start(), s.end(), original.substring(s.start(), s.end()));
  }
}
