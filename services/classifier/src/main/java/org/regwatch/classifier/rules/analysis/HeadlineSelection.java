package org.regwatch.classifier.rules.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.regwatch.classifier.rules.pack.CompiledPack;
import org.regwatch.events.DevelopmentKind;
import org.regwatch.events.DevelopmentStatus;

/**
 * Decides, after the pack reader has read every sentence, which development the article reports
 * as news, combining title, lead and body instead of letting the title always win:
 * <ol>
 *   <li>page furniture ({@link NoiseLines}) reports nothing;</li>
 *   <li>a measure that explicitly leaves the technology out ({@link TechExclusion}) is not a
 *       regulation of it;</li>
 *   <li>a title that only names the policy (a bare "moratorium", "plans for a law") or that reads
 *       as background ("suspends … after outcry") defers to the lead when the lead states the
 *       same kind of development explicitly;</li>
 *   <li>when title and lead report nothing, a body sentence can still be the news if its actor is
 *       the one the title names (a long story reaching the ruling in paragraph five) — a passing
 *       mention of some other party's measure stays context;</li>
 *   <li>an actor the gazetteer does not know is taken from the grammar ({@link GrammarActor}).</li>
 * </ol>
 */
public final class HeadlineSelection {

  /** A title that announces a plan or names a policy, not its status. */
  private static final Pattern POLICY_ONLY_TITLE = Pattern.compile(
      "\\b(?:plans?|proposals?|blueprint|roadmap|outline|framework) (?:for|to)\\b");

  /** A measure's content told with a modal: "the bill would bar", "legislation that would". */
  private static final Pattern CONTENT_MODAL = Pattern.compile(
      "\\b(?:bill|bills|legislation|law|measure|proposal|act)(?: that)? would\\b(?! have)");

  /** Words that every council or parliament shares: naming one is not naming a particular one. */
  private static final java.util.Set<String> GENERIC_NAME_WORDS = java.util.Set.of(
      "city", "council", "county", "state", "senate", "house", "assembly", "parliament", "board",
      "police", "department", "government", "ministry", "commission", "committee", "federal",
      "national", "new", "the", "and", "of");

  /**
   * The revised reading, the acting names when the grammar found several ("A and B"), and whether
   * the title or lead says a measure leaves the technology out.
   */
  public record Result(PackReading reading, List<String> actorNames, boolean techExcluded) {}

  private final TechExclusion exclusion;

  public HeadlineSelection(CompiledPack pack) {
    this.exclusion = new TechExclusion(pack.definition().technology().terms());
  }

  public Result revise(PackReading r, String title) {
    return revise(r, title, null);
  }

  /** As {@link #revise(PackReading, String)}, with the article's text (null when unknown). */
  public Result revise(PackReading r, String title, String articleText) {
    List<Candidate> zone = new ArrayList<>();
    boolean excluded = false;
    for (Candidate c : r.headlineZone()) {
      if (!NoiseLines.isNoise(c)) {
        zone.add(c);
        excluded |= exclusion.excludes(sentenceText(c));
      }
    }
    List<Candidate> others = new ArrayList<>();
    for (Candidate c : r.others()) {
      if (!NoiseLines.isNoise(c)) {
        others.add(excluded && c.zone() != Zone.BODY ? excludeLaw(c) : c);
      }
    }
    if (excluded) {
      zone.replaceAll(HeadlineSelection::excludeLaw);
    }
    Candidate h = r.headline();
    if (h != null && NoiseLines.isNoise(h)) {
      h = null;
    } else if (h != null && excluded) {
      h = excludeLaw(h);
    }
    h = billAsObject(h, zone);
    h = deferToLead(h, zone);
    h = RetreatToldInLead.failureToldInLead(h, zone); // "backs away from" over a plan dropped
    h = LeadStage.finalVoteToldInLead(h, zone);
    h = SettlementPause.pauseUnder(h, zone);
    if (h != null && h.isNews() && WishedMeasure.wished(h)) {
      // "drafting rules it wants lawmakers to adopt", "shareholder proposal to halt sales wins 3%
      // of vote": asked for, nothing made (round 20)
      h = h.with(h.kind(), h.status(), Block.DEMANDED);
    }
    if (h == null || (!h.isNews() && h.block() == Block.BACKGROUND)) {
      Candidate fromBody = bodyNews(others, title, h);
      if (fromBody != null) {
        h = fromBody;
      }
    }
    if (h != null && h.isNews() && h.zone() != Zone.TITLE && OpinionFraming.labelled(title)
        && !OpinionFraming.datedNow(sentenceText(h))) {
      // "Opinion: …": what the column recalls below its title is argument, not its news.
      h = h.with(h.kind(), h.status(), Block.BACKGROUND);
    }
    if (h != null && h.isNews()) {
      // Guides, columns for the reader and argued pieces recall; only their peg is news (round 20)
      boolean argued = GenreFraming.argued(title, articleText != null ? articleText : textOf(h, zone));
      // a guide is told by its text: a title alone ("What San Francisco's ban means for you")
      // gives no sign that what it names is old
      boolean guide = GenreFraming.guide(title) && articleText != null && !articleText.isBlank();
      if ((argued || guide) && GenreFraming.recalled(h, argued)) {
        Candidate peg = argued ? null : GenreFraming.peg(zone);
        h = peg != null ? peg : h.with(h.kind(), h.status(), Block.BACKGROUND);
      }
    }
    if (h != null && h.isNews() && articleText != null
        && GenreFraming.anniversary(title, articleText) && GenreFraming.recalledByAnniversary(h)) {
      // "Five years after …, pledges look different": a look back, pegged on a date (round 25)
      Candidate peg = GenreFraming.anniversaryPeg(zone);
      h = peg != null ? peg : h.with(h.kind(), h.status(), Block.BACKGROUND);
    }
    List<String> names = List.of();
    if (h != null && h.isNews()) {
      if (h.actor() == null) {
        names = GrammarActor.subjectOf(h.field(), h.trigger());
        for (Candidate c : zone) {
          // "Riverton police cleared …, ending pause" names no subject at the trigger; the lead's
          // report of the same kind of development does ("The Riverton Police Board on Thursday lifted").
          if (!names.isEmpty()) {
            break;
          }
          if (c.zone() == Zone.LEAD && c.isNews() && c.family() == h.family()) {
            names = GrammarActor.subjectOf(c.field(), c.trigger());
          }
        }
        if (names.isEmpty() && h.status() == DevelopmentStatus.EXTENDED) {
          // "Bunnings face-scan cameras to stay dark until …": a pause kept as the state of a
          // company's technology names the company before the technology, not as the subject.
          FieldText text = null;
          for (Candidate c : zone) {
            if (c.zone() != Zone.TITLE) {
              text = c.field();
              break;
            }
          }
          names = GrammarActor.ownerOf(h.field(), h.trigger(), text);
        }
        if (names.isEmpty() && h.status() == DevelopmentStatus.ENDED) {
          // "cameras went live in the Lockport City School District's buildings": the owner of
          // the place where use starts again is the one whose pause ends
          names = PauseContinuity.ownerOfThePlace(h.field(), h.trigger());
        }
        if (!names.isEmpty()) {
          ActorType type = h.family() == Candidate.Family.MORATORIUM || h.family() == Candidate.Family.EXIT
              ? ActorType.COMPANY : ActorType.UNKNOWN;
          names = names.stream().map(HeadlineSelection::withoutPossessive).toList();
          h = h.withActor(new Actor(String.join(" and ", names), type, null, null,
              h.trigger().tokStart(), h.trigger().tokStart()));
        }
      } else if (!withoutPossessive(h.actor().name()).equals(h.actor().name())) {
        Actor a = h.actor();
        h = h.withActor(new Actor(withoutPossessive(a.name()), a.type(), a.jurisdiction(), a.product(),
            a.tokStart(), a.tokEnd()));
      }
    }
    if (names.isEmpty()) {
      h = DescriptorActors.resolve(h, zone); // "Scots council halts …": the lead names it
      h = NamedBody.resolve(h, zone); // "data watchdog keeps its freeze": the text names the body
    }
    final Candidate headline = h;
    others.removeIf(c -> headline != null && c.field() == headline.field()
        && c.trigger().equals(headline.trigger()));
    return new Result(new PackReading(r.pack(), headline, others, r.mentionedTech(), zone,
        r.ownTechOnlyDenied()), names, excluded);
  }

  /**
   * "States block the facial recognition bill": one verb read both as a pause and as a bill's
   * defeat. Its object is the bill, so the legislative reading is the news. The same for a
   * proposal: "Opposition tables motion to ban …" puts a motion forward, it pauses nothing.
   */
  private static Candidate billAsObject(Candidate h, List<Candidate> zone) {
    if (h == null || !h.isNews() || h.family() != Candidate.Family.MORATORIUM) {
      return h;
    }
    for (Candidate c : zone) {
      if (c.isNews() && c.family() == Candidate.Family.LEGISLATION && c.field() == h.field()
          && c.sentence().equals(h.sentence()) && c.trigger().overlaps(h.trigger())
          && (c.status() == DevelopmentStatus.FAILED || c.status() == DevelopmentStatus.PROPOSED)) {
        return h.actor() != null && c.actor() == null ? c.withActor(h.actor()) : c;
      }
    }
    return h;
  }

  /** "Marlowe County's" → "Marlowe County": a possessive is grammar, not part of the name. */
  static String withoutPossessive(String name) {
    String n = name.strip();
    if (n.endsWith("'s") || n.endsWith("’s")) {
      return n.substring(0, n.length() - 2);
    }
    if (n.endsWith("'") || n.endsWith("’")) {
      return n.substring(0, n.length() - 1);
    }
    return n;
  }

  /**
   * The title decides unless it only names the policy or reads as background; then the lead's
   * explicit reading of the same kind of development decides, keeping the title's actor when the
   * lead names none.
   */
  private Candidate deferToLead(Candidate h, List<Candidate> zone) {
    if (h == null || h.zone() != Zone.TITLE) {
      return h;
    }
    boolean policyOnly = h.isNews()
        && ((h.weak() && h.status() == DevelopmentStatus.ANNOUNCED) || POLICY_ONLY_TITLE.matcher(sentenceText(h).toLowerCase(Locale.ROOT)).find());
    // "Explainer: What the House police bill would do about facial recognition": a title read as
    // proposed only from the modal of the measure's content ("the bill would …") tells what the
    // bill says, not a stage; the lead's stated step ("The House on Thursday passed …") is the
    // news (round 19). A lead that states no step keeps the title's proposal.
    policyOnly |= h.isNews() && h.status() == DevelopmentStatus.PROPOSED
        && h.family() == Candidate.Family.LEGISLATION
        && CONTENT_MODAL.matcher(sentenceText(h).toLowerCase(Locale.ROOT)).find();
    boolean background = h.block() == Block.BACKGROUND;
    if (!policyOnly && !background) {
      return h;
    }
    for (Candidate c : zone) {
      if (c.zone() == Zone.LEAD && c.isNews() && !c.weak() && c.family() == h.family()) {
        return h.actor() != null && c.actor() == null ? c.withActor(h.actor())
            : policyOnly && h.actor() != null && !h.weak() ? c.withActor(h.actor()) : c;
      }
    }
    return h;
  }

  /**
   * A body development is the news only when the title and lead report none and it is about the
   * party the title names: its actor (or a distinctive word of its name) is in the title. Deeper
   * mentions of other parties' measures are the story's context.
   */
  private static Candidate bodyNews(List<Candidate> others, String title, Candidate blockedTitle) {
    if (blockedTitle != null && blockedTitle.zone() == Zone.TITLE) {
      return null; // a title blocked as background reports a past event; the lead may not follow it
    }
    for (Candidate c : others) {
      if (c.zone() != Zone.BODY || !c.isNews() || c.weak() || c.actor() == null
          || c.kind() == DevelopmentKind.ADVOCACY) {
        continue;
      }
      if (namedIn(title, withoutPossessive(c.actor().name()))) {
        return c;
      }
    }
    return null;
  }

  /** Compiled once: String.replaceAll and split compiled it per call, per candidate (~4 % of the
   *  engine's CPU, JFR). */
  private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");

  private static boolean namedIn(String title, String actor) {
    if (title == null || title.isEmpty()) {
      return false;
    }
    String t = " " + NOT_WORD.matcher(title.toLowerCase(Locale.ROOT)).replaceAll(" ") + " ";
    for (String w : NOT_WORD.split(actor.toLowerCase(Locale.ROOT))) {
      if (w.length() > 2 && !GENERIC_NAME_WORDS.contains(w) && Character.isUpperCase(actorWordCase(actor, w)) && t.contains(" " + w + " ")) {
        return true;
      }
    }
    return false;
  }

  private static char actorWordCase(String actor, String lowerWord) {
    int i = actor.toLowerCase(Locale.ROOT).indexOf(lowerWord);
    return i < 0 ? 'x' : actor.charAt(i);
  }

  /** The article's text, from the headline or a lead candidate (null for a title alone). */
  private static String textOf(Candidate h, List<Candidate> zone) {
    if (h.zone() != Zone.TITLE) {
      return h.field().masked();
    }
    for (Candidate c : zone) {
      if (c.zone() != Zone.TITLE) {
        return c.field().masked();
      }
    }
    return null;
  }

  private static Candidate excludeLaw(Candidate c) {
    return c.family() == Candidate.Family.LEGISLATION && c.isNews()
        ? c.with(c.kind(), c.status(), Block.NEGATED) : c;
  }

  private static String sentenceText(Candidate c) {
    return c.field().original().substring(c.sentence().start(), c.sentence().end());
  }
}
