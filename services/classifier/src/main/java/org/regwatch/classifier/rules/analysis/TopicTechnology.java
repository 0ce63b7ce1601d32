package org.regwatch.classifier.rules.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.regwatch.classifier.rules.pack.CompiledPack;
import org.regwatch.classifier.rules.pack.RulePackDefinition;

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

  private final Pattern own;
  private final Pattern other;
  /** Organisation and product names, removed first: "Clearview AI" is a company, not AI. */
  private final Pattern knownNames;

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
  }

  /**
   * True when the title or lead says the measure leaves the pack's technology out, or when they
   * name another technology and the title does not name the pack's own (narrow or broad).
   */
  public boolean aboutAnotherTechnology(String title, String text, boolean ownTechExcluded) {
    if (ownTechExcluded) {
      return true;
    }
    if (other == null || own.matcher(title).find()) {
      return false;
    }
    String head = knownNames.matcher(title + "\n" + lead(text)).replaceAll(" ");
    return other.matcher(head).find();
  }

  private static String lead(String text) {
    StringBuilder b = new StringBuilder();
    int taken = 0;
    for (String line : text.split("\n")) {
      if (taken >= LEAD_LINES) {
        break;
      }
      if (line.trim().split("\\s+").length >= MIN_LEAD_WORDS) {
        b.append(line).append('\n');
        taken++;
      }
    }
    return b.toString();
  }

  /** Whole-word, case-insensitive; a term written "=AI" matches only with that capitalisation. */
  private static Pattern alternation(List<String> terms) {
    List<String> exact = new ArrayList<>();
    List<String> folded = new ArrayList<>();
    for (String t : terms) {
      if (t.startsWith("=")) {
        exact.add(Pattern.quote(t.substring(1)));
      } else {
        folded.add("(?i:" + Pattern.quote(t) + ")");
      }
    }
    List<String> all = new ArrayList<>(folded);
    all.addAll(exact);
    if (all.isEmpty()) {
      return Pattern.compile("(?!)");
    }
    return Pattern.compile("(?<![\\p{L}\\p{N}])(?:" + String.join("|", all) + ")(?![\\p{L}\\p{N}])");
  }
}
