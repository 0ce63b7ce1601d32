package org.regwatch.classifier.rules.pack;

import java.time.Period;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.regwatch.classifier.rules.pack.RulePackDefinition.Trigger;
import org.regwatch.classifier.rules.pack.TermRef.Category;
import org.regwatch.events.DevelopmentKind;
import org.regwatch.events.SubjectTech;

/**
 * A rule pack ready to run: every phrase of every list in ONE Aho-Corasick automaton (one pass over
 * the text finds triggers, cues and gazetteer names together; a regex alternation of the same
 * phrases is ~400x slower here), each phrase pointing back to what it means.
 */
public final class CompiledPack {

  public static final String TECH_OBJECT = "tech_object";
  /** Optional lexicon: the last words of the names of parliaments that have one chamber, whose
   *  passing vote makes law (Folketing, Knesset, …). Without it no parliament is single-chamber. */
  public static final String SINGLE_CHAMBER_PARLIAMENT = "single_chamber_parliament";

  private final RulePackDefinition definition;
  /** Payload: the meanings of one phrase, as an array (iterated for every hit of the scan). */
  private final PhraseAutomaton<TermRef[]> phrases;
  private final List<CompiledTrigger> triggers;
  private final List<Period> durationPeriods;

  public CompiledPack(RulePackDefinition definition) {
    this.definition = definition;
    Map<String, List<TermRef>> terms = new HashMap<>();
    RulePackDefinition.Technology tech = definition.technology();
    tech.terms().forEach(t -> put(terms, t, new TermRef(Category.TECH, tech.name(), 0)));
    if (tech.broader() != null) {
      tech.broader().terms()
          .forEach(t -> put(terms, t, new TermRef(Category.TECH_BROAD, tech.broader().name(), 0)));
    }
    definition.lexicons().forEach((name, lexicon) ->
        lexicon.terms().forEach(t -> put(terms, t, new TermRef(Category.LEXICON, name, 0))));
    RulePackDefinition.Cues cues = definition.cues();
    cues.clauseBreaks().forEach(t -> put(terms, t, new TermRef(Category.CLAUSE_BREAK, "clause", 0)));
    addCue(terms, cues.negation(), Category.NEGATION);
    addCue(terms, cues.hedging(), Category.HEDGING);
    addCue(terms, cues.demand(), Category.DEMAND);
    addCue(terms, cues.background(), Category.BACKGROUND);
    for (int i = 0; i < definition.organisations().size(); i++) {
      RulePackDefinition.Organisation o = definition.organisations().get(i);
      for (String alias : o.aliases()) {
        put(terms, alias, new TermRef(Category.ORGANISATION, o.name(), i));
      }
    }
    for (int i = 0; i < definition.products().size(); i++) {
      RulePackDefinition.Product p = definition.products().get(i);
      for (String alias : p.aliases()) {
        put(terms, alias, new TermRef(Category.PRODUCT, p.name(), i));
      }
    }
    for (int i = 0; i < definition.places().size(); i++) {
      RulePackDefinition.Place p = definition.places().get(i);
      for (String alias : p.aliases()) {
        put(terms, alias, new TermRef(Category.PLACE, p.name(), i));
      }
    }
    for (RulePackDefinition.Body b : definition.bodies()) {
      b.terms().forEach(t -> put(terms, t, new TermRef(Category.BODY, b.type(), 0)));
    }
    for (RulePackDefinition.Scope s : definition.scopes()) {
      s.terms().forEach(t -> put(terms, t, new TermRef(Category.SCOPE, s.name(), 0)));
    }
    durationPeriods = new ArrayList<>();
    for (int i = 0; i < definition.durations().size(); i++) {
      RulePackDefinition.Duration d = definition.durations().get(i);
      durationPeriods.add(d.period() == null ? null : Period.parse(d.period()));
      for (String t : d.terms()) {
        put(terms, t, new TermRef(Category.DURATION, d.value(), i));
      }
    }
    triggers = new ArrayList<>();
    for (int i = 0; i < definition.triggers().size(); i++) {
      Trigger t = definition.triggers().get(i);
      triggers.add(new CompiledTrigger(t, parseKind(t.kind(), t.id())));
      for (String term : t.terms()) {
        for (String form : Inflector.forms(term)) {
          put(terms, form, new TermRef(Category.TRIGGER, t.id(), i));
        }
      }
    }
    Map<String, TermRef[]> frozen = new HashMap<>();
    terms.forEach((k, v) -> frozen.put(k, v.toArray(new TermRef[0])));
    phrases = new PhraseAutomaton<>(frozen);
  }

  private static void addCue(Map<String, List<TermRef>> terms, RulePackDefinition.Cue cue, Category c) {
    if (cue != null) {
      cue.terms().forEach(t -> put(terms, t, new TermRef(c, c.name().toLowerCase(Locale.ROOT), 0)));
    }
  }

  private static void put(Map<String, List<TermRef>> terms, String phrase, TermRef ref) {
    if (phrase.startsWith("=")) {
      phrase = phrase.substring(1);
      ref = new TermRef(ref.category(), ref.name(), ref.index(), phrase.strip());
    }
    String key = normalise(phrase);
    if (key.isEmpty()) {
      return;
    }
    List<TermRef> refs = terms.computeIfAbsent(key, k -> new ArrayList<>(2));
    if (!refs.contains(ref)) {
      refs.add(ref);
    }
  }

  /** Lower case, ASCII apostrophes, single spaces: the same normalisation the text masker applies. */
  static String normalise(String phrase) {
    return phrase.strip().toLowerCase(Locale.ROOT).replace('\u2019', '\'').replaceAll("\\s+", " ");
  }

  public static DevelopmentKind parseKind(String kind, String where) {
    if (kind == null) {
      throw new IllegalArgumentException(where + ": trigger needs a kind");
    }
    try {
      return DevelopmentKind.valueOf(kind.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(where + ": unknown kind " + kind, e);
    }
  }

  /** Every phrase occurrence in {@code maskedText}, as (ref, start, end-exclusive). */
  public List<Hit> scan(String maskedText) {
    List<Hit> hits = new ArrayList<>(16 + maskedText.length() / 16); // ~160 hits per 4 KB of news
    phrases.scan(maskedText, (start, end, refs) -> {
      for (TermRef ref : refs) {
        if (ref.exact() == null || maskedText.startsWith(ref.exact(), start)) {
          hits.add(new Hit(ref, start, end));
        }
      }
    });
    return hits;
  }

  public record Hit(TermRef ref, int start, int end) {}

  public RulePackDefinition definition() {
    return definition;
  }

  public String versionedId() {
    return definition.versionedId();
  }

  public CompiledTrigger trigger(int index) {
    return triggers.get(index);
  }

  public Period durationPeriod(int index) {
    return durationPeriods.get(index);
  }

  public SubjectTech subjectTech(boolean broader) {
    RulePackDefinition.Technology t = definition.technology();
    String label = broader && t.broader() != null ? t.broader().label() : t.label();
    return parseSubject(label);
  }

  public String technologyName(boolean broader) {
    RulePackDefinition.Technology t = definition.technology();
    return broader && t.broader() != null ? t.broader().name() : t.name();
  }

  static SubjectTech parseSubject(String label) {
    if (label == null) {
      return SubjectTech.OTHER;
    }
    String norm = label.strip().toUpperCase(Locale.ROOT).replace(' ', '_');
    for (SubjectTech s : SubjectTech.values()) {
      if (s.name().equals(norm)) {
        return s;
      }
    }
    // A pack about another technology (emotion recognition...) is "other" at article level.
    return SubjectTech.OTHER;
  }

  public int cueWindow(Category category, int fallback) {
    RulePackDefinition.Cues c = definition.cues();
    RulePackDefinition.Cue cue = switch (category) {
      case NEGATION -> c.negation();
      case HEDGING -> c.hedging();
      case DEMAND -> c.demand();
      case BACKGROUND -> c.background();
      default -> null;
    };
    return cue == null ? fallback : cue.windowOr(fallback);
  }

  /** Modifiers that apply to a kind. */
  public List<RulePackDefinition.Modifier> modifiers(DevelopmentKind kind) {
    List<RulePackDefinition.Modifier> out = new ArrayList<>();
    for (RulePackDefinition.Modifier m : definition.modifiers()) {
      if (kind.name().equalsIgnoreCase(m.kind())) {
        out.add(m);
      }
    }
    return out;
  }

  /** A trigger with its kind parsed and its lexicon requirements as a set. */
  public record CompiledTrigger(Trigger definition, DevelopmentKind kind, Set<String> requiredLexicons) {

    /** The requirements as a set made once per pack (tenth pass): {@link #requires} made a new
     *  {@code HashSet} at every trigger the sentence reader checks, ~1 % of the engine (JFR). */
    public CompiledTrigger(Trigger definition, DevelopmentKind kind) {
      this(definition, kind, Set.copyOf(definition.requires()));
    }
    public String status() {
      return definition.status() == null ? "announced" : definition.status();
    }

    public int window() {
      return definition.window() == null ? 8 : definition.window();
    }

    public double strength() {
      return definition.strength() == null ? 0.8 : definition.strength();
    }

    public boolean weak() {
      return Boolean.TRUE.equals(definition.weak());
    }

    public Set<String> requires() {
      return requiredLexicons;
    }
  }
}
