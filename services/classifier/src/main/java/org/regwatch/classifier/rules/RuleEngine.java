package org.regwatch.classifier.rules;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.regwatch.classifier.rules.analysis.Candidate;
import org.regwatch.classifier.rules.analysis.DevelopmentBuilder;
import org.regwatch.classifier.rules.analysis.ExtensionRefused;
import org.regwatch.classifier.rules.analysis.HeadlineSelection;
import org.regwatch.classifier.rules.analysis.LawMaker;
import org.regwatch.classifier.rules.analysis.TopicTechnology;
import org.regwatch.classifier.rules.analysis.PackReader;
import org.regwatch.classifier.rules.analysis.PackReading;
import org.regwatch.classifier.rules.analysis.PauseReplaced;
import org.regwatch.classifier.rules.analysis.TemporaryMeasure;
import org.regwatch.classifier.rules.analysis.Zone;
import org.regwatch.classifier.rules.pack.CompiledPack;
import org.regwatch.classifier.rules.pack.RulePackDefinition;
import org.regwatch.classifier.rules.pack.RulePackLoader;
import org.regwatch.classifier.rules.text.Cut;
import org.regwatch.classifier.rules.text.LanguageGuesser;
import org.regwatch.events.ArticleLabels;
import org.regwatch.events.Development;
import org.regwatch.events.DevelopmentKind;
import org.regwatch.events.DevelopmentStatus;
import org.regwatch.events.LegislationStatus;
import org.regwatch.events.MoratoriumStatus;
import org.regwatch.events.SubjectTech;

/**
 * The rule-based {@link ArticleClassifier}: plain Java (no CDI needed, so the evaluation command
 * and benchmarks construct it directly), immutable after construction and thread-safe.
 *
 * <p>Per article: truncate, check the language, then let every rule pack read the article; the
 * pack whose headline is news (title before lead, then strength) gives the article labels.
 */
public final class RuleEngine implements ArticleClassifier {

  public static final int DEFAULT_MAX_TEXT_CHARS = 100_000;
  /** Titles are short; a "title" longer than this is a feed bug, not a headline. */
  static final int MAX_TITLE_CHARS = 1_000;
  private static final int MAX_DEVELOPMENTS = 20;

  private final List<CompiledPack> packs;
  private final List<PackReader> readers;
  private final List<DevelopmentBuilder> builders;
  private final List<HeadlineSelection> selections;
  private final List<TopicTechnology> topics;
  private final List<String> packIds;
  private final int maxTextChars;

  public RuleEngine(List<RulePackDefinition> definitions, int maxTextChars) {
    if (definitions.isEmpty()) {
      throw new IllegalArgumentException("no rule packs loaded");
    }
    if (maxTextChars < 1) {
      throw new IllegalArgumentException("maxTextChars must be positive: " + maxTextChars);
    }
    this.packs = definitions.stream().map(CompiledPack::new).toList();
    this.readers = packs.stream().map(PackReader::new).toList();
    this.builders = packs.stream().map(DevelopmentBuilder::new).toList();
    this.selections = packs.stream().map(HeadlineSelection::new).toList();
    this.topics = packs.stream().map(TopicTechnology::new).toList();
    this.packIds = packs.stream().map(CompiledPack::versionedId).toList();
    this.maxTextChars = maxTextChars;
  }

  /** The packs shipped on the classpath, default text limit. */
  public static RuleEngine withShippedPacks() {
    return new RuleEngine(new RulePackLoader().load(Optional.empty()), DEFAULT_MAX_TEXT_CHARS);
  }

  public List<String> rulePacks() {
    return packIds;
  }

  @Override
  public Classification classify(ArticleText article) {
    try {
      return classifyOrThrow(article);
    } catch (RuntimeException e) {
      // The contract: bad text never stops the consumer. A rule bug yields an honest "irrelevant"
      // with the reason, which the pipeline can count and an operator can find.
      return new Classification(ArticleLabels.IRRELEVANT, List.of(), "und",
          "classifier error: " + e.getClass().getSimpleName() + ": " + e.getMessage(), false, packIds);
    }
  }

  private Classification classifyOrThrow(ArticleText article) {
    String title = Cut.atMost(article.title(), MAX_TITLE_CHARS);
    String text = Cut.atMost(article.text(), maxTextChars);
    boolean truncated = title.length() < article.title().length() || text.length() < article.text().length();
    if (title.isBlank() && text.isBlank()) {
      return new Classification(ArticleLabels.IRRELEVANT, List.of(), "und", "empty article", truncated, packIds);
    }
    String language = LanguageGuesser.guess(text.isBlank() ? title : text);
    if (!language.equals("en") && !language.equals("und")) {
      return new Classification(ArticleLabels.IRRELEVANT, List.of(), language,
          "not English (" + language + ")", truncated, packIds);
    }
    List<PackReading> readings = new ArrayList<>(readers.size());
    List<List<String>> actorNames = new ArrayList<>(readers.size());
    List<Boolean> excluded = new ArrayList<>(readers.size());
    for (int i = 0; i < readers.size(); i++) {
      HeadlineSelection.Result revised = selections.get(i)
          .revise(readers.get(i).read(title, text, article.published()), title, text);
      readings.add(revised.reading());
      actorNames.add(revised.actorNames());
      excluded.add(revised.techExcluded());
    }
    PackReading best = readings.stream()
        .filter(PackReading::reportsNews)
        .min(Comparator.comparingInt((PackReading r) -> r.headline().zone().ordinal())
            .thenComparing(r -> -r.headline().strength()))
        .orElse(null);

    List<Development> developments = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    ArticleLabels labels;
    String note = "";
    if (best != null) {
      Candidate h = best.headline();
      DevelopmentBuilder builder = builders.get(readings.indexOf(best));
      Development headline = builder.build(h, true, best.headlineZone(), article.published());
      developments.add(headline);
      seen.add(key(headline));
      labels = labels(best, h, headline, actorNames.get(readings.indexOf(best)));
    } else {
      SubjectTech mentioned = readings.stream().map(PackReading::mentionedTech)
          .filter(t -> t != SubjectTech.NONE).findFirst().orElse(SubjectTech.NONE);
      boolean anotherTech = true;
      for (int i = 0; i < topics.size() && anotherTech; i++) {
        // Only articles without news ask what they are about: the scan costs nothing on the rest.
        anotherTech = topics.get(i).aboutAnotherTechnology(title, text, excluded.get(i));
      }
      if (anotherTech) {
        // "Evanston pauses licence-plate readers": a passing mention of the watched technology
        // further down does not make it what the article is about.
        mentioned = SubjectTech.OTHER;
      } else {
        for (PackReading r : readings) {
          if (mentioned == r.pack().subjectTech(false) && r.ownTechOnlyDenied()) {
            // "its stores do not use facial recognition" next to palm scans: the broader one
            mentioned = r.pack().subjectTech(true);
            break;
          }
        }
      }
      labels = new ArticleLabels(false, MoratoriumStatus.NONE, LegislationStatus.NONE, List.of(), mentioned);
      note = noteFor(readings);
    }
    for (int i = 0; i < readings.size(); i++) {
      PackReading r = readings.get(i);
      for (Candidate c : alsoCandidates(r, best)) {
        if (developments.size() >= MAX_DEVELOPMENTS) {
          break;
        }
        if (seen.contains(key(c))) {
          // Building a development (its dates, bill, scope; ~7 % of the engine) only to drop it
          // as a repeat: its key is the candidate's kind, status and actor.
          continue;
        }
        Development d = builders.get(i).build(c, false, r.headlineZone(), article.published());
        if (seen.add(key(d))) {
          developments.add(d);
        }
      }
    }
    return new Classification(labels, developments, language, note, truncated, packIds);
  }

  private static List<Candidate> alsoCandidates(PackReading r, PackReading best) {
    List<Candidate> out = new ArrayList<>();
    if (r != best && r.headline() != null
        && (r.headline().isNews() || r.headline().kind() == DevelopmentKind.ADVOCACY)) {
      out.add(r.headline());
    }
    // A background mention ("with last year's one-year moratorium close to running out") is not
    // an action the article reports: emitted, it was dated by the article's own news ("on
    // Monday") and became a phantom second development downstream.
    for (Candidate c : r.others()) {
      if (c.isNews() || c.kind() == DevelopmentKind.ADVOCACY) {
        out.add(c);
      }
    }
    return out;
  }

  private static String noteFor(List<PackReading> readings) {
    for (PackReading r : readings) {
      Candidate h = r.headline();
      if (h != null) {
        return switch (h.block()) {
          case NEGATED -> "headline development is negated";
          case HEDGED -> "headline development is hedged or conditional";
          case DEMANDED -> "headline is a demand (advocacy), not an action";
          case BACKGROUND -> "headline development is background";
          case NONE -> "headline is advocacy, not an action";
        };
      }
    }
    return "no regulatory development reported";
  }

  private ArticleLabels labels(PackReading reading, Candidate h, Development headline,
      List<String> grammarActors) {
    MoratoriumStatus moratorium = MoratoriumStatus.NONE;
    LegislationStatus legislation = LegislationStatus.NONE;
    String lawMaker = null;
    Candidate[] replaced = replacement(reading, h);
    if (h.kind() == DevelopmentKind.MORATORIUM) {
      moratorium = moratoriumStatus(h.status());
      if (replaced != null && replaced[0] == h) {
        legislation = LegislationStatus.ENACTED; // the measure put in the pause's place
      }
      if (h.actor() != null && h.actor().type().isGovernment() && h.status() != DevelopmentStatus.ENDED) {
        // A government's pause is imposed by a law: the law's stage decides whether it started.
        // Not whether it ended: a pause that expired ended whatever a renewal bill did.
        Candidate law = companion(reading.headlineZone(), Candidate.Family.LEGISLATION, null);
        if (law != null) {
          legislation = legislationStatus(law.status());
          if (law.status() != DevelopmentStatus.ENACTED) {
            moratorium = MoratoriumStatus.NONE;
          }
          lawMaker = LawMaker.of(h.actor(), law.actor());
        } else if (h.status() == DevelopmentStatus.EXTENDED && h.actor().type().enactsByVote()
            && votedOn(reading.headlineZone(), h)) {
          // "The council voted 9-2 to extend the city's moratorium": a council acts by ordinance,
          // so its extension is a measure passed (domain.md: a council vote that passed is
          // enacted), though the sentence names no law (round 18; round 17 read none here). Only
          // a vote told in the title or lead: a city or board that keeps its cameras off, or a
          // force that switches them back on, decides without a measure.
          legislation = LegislationStatus.ENACTED;
        }
      }
      if (ExtensionRefused.refused(h)) {
        // "Council votes against extending its moratorium": the pause ends and the extension put
        // to the vote is defeated; "declines to renew" ends it with no measure voted (round 27)
        if (ExtensionRefused.defeated(h)) {
          legislation = LegislationStatus.FAILED;
        }
      } else if (h.status() == DevelopmentStatus.ENDED && h.actor() != null && h.actor().type().enactsByVote()
          && !ranOut(h) && votedOn(reading.headlineZone(), h)) {
        // "Council lifts moratorium, lets police use it for violent felonies": the council ends its
        // own pause by a vote, which passes a measure; a pause that ran out was no vote (round 18).
        legislation = LegislationStatus.ENACTED;
      }
    } else if (h.kind() == DevelopmentKind.LEGISLATION || h.kind() == DevelopmentKind.BAN) {
      legislation = legislationStatus(h.status());
      if (h.status() == DevelopmentStatus.ENACTED) {
        // An enacted statute that suspends use starts a moratorium.
        Candidate pause = companion(reading.headlineZone(), Candidate.Family.MORATORIUM, h);
        if (pause != null
            && (pause.status() == DevelopmentStatus.EXTENDED || pause.status() == DevelopmentStatus.ENDED)) {
          // "voted to lift its moratorium, replacing it with an ordinance", "signed a bill that
          // extends the moratorium": the measure enacted is the act that prolongs or ends the
          // pause of its own sentence (round 18)
          moratorium = moratoriumStatus(pause.status());
        } else if (pause != null && pause.status() == DevelopmentStatus.ANNOUNCED) {
          moratorium = MoratoriumStatus.ANNOUNCED;
        } else if (replaced != null) {
          // "adopts rules … the vote replaces the moratorium with binding rules": the measure put
          // in force ends the pause it replaces; both are the news (heldout-15/16 rules).
          moratorium = MoratoriumStatus.ENDED;
        } else if (pause == null && temporary(headline)) {
          // "signs three-year ban": a law that stops use for a fixed time is a temporary pause
          // (domain.md: a moratorium starts), whatever word the headline uses for it.
          moratorium = MoratoriumStatus.ANNOUNCED;
        }
      }
    }
    // "Bunnings and Kmart pause …": both retailers act; the development names them together.
    List<String> actors = !grammarActors.isEmpty() ? grammarActors
        : lawMaker != null ? List.of(lawMaker)
        : headline.actor() == null ? List.of() : List.of(headline.actor());
    SubjectTech tech = reading.mentionedTech() != SubjectTech.NONE
        ? reading.mentionedTech()
        : reading.pack().subjectTech(Boolean.TRUE.equals(h.broaderTech()));
    return new ArticleLabels(true, moratorium, legislation, actors, tech);
  }

  /** A pause replaced by a measure in the headline's sentence or, for an enacted headline, in
   *  any sentence of the article: {ended pause, enacted measure}, or null. */
  private static Candidate[] replacement(PackReading reading, Candidate h) {
    if (h.status() != DevelopmentStatus.ENDED && h.status() != DevelopmentStatus.ENACTED) {
      return null; // most articles: no list is walked
    }
    List<Candidate> all = new ArrayList<>(reading.others());
    all.add(h);
    return PauseReplaced.replacement(all);
  }

  private static final java.util.regex.Pattern VOTE = java.util.regex.Pattern.compile(
      "\\b(vote|voted|votes|voting)\\b", java.util.regex.Pattern.CASE_INSENSITIVE);

  /** A pause of the headline's status whose title or lead sentence tells a vote ("voted 9-2 on
   *  Tuesday to extend the city's moratorium"). */
  private static boolean votedOn(List<Candidate> zone, Candidate h) {
    for (Candidate c : zone) {
      if (c.kind() == h.kind() && c.status() == h.status() && VOTE.matcher(sentenceText(c)).find()) {
        return true;
      }
    }
    return false;
  }

  private static String sentenceText(Candidate c) {
    String text = c.field().original();
    return text.substring(Math.min(text.length(), c.sentence().start()), Math.min(text.length(), c.sentence().end()));
  }

  private static final java.util.regex.Pattern RAN_OUT = java.util.regex.Pattern.compile(
      "\\b(expir|laps|sunset|ran out|run out|runs out|running out)", java.util.regex.Pattern.CASE_INSENSITIVE);

  /** The pause's sentence tells it ran out ("let the moratorium expire"): no vote ended it. */
  private static boolean ranOut(Candidate h) {
    return RAN_OUT.matcher(sentenceText(h)).find();
  }

  /** The headline's own sentence binds a fixed period to the measure ("three-year ban"). The
   *  title and the lead sentence that carry it are both its sentences: "Governor signs AB 1215,
   *  which for three years bars …" often stands in the lead under a title with no period (round 22). */
  private static boolean temporary(Development d) {
    for (var e : d.evidence()) {
      if (TemporaryMeasure.in(e.quote())) {
        return true;
      }
    }
    return false;
  }

  /** A news candidate of the family in the title or lead (in the headline's own sentence when
   *  {@code sameSentenceAs} is given) with a government actor. */
  private static Candidate companion(List<Candidate> zone, Candidate.Family family, Candidate sameSentenceAs) {
    for (Candidate c : zone) {
      if (c.family() != family || !c.isNews() || c.weak()) {
        continue;
      }
      if (sameSentenceAs != null) {
        boolean same = c.field() == sameSentenceAs.field() && c.sentence().equals(sameSentenceAs.sentence());
        boolean government = c.actor() != null && c.actor().type().isGovernment();
        if (!same && !(government && c.zone() != Zone.BODY)) {
          continue;
        }
      }
      return c;
    }
    return null;
  }

  private static MoratoriumStatus moratoriumStatus(DevelopmentStatus s) {
    return switch (s) {
      case ANNOUNCED -> MoratoriumStatus.ANNOUNCED;
      case EXTENDED -> MoratoriumStatus.EXTENDED;
      case ENDED -> MoratoriumStatus.ENDED;
      default -> MoratoriumStatus.NONE;
    };
  }

  private static LegislationStatus legislationStatus(DevelopmentStatus s) {
    return switch (s) {
      case PROPOSED -> LegislationStatus.PROPOSED;
      case ADVANCING -> LegislationStatus.ADVANCING;
      case ENACTED -> LegislationStatus.ENACTED;
      case FAILED -> LegislationStatus.FAILED;
      default -> LegislationStatus.NONE;
    };
  }

  private static String key(Development d) {
    return d.kind() + "|" + d.status() + "|" + d.actor();
  }

  /** {@link #key(Development)} of the development {@link DevelopmentBuilder#build} makes of
   *  {@code c}: it takes kind, status and the actor's name from the candidate as they are. */
  private static String key(Candidate c) {
    return c.kind() + "|" + c.status() + "|" + (c.actor() == null ? null : c.actor().name());
  }
}
