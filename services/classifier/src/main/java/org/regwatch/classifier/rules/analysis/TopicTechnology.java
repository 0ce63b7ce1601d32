package org.regwatch.classifier.rules.analysis;

import java.util.ArrayList;
import java.util.List;
import org.regwatch.classifier.rules.pack.CompiledPack;
import org.regwatch.classifier.rules.pack.RulePackDefinition;
import org.regwatch.classifier.rules.text.WordAlternation;

/**
 * Whether an article that reports no development of the pack's technology is about another
 * technology (licence-plate readers, an AI law): then its {@code subject_tech} is "other", not the
 * pack's technology that a paragraph mentions in passing. The other technologies are the pack's
 * {@code other_tech} lexicon; a pack without one never answers "other".
 */
public final class TopicTechnology {

  /** Lines of text, after the title, read as the article's lead for this decision. */
  private static final int LEAD_LINES = 3;
  private static final int MIN_LEAD_WORDS = 8;

  private final WordAlternation own;
  private final WordAlternation other;
  /** Organisation and product names, removed first: "Clearview AI" is a company, not AI. */
  private final WordAlternation knownNames;
  /** Words of a regulatory step (pack lexicon {@code regulatory_step}); null: rule off. */
  private final WordAlternation steps;
  private final java.util.regex.Pattern stepAt;
  /** The pack's demand, hedging and negation cues: a title that asks, hedges or denies before its
   *  step ("Opinion: the cameras need a pause") reports none; "shuts down tool police used to ask
   *  for …" asks after it. Regexes, but only on the title of an article without news. */
  private final java.util.regex.Pattern notTakenAt;

  public TopicTechnology(CompiledPack pack) {
    RulePackDefinition d = pack.definition();
    List<String> ownTerms = new ArrayList<>(d.technology().terms());
    if (d.technology().broader() != null) {
      ownTerms.addAll(d.technology().broader().terms());
    }
    this.own = alternation(ownTerms);
    List<String> names = new ArrayList<>();
    for (RulePackDefinition.Organisation o : d.organisations()) {
      names.addAll(o.aliases());
    }
    for (RulePackDefinition.Product p : d.products()) {
      names.addAll(p.aliases());
    }
    this.knownNames = alternation(names);
    RulePackDefinition.Lexicon others = d.lexicons().get("other_tech");
    this.other = others == null ? null : alternation(others.terms());
    RulePackDefinition.Lexicon stepWords = d.lexicons().get("regulatory_step");
    this.steps = stepWords == null ? null : alternation(stepWords.terms());
    this.stepAt = stepWords == null ? null : WordAlternation.regex(stepWords.terms());
    List<String> cueTerms = new ArrayList<>();
    if (d.cues() != null) {
      for (RulePackDefinition.Cue c : java.util.Arrays.asList(d.cues().demand(), d.cues().hedging(),
          d.cues().negation())) {
        if (c != null) {
          cueTerms.addAll(c.terms());
        }
      }
    }
    this.notTakenAt = cueTerms.isEmpty() ? null : WordAlternation.regex(cueTerms);
  }

  /**
   * True when the title or lead says the measure leaves the pack's technology out, or when they
   * name another technology and the title does not name the pack's own (narrow or broad), or
   * when the title reports a regulatory step ("signs law", "two-year moratorium", "shuts down
   * tool") and neither title nor lead names the pack's technology: the step regulates something
   * else, whatever a later paragraph recalls (heldout-7/8: a children's design code, a crypto-mining
   * moratorium, a data-broker law, a doorbell-video tool).
   */
  public boolean aboutAnotherTechnology(String title, String text, boolean ownTechExcluded) {
    if (ownTechExcluded) {
      return true;
    }
    if (other == null || own.find(title)) {
      return false;
    }
    String head = title + "\n" + lead(text);
    if (steps != null && steps.find(title) && !own.find(head) && stepTaken(title)) {
      return true;
    }
    // Most articles name no other technology: one scan decides; names are removed only on a hit.
    if (!other.find(head)) {
      return false;
    }
    return other.find(knownNames.replaceAll(head, " "));
  }

  private boolean stepTaken(String title) {
    if (notTakenAt == null) {
      return true;
    }
    java.util.regex.Matcher step = stepAt.matcher(title);
    java.util.regex.Matcher cue = notTakenAt.matcher(title);
    return !(step.find() && cue.find() && cue.start() < step.start());
  }

  /** The first lines of at least {@link #MIN_LEAD_WORDS} words, without splitting the whole text. */
  private static String lead(String text) {
    int taken = 0;
    int from = 0;
    int end = 0;
    while (taken < LEAD_LINES && from < text.length()) {
      int nl = text.indexOf('\n', from);
      int lineEnd = nl < 0 ? text.length() : nl;
      if (words(text, from, lineEnd) >= MIN_LEAD_WORDS) {
        taken++;
        end = lineEnd;
      }
      from = lineEnd + 1;
    }
    return text.substring(0, end);
  }

  private static int words(String text, int from, int to) {
    int n = 0;
    boolean in = false;
    for (int i = from; i < to && n < MIN_LEAD_WORDS; i++) {
      boolean ws = Character.isWhitespace(text.charAt(i));
      if (!ws && !in) {
        n++;
      }
      in = !ws;
    }
    return n;
  }

  /** Whole-word, case-insensitive; a term written "=AI" matches only with that capitalisation. */
  private static WordAlternation alternation(List<String> terms) {
    return WordAlternation.of(terms);
  }
}
