package org.regwatch.classifier.rules.text;

import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.sentdetect.SDContextGenerator;
import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.sentdetect.SentenceModel;
import opennlp.tools.util.StringUtil;

/**
 * The OpenNLP sentence model asked about ONE end character at a time, instead of through
 * {@code SentenceDetectorME.sentPosDetect}, which scans a line for every end character (boxing
 * each character of the line into a {@code Set<Character>} lookup), evaluates the model at every
 * one and builds spans and probability lists — though {@link SentenceSplitter} then vetoes some of
 * those boundaries anyway. Asked lazily, the model runs only where the veto would keep its answer.
 *
 * <p>Same answers as the detector, because for this model (checked when it is loaded) the
 * detector's decision at an end character depends on that character's context alone: it has no
 * abbreviation dictionary (so {@code isAcceptableBreak} is always true) and breaks at token ends
 * (so a boundary is the first white space after the end character, and no later end character can
 * fall before an earlier boundary). The detector's remaining rules are replicated in
 * {@link SentenceSplitter}: only the last end character before white space is considered, and
 * never one at the very start of the line.
 */
final class SentenceBoundaryModel {

  private static final SentenceBoundaryModel ENGLISH = new SentenceBoundaryModel(EnglishModels.sentenceModel());

  private final MaxentModel model;
  private final char[] endCharacters;
  /** The ASCII end characters as a table: {@link #isEndCharacter} is asked for every character of
   *  every line that may hold a sentence end (a loop over the array there was ~4 % of the engine). */
  private final boolean[] asciiEnd = new boolean[128];
  /** The context generator keeps buffers between calls: one per thread. */
  private final ThreadLocal<SDContextGenerator> contexts;

  private SentenceBoundaryModel(SentenceModel sentenceModel) {
    if (sentenceModel.getAbbreviations() != null || !sentenceModel.useTokenEnd()) {
      throw new IllegalStateException("sentence model with an abbreviation dictionary or without "
          + "token-end boundaries: SentenceBoundaryModel would not give the detector's answers");
    }
    this.model = sentenceModel.getMaxentModel();
    this.endCharacters = sentenceModel.getEosCharacters().clone();
    for (char e : endCharacters) {
      if (e < 128) {
        asciiEnd[e] = true;
      }
    }
    this.contexts = ThreadLocal.withInitial(() -> sentenceModel.getFactory().getSDContextGenerator());
  }

  static SentenceBoundaryModel english() {
    return ENGLISH;
  }

  boolean isEndCharacter(char c) {
    if (c < 128) {
      return asciiEnd[c];
    }
    for (char e : endCharacters) {
      if (e == c) {
        return true;
      }
    }
    return false;
  }

  /** OpenNLP's notion of white space (which also counts no-break spaces), for boundary positions. */
  static boolean isWhitespace(char c) {
    return StringUtil.isWhitespace(c);
  }

  /** Whether the model ends a sentence at the end character {@code line.charAt(position)}. */
  boolean splitsAt(String line, int position) {
    double[] outcomes = model.eval(contexts.get().getContext(line, position));
    return SentenceDetectorME.SPLIT.equals(model.getBestOutcome(outcomes));
  }
}
