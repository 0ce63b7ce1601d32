package org.regwatch.classifier.rules.analysis;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.regwatch.classifier.rules.pack.CompiledPack;
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

  private final Evidence.Field field;
  private final String original;
  private final String masked;
  private final Tokens tokens;
  private final List<Sentence> sentences;
  private final List<List<Mention>> mentionsBySentence;

  public FieldText(Evidence.Field field, String original, CompiledPack pack) {
    this.field = field;
    this.original = original;
    this.masked = TextMasker.mask(original);
    this.tokens = Tokens.of(masked);
    this.sentences = field == Evidence.Field.TITLE
        ? titleSentences(masked)
        : SentenceSplitter.split(masked);
    this.mentionsBySentence = new ArrayList<>(sentences.size());
    for (int i = 0; i < sentences.size(); i++) {
      mentionsBySentence.add(new ArrayList<>());
    }
    List<CompiledPack.Hit> hits = pack.scan(masked);
    hits.sort(Comparator.comparingInt(CompiledPack.Hit::start));
    int si = 0;
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
      int t0 = tokens.indexContaining(h.start());
      int t1 = tokens.indexAtOrAfter(h.end());
      mentionsBySentence.get(si).add(new Mention(h.ref(), h.start(), h.end(), t0, Math.max(t1, t0 + 1)));
    }
  }

  /** A title is one sentence even when it carries a colon or a full stop. */
  private static List<Sentence> titleSentences(String masked) {
    List<Sentence> split = SentenceSplitter.split(masked.replace('\n', ' '));
    if (split.isEmpty()) {
      return split;
    }
    return List.of(new Sentence(0, split.get(0).start(), split.get(split.size() - 1).end()));
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
    int t0 = tokens.indexAtOrAfter(s.start());
    int t1 = tokens.indexAtOrAfter(s.end());
    int words = 0;
    for (int t = t0; t < t1; t++) {
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
