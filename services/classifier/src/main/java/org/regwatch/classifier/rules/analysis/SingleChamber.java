package org.regwatch.classifier.rules.analysis;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import org.regwatch.classifier.rules.pack.CompiledPack;
import org.regwatch.classifier.rules.pack.RulePackDefinition;

/**
 * Parliaments of one chamber, whose passing vote is the last one (round 16, docs/rules.md
 * "Courts, data protection authorities, parliaments and use policies"): "Denmark's Folketing passed
 * a bill allowing police to use facial recognition" is a law passed, not a step (a committee's or a
 * first reading's vote stays a step: those are read before). The names are the pack's lexicon
 * {@value #LEXICON} (docs/rules.md "Rule-pack format"): a new country's parliament is a pack
 * change. A pack without that lexicon has no single-chamber parliament.
 */
final class SingleChamber {

  /** The pack lexicon of the last words of one-chamber parliaments' names (optional). */
  static final String LEXICON = CompiledPack.SINGLE_CHAMBER_PARLIAMENT;

  private final Set<String> names;

  SingleChamber(CompiledPack pack) {
    RulePackDefinition.Lexicon lexicon = pack.definition().lexicons().get(LEXICON);
    Set<String> n = new HashSet<>();
    if (lexicon != null) {
      for (String term : lexicon.terms()) {
        n.add(term.strip().toLowerCase(Locale.ROOT));
      }
    }
    this.names = Set.copyOf(n);
  }

  /** True when the last word of the actor's name is one of the pack's single-chamber names. */
  boolean is(Actor actor) {
    if (actor == null || actor.name() == null || names.isEmpty()) {
      return false;
    }
    String n = actor.name().strip().toLowerCase(Locale.ROOT);
    int sp = n.lastIndexOf(' ');
    return names.contains(sp < 0 ? n : n.substring(sp + 1));
  }
}
