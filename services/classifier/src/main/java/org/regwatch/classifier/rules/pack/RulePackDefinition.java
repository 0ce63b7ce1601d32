package org.regwatch.classifier.rules.pack;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.List;
import java.util.Map;

/**
 * A rule pack exactly as written in YAML (docs/rules.md describes every key). Unknown keys are
 * ignored so that an older engine can load a newer pack that only adds data.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record RulePackDefinition(
    String id,
    int version,
    Technology technology,
    Map<String, Lexicon> lexicons,
    Cues cues,
    List<Organisation> organisations,
    List<Product> products,
    List<Place> places,
    List<Body> bodies,
    List<Scope> scopes,
    List<Duration> durations,
    List<Trigger> triggers,
    List<Modifier> modifiers,
    Bills bills) {

  public RulePackDefinition {
    lexicons = lexicons == null ? Map.of() : Map.copyOf(lexicons);
    cues = cues == null ? new Cues(List.of(), null, null, null, null) : cues;
    organisations = orEmpty(organisations);
    products = orEmpty(products);
    places = orEmpty(places);
    bodies = orEmpty(bodies);
    scopes = orEmpty(scopes);
    durations = orEmpty(durations);
    triggers = orEmpty(triggers);
    modifiers = orEmpty(modifiers);
    bills = bills == null ? new Bills(null, null) : bills;
  }

  /** "facial-recognition@1": the name a classification records so that re-tagging is traceable. */
  public String versionedId() {
    return id + "@" + version;
  }

  static <T> List<T> orEmpty(List<T> list) {
    return list == null ? List.of() : List.copyOf(list);
  }

  @JsonIgnoreProperties(ignoreUnknown = true)
  public record Technology(String name, String label, List<String> terms, Technology broader) {
    public Technology {
      terms = orEmpty(terms);
    }
  }

  @JsonIgnoreProperties(ignoreUnknown = true)
  public record Lexicon(List<String> terms) {
    public Lexicon {
      terms = orEmpty(terms);
    }
  }

  @JsonIgnoreProperties(ignoreUnknown = true)
  public record Cue(Integer window, List<String> terms) {
    public Cue {
      terms = orEmpty(terms);
    }

    public int windowOr(int fallback) {
      return window == null ? fallback : window;
    }
  }

  @JsonIgnoreProperties(ignoreUnknown = true)
  public record Cues(
      @com.fasterxml.jackson.annotation.JsonProperty("clause_breaks") List<String> clauseBreaks,
      Cue negation, Cue hedging, Cue demand, Cue background) {
    public Cues {
      clauseBreaks = orEmpty(clauseBreaks);
    }
  }

  @JsonIgnoreProperties(ignoreUnknown = true)
  public record Organisation(String name, String role, String jurisdiction, String type,
      Boolean tech, List<String> aliases) {
    public Organisation {
      aliases = orEmpty(aliases);
    }
  }

  @JsonIgnoreProperties(ignoreUnknown = true)
  public record Product(String name, String owner, List<String> aliases) {
    public Product {
      aliases = orEmpty(aliases);
    }
  }

  @JsonIgnoreProperties(ignoreUnknown = true)
  public record Place(String name, String level, String within, List<String> aliases) {
    public Place {
      aliases = orEmpty(aliases);
    }
  }

  @JsonIgnoreProperties(ignoreUnknown = true)
  public record Body(String type, List<String> terms) {
    public Body {
      terms = orEmpty(terms);
    }
  }

  @JsonIgnoreProperties(ignoreUnknown = true)
  public record Scope(String name, List<String> terms) {
    public Scope {
      terms = orEmpty(terms);
    }
  }

  @JsonIgnoreProperties(ignoreUnknown = true)
  public record Duration(String value, String period, List<String> terms) {
    public Duration {
      terms = orEmpty(terms);
    }
  }

  @JsonIgnoreProperties(ignoreUnknown = true)
  public record Trigger(String id, String kind, String status, List<String> terms,
      List<String> requires, Integer window, Double strength, Boolean weak,
      @com.fasterxml.jackson.annotation.JsonProperty("actor_types") List<String> actorTypes) {
    public Trigger {
      terms = orEmpty(terms);
      requires = orEmpty(requires);
      actorTypes = orEmpty(actorTypes);
    }
  }

  @JsonIgnoreProperties(ignoreUnknown = true)
  public record Modifier(String kind, String lexicon, String status, Integer window) {}

  /** How the texts name a bill (docs/rules.md, "Bills"): number styles and title words. */
  @JsonIgnoreProperties(ignoreUnknown = true)
  public record Bills(List<BillNumber> numbers, BillTitles titles) {
    public Bills {
      numbers = orEmpty(numbers);
      titles = titles == null ? new BillTitles(null, null, null, null) : titles;
    }
  }

  /** One numbering style: the prefixes journalists write, the number's shape (a regex, default
   *  1-5 digits) and the canonical form ({@code {n}} stands for the number). */
  @JsonIgnoreProperties(ignoreUnknown = true)
  public record BillNumber(String form, List<String> prefixes, String number) {
    public BillNumber {
      prefixes = orEmpty(prefixes);
    }
  }

  @JsonIgnoreProperties(ignoreUnknown = true)
  public record BillTitles(List<String> suffixes, List<String> connectors, List<String> generic,
      List<String> reference) {
    public BillTitles {
      suffixes = orEmpty(suffixes);
      connectors = orEmpty(connectors);
      generic = orEmpty(generic);
      reference = orEmpty(reference);
    }
  }
}
