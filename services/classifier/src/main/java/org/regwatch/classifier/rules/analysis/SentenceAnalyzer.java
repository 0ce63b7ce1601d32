package org.regwatch.classifier.rules.analysis;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.regwatch.classifier.rules.pack.CompiledPack;
import org.regwatch.classifier.rules.pack.CompiledPack.CompiledTrigger;
import org.regwatch.classifier.rules.pack.RulePackDefinition;
import org.regwatch.classifier.rules.pack.TermRef.Category;
import org.regwatch.classifier.rules.text.Sentence;
import org.regwatch.classifier.rules.text.Tokens;
import org.regwatch.events.DevelopmentKind;
import org.regwatch.events.DevelopmentStatus;

/**
 * Reads the developments of ONE candidate sentence (a sentence with at least one trigger): checks
 * each trigger's lexicon requirements, its cues, finds its acting subject, resolves its status, and
 * keeps one development per family (moratorium, legislation, exit, enforcement, advocacy).
 */
final class SentenceAnalyzer {

  /** Words before a "ban" that make it a noun ("a ban", "the city's ban"), not a verb. */
  /** Words a switch verb may stand before "back on": room for an object such as "its facial
   *  recognition check-in kiosks" (heldout-15/16 rules; was 6). */
  private static final int SWITCH_REACH = 9;
  private static final Set<String> NOUN_MARKERS = Set.of(
      "a", "an", "the", "its", "their", "his", "her", "this", "that", "any", "general", "outright",
      "blanket", "total", "full", "permanent", "proposed", "citywide", "statewide", "nationwide",
      "complete", "new", "such", "similar", "partial", "temporary", "effective", "de", "facto",
      "recognition", "technology", "tech", "surveillance", "our", "no", "of", "on", "for", "strict",
      "broad", "sweeping", "existing", "first", "whose", "which", "federal", "state", "city");

  private static final Set<String> BE_FORMS = Set.of(
      "is", "are", "was", "were", "be", "been", "being", "get", "got", "gets");

  private final CompiledPack pack;
  private final ActorFinder actorFinder;
  private final CueScanner cues;
  private final SingleChamber singleChamber;

  SentenceAnalyzer(CompiledPack pack) {
    this.pack = pack;
    this.actorFinder = new ActorFinder(pack);
    this.cues = new CueScanner(pack);
    this.singleChamber = new SingleChamber(pack);
  }

  List<Actor> actors(FieldText f, Sentence s) {
    return actorFinder.find(f, s);
  }

  /**
   * Whether {@link #analyze} can find anything in a sentence with these mentions: a sentence
   * without a technology mention is read only in the headline zone of an article whose title or
   * lead names the technology. Asked first, so a body sentence that cannot report is not read
   * (nor its parties looked for, see {@code PackReader.readSentence}).
   */
  boolean mayReport(List<Mention> ms, Zone zone, ArticleContext ctx) {
    boolean sentenceTech = hasTech(ms, true);
    if (!ctx.techInHeadlineZone && !sentenceTech) {
      return false;
    }
    return zone != Zone.BODY || sentenceTech;
  }

  /** Drops the triggers inside a longer trigger ("ban" in "ban on police use"): the loop that
   *  {@code removeIf} with a stream per trigger was (2 % of the engine). */
  private static void dropContained(List<Mention> triggers) {
    int n = triggers.size();
    if (n < 2) {
      return; // nothing contains the only trigger
    }
    boolean[] contained = new boolean[n];
    boolean any = false;
    for (int i = 0; i < n; i++) {
      Mention m = triggers.get(i);
      for (int j = 0; j < n; j++) {
        Mention o = triggers.get(j);
        if (o != m && o.contains(m)) {
          contained[i] = true;
          any = true;
          break;
        }
      }
    }
    if (any) {
      int k = 0;
      for (int i = 0; i < n; i++) {
        if (!contained[i]) {
          triggers.set(k++, triggers.get(i));
        }
      }
      triggers.subList(k, n).clear();
    }
  }

  List<Candidate> analyze(FieldText f, Sentence s, Zone zone, ArticleContext ctx, List<Actor> actors) {
    List<Mention> ms = f.mentions(s);
    List<Mention> triggers = new ArrayList<>();
    for (Mention m : ms) {
      if (m.is(Category.TRIGGER)) {
        triggers.add(m);
      }
    }
    if (!mayReport(ms, zone, ctx)) {
      return List.of();
    }
    dropContained(triggers);
    Boolean broader = narrowTech(ms) ? Boolean.FALSE : hasTech(ms, true) ? Boolean.TRUE : null;
    List<Candidate> out = new ArrayList<>();
    for (Mention trig : triggers) {
      Candidate c = read(f, s, zone, ctx, actors, ms, trig, broader);
      if (c != null) {
        out.add(c);
      }
    }
    return resolveFamilies(out);
  }

  private Candidate read(FieldText f, Sentence s, Zone zone, ArticleContext ctx, List<Actor> actors,
      List<Mention> ms, Mention trig, Boolean broader) {
    CompiledTrigger ct = pack.trigger(trig.ref().index());
    if (!requirementsMet(f.tokens(), ms, trig, ct, f.field() != org.regwatch.events.Evidence.Field.TITLE)) {
      return null;
    }
    if (insideLegislationName(f, trig)) {
      return null;
    }
    Tokens t = f.tokens();
    if ((ct.kind() == DevelopmentKind.MORATORIUM || ct.kind() == DevelopmentKind.EXIT)
        && billContent(ms, t, trig) && !allowedTo(t, trig)) {
      // ("allowed the moratorium to lapse": the "to" follows a verb of letting, not a bill noun.)
      // "revive bill to halt federal use", "legislation that would pause it": the pause is what a
      // bill says, not a pause that started; the governing legislative verb carries the news.
      return null;
    }
    if (ct.definition().id().startsWith("legislation-failed")
        && moratoriumObject(ms, t, trig, ct.window())) {
      // "Moratorium scrapped", "the council dropped its pause": a pause that ends is no bill that
      // failed (moratorium-ended reads it); a bill, motion or proposal nearby keeps the defeat.
      return null;
    }
    if (ct.definition().id().startsWith("legislation-failed")
        && VetoOverride.vetoOverridden(t, t.indexAtOrAfter(s.start()), trig)) {
      // "voted to override the governor's veto", "failed to override the veto": the veto is the
      // object of the override, whose own trigger reads the step (heldout-17 rules)
      return null;
    }
    Actor upholdingCourt = null;
    if ((ct.kind() == DevelopmentKind.LEGISLATION || ct.kind() == DevelopmentKind.BAN)
        && CourtRuling.upheld(t, t.indexAtOrAfter(s.start()), trig, "failed".equals(ct.status()))) {
      // "Court upholds city's ban": the law stands, no step of it (round 16); the court's ruling
      // is the news, as a ruling against a use is (round 31) — without a court, nothing
      upholdingCourt = CourtRuling.courtBefore(t, t.indexAtOrAfter(s.start()), actors, trig);
      if (upholdingCourt == null || CourtRuling.butAnotherStep(t, ms, trig)) {
        // ("upholds Aadhaar but bars companies from demanding it": the other step is the news)
        return null;
      }
    }
    if (CourtRuling.insideAppealedRuling(t, t.indexAtOrAfter(s.start()), trig)) {
      return null; // "City appeals ruling that struck down its ordinance": the appeal is the news (round 16)
    }
    if ("proposed".equals(ct.status()) && CourtRuling.promisedStep(t, t.indexAtOrAfter(s.start()), trig)) {
      return null; // "Minister promises to introduce a bill next year": a pledge, no bill yet (round 16)
    }
    if ("passage".equals(ct.status()) && t.lower(trig.tokEnd() - 1).equals("to") && trig.tokEnd() < t.size()
        && !t.text(trig.tokEnd()).isEmpty() && Character.isDigit(t.text(trig.tokEnd()).charAt(0))) {
      return null; // "by 58 votes to 52": a tally, no vote to do anything (round 16)
    }
    if (ct.kind() == DevelopmentKind.MORATORIUM && "ended".equals(ct.status()) && ScheduledEnd.scheduled(t, trig)) {
      return null; // "extending a suspension that had been due to end this month": a date, no end
    }
    if ("passage".equals(ct.status()) && VoteTally.tallyOfAnotherStep(t, ms, pack, trig)) {
      return null; // "Council rejects ban in 5-4 vote": the tally of the rejection, not a passage
    }
    if ("proposed".equals(ct.status()) && ct.kind() == DevelopmentKind.LEGISLATION
        && PolicyBody.policyNounAfter(ms, trig)) {
      // "The department is drafting a policy on facial recognition": a body's own rules in the
      // making are no bill, and no policy until adopted (round 16)
      return null;
    }
    if (CONSIDER.contains(t.lower(trig.tokStart()))) {
      if (trig.tokEnd() < t.size() && t.lower(trig.tokEnd()).endsWith("ing") && "proposed".equals(ct.status())) {
        return null; // "would consider updating its policy": an action weighed, no measure before anyone (round 16)
      }
    }
    if ("proposed".equals(ct.status()) && ProposedAsAdjective.ofANonMeasure(t, ms, trig)) {
      return null; // "the proposed use is compatible with the law": an adjective, no bill (round 31)
    }
    if (ct.definition().id().startsWith("legislation-failed") && RejectedDemand.rejectsADemand(t, trig)) {
      return null; // "OKs the rules, rejecting calls for a ban": a demand turned down, no bill (heldout-21)
    }
    if ((ct.kind() == DevelopmentKind.MORATORIUM || ct.kind() == DevelopmentKind.EXIT)
        && MachineRefusal.machineRefuses(t, t.indexAtOrAfter(s.start()), trig)) {
      return null; // "the systems will not use facial recognition": a system's scope (heldout-21)
    }
    if ((ct.kind() == DevelopmentKind.LEGISLATION && BillAuthor.personNoun(t, trig))
        || ("by-actor".equals(ct.status())
            && BillAuthor.contentOfAuthoredBill(t, ms, t.indexAtOrAfter(s.start()), trig))) {
      return null; // "Sen. Roe, the author of a bill to bar police from using it": who she is
    }
    if (JuryVerdict.RULING_ID.equals(ct.definition().id())
        && JuryVerdict.juryFinds(t, t.indexAtOrAfter(s.start()), trig.tokStart())) {
      return null; // "a federal jury found that the railroad violated the law": a suit decided (heldout-24)
    }
    if (SuitsInBulk.SETTLEMENT_ID.equals(ct.definition().id())
        && SuitsInBulk.settledInBulk(t, t.indexAtOrAfter(s.start()), trig.tokStart())) {
      return null; // "thousands of suits …, but nearly all have settled": a law's use, no party's step (heldout-24)
    }
    if (PlanDropped.TRIAL_RESUMED_ID.equals(ct.definition().id())
        && !objectAfter(ms, trig, PlanDropped.TRIAL_OBJECT_REACH)) {
      return null; // "a second trial of the man, whose arrest followed a face match": not its trial
    }
    if (PlanDropped.EXIT_ID.equals(ct.definition().id()) && PlanDropped.planOfAMeasure(ms, trig)) {
      return null; // "drops plans for a facial recognition ban": a measure given up (heldout-24)
    }
    if (ct.kind() == DevelopmentKind.EXIT && StanceDropped.stanceAfter(pack, ms, trig)) {
      return null; // "abandons its pledge not to sell it": the pledge ends, the business goes on
    }
    if ("exit-trial-ended".equals(ct.definition().id())) {
      int verb = TrialEnded.endingVerb(t, t.indexAtOrAfter(s.start()), trig, namedTech(ms));
      if (verb < 0) {
        return null; // "the judge ended the trial of a man …": no trial of the technology ends
      }
      trig = TrialEnded.fromVerb(t, verb, trig);
    }
    int stanceEnd = -1;
    if ("moratorium-stance-dropped".equals(ct.definition().id())) {
      stanceEnd = StanceDropped.endingVerb(t, t.indexAtOrAfter(s.start()), trig);
      if (stanceEnd < 0) {
        return null; // "its hold on face recognition": a stance described, not given up
      }
    }
    if ((ct.kind() == DevelopmentKind.LEGISLATION || ct.kind() == DevelopmentKind.MORATORIUM)
        && SignedStatement.textSigned(t, trig)) {
      return null; // "signed a joint statement calling on police to stop": a text that asks (round 18)
    }
    if (ct.kind() == DevelopmentKind.MORATORIUM && OpenEnded.endedIsOpen(t, trig)) {
      return null; // "makes its freeze open-ended": the pause goes on, nothing is lifted (round 18)
    }
    if (OpenEnded.MADE_ID.equals(ct.definition().id()) && !OpenEnded.madeOpenEnded(t, trig)) {
      return null; // "its indefinite moratorium": the pause described, not made endless now
    }
    if (trig.tokEnd() - trig.tokStart() == 1 && t.lower(trig.tokStart()).startsWith("gazette")
        && trig.tokStart() > t.indexAtOrAfter(s.start())
        && Character.isUpperCase(t.text(trig.tokStart()).charAt(0))
        && Character.isUpperCase(t.text(trig.tokStart() - 1).charAt(0))) {
      return null; // "the Capital Gazette newsroom": a newspaper's name, no law gazetted (round 21)
    }
    if (ct.kind() == DevelopmentKind.LEGISLATION && FailsTo.somethingElseFailed(t, trig)) {
      return null; // "as federal rules fail to materialize": no measure failed a step
    }
    if (ct.kind() == DevelopmentKind.MORATORIUM && OffForATime.controlOfAProduct(t, trig)) {
      return null; // "adds a pause setting for facial recognition": a control, nobody pauses (round 17)
    }
    if (OffForATime.TRIGGER_ID.equals(ct.definition().id()) && (OffForATime.particleWithoutTake(t, trig)
        || !temporaryReading(f, ms, trig) && !OffForATime.waitsForSomething(t, t.indexAtOrAfter(s.end()), trig)
            // "has disabled it in all its stores for good": read on, the permanent word makes it an exit
            && !near(ms, trig, "permanent", 8))) {
      return null; // "pulled images from social media", "disables the feature": no stop for a time
    }
    boolean refusalLimited = RefusalForATime.isIt(trig)
        && RefusalForATime.limited(t, t.indexAtOrAfter(s.end()), trig);
    if (RefusalForATime.isIt(trig) && (!refusalLimited && !RefusalForATime.forGood(t, trig)
        // "says it will not let police use it for a year if Congress fails to act": a threat
        || cues.conditional(f, s, trig))) {
      return null; // "won't allow officers to use it on patrol": no time limit, no pause (round 20)
    }
    if ("moratorium-resumed-object".equals(ct.definition().id())
        && (!objectAfter(ms, trig, 4) && !passiveOfTheTech(ms, t, trig) || measureRightAfter(ms, trig))) {
      return null; // "Democrats bring back bill to halt federal use": the bill comes back, not use
    }
    if (ct.kind() == DevelopmentKind.MORATORIUM && PauseWording.holdsOffAProcess(t, trig)) {
      return null; // "Council holds off on facial recognition ban vote": a step delayed, no pause
    }
    if ("moratorium-first-use".equals(ct.definition().id())
        && !Resumption.firstUseAfterAGap(t, t.indexAtOrAfter(s.start()), t.indexAtOrAfter(s.end()), trig)) {
      return null; // "the first time a city banned it": a first, not a return
    }
    if ("moratorium-first-use".equals(ct.definition().id())) {
      trig = Resumption.throughSince(t, t.indexAtOrAfter(s.end()), trig);
    }
    if ("moratorium-back-on".equals(ct.definition().id())
        && Resumption.backInPlace(t, t.indexAtOrAfter(s.end()), trig, techSpans(ms))) {
      // "Live facial recognition cameras back on London's streets": the technology is back where
      // it is used; no switch verb needed
    } else if ("moratorium-back-on".equals(ct.definition().id())) {
      if (!PauseWording.switchedBackOn(t, trig, SWITCH_REACH)) {
        return null; // "cut back on", "back on the agenda": no switch verb, no resumption
      }
      Mention particle = trig;
      trig = PauseWording.fromSwitchVerb(t, trig, SWITCH_REACH);
      if (!PauseWording.techBetween(techSpans(ms), trig, particle)) {
        return null; // "switched their body cameras back on after the … ban"
      }
    }
    if ("moratorium-kept-off".equals(ct.definition().id())
        && !PauseKept.waitsForADecision(t, t.indexAtOrAfter(s.end()), trig)
        && !PauseContinuity.keptLonger(t, t.indexAtOrAfter(s.end()), trig)
        // "to stay switched off after judge rules it unconstitutional" (heldout-22/23 rules)
        && !RulingKeepsOff.keptByARuling(t, t.indexAtOrAfter(s.end()), trig)) {
      return null; // "the gates stayed offline overnight": a fault, no pause kept
    }
    if (!continuityHolds(t, s, ms, trig, ct.definition().id())) {
      return null;
    }
    if ("ended".equals(ct.status()) && PauseWording.deferredEnd(ms, deferrals(ms), trig)) {
      return null; // "postpones the end date of its suspension": the end is moved, not reached
    }
    if (ct.definition().id().startsWith("moratorium-expiry-deferred")
        || ct.definition().id().startsWith("moratorium-runs-longer")) {
      if (!PauseWording.measureInSentence(ms, trig)) {
        return null; // "pushed back the deadline for the bill": no pause moved
      }
      if ("moratorium-runs-longer-now".equals(ct.definition().id()) && !PauseWording.runsToATime(t, trig)
          && !PauseContinuity.untilFurtherNotice(t, trig)) {
        return null; // "the report now runs to 300 pages": a length, not a new end date
      }
    }
    if (ct.kind() == DevelopmentKind.MORATORIUM && pendingNounBefore(t, trig)) {
      // "the facial recognition bill is on hold", "lawmakers put the bill on hold": a bill held
      // up is a pending measure, not a pause on using the technology.
      return null;
    }
    if (ct.kind() == DevelopmentKind.MORATORIUM && StandingPractice.states(t, trig, t.indexAtOrAfter(s.end()))) {
      return null; // "it does not sell its service to private firms": a practice, no pause starts
    }
    if (TalksCollapsed.TRIGGER_ID.equals(ct.definition().id()) && !TalksCollapsed.onAMeasure(t, ms, trig)) {
      return null; // "talks on a facial recognition merger collapse": no measure was negotiated
    }
    if ("legislation-session-closed".equals(ct.definition().id()) && !SessionDeath.billIsTheSubject(t, ms, trig)) {
      return null; // "Options left on the table include a ban": no bill left behind
    }
    if ("proposed".equals(ct.status()) && Counterfactual.endsTrigger(t, trig)) {
      return null; // "bill that would have banned it … dies": a dead bill's content, no proposal
    }
    if (ct.kind() == DevelopmentKind.LEGISLATION && Procurement.signsAContract(t, trig)) {
      return null; // "Police force signs £3m deal for face-matching software": a purchase, no law
    }
    if (StatusQuo.TRIGGER_ID.equals(ct.definition().id())
        && StatusQuo.restated(t, t.indexAtOrAfter(s.start()), t.indexAtOrAfter(s.end()), trig)) {
      return null; // "CEO says face-matching pause stays in place": the status quo (round 22)
    }
    if (ct.kind() == DevelopmentKind.LEGISLATION && ReportedOption.draftAsSource(t, trig)) {
      return null; // "…, a draft shows": the draft is the source of the report (round 22)
    }
    if (Compliance.obeyed(t, t.indexAtOrAfter(s.start()), trig)) {
      return null; // "department will comply with face-recognition ban": a measure obeyed, no step (round 26)
    }
    if (ct.kind() == DevelopmentKind.ENFORCEMENT && Procurement.purchaseOrder(t, trig)) {
      return null; // "The purchase order, awarded to the vendor …": a purchase, no order (round 22)
    }
    if ("by-actor".equals(ct.status()) && PeopleShutOut.from(t, ms, trig)) {
      return null; // "Lawyers banned from the arena by face scan": people shut out, no ban on it
    }
    if (LawPermission.lawsContent(t, ms, trig)) {
      // "the regulation that lets a national authority impose temporary measures", "an ordinance
      // that allows police to use it": what a law permits, not a step anyone took (heldout-20)
      return null;
    }
    if (ct.kind() == DevelopmentKind.ENFORCEMENT && permitted(t, trig)) {
      // "a law that lets individuals sue", "allows regulators to fine": a power someone has,
      // not an action anyone took.
      return null;
    }
    boolean weak = ct.weak();
    String status = ct.status();
    DevelopmentKind kind = ct.kind();
    if ("enacted".equals(status) && Envoys.signOffByEnvoys(t, t.indexAtOrAfter(s.start()), trig)) {
      status = "passage"; // "EU ambassadors sign off on the AI Act": a step, not the law (round 21)
    }
    if ("by-actor".equals(status) && looksLikeNoun(f, s, trig)) {
      weak = true;
    }
    if (kind == DevelopmentKind.EXIT && PauseContinuity.endsItsPause(t, trig)) {
      kind = DevelopmentKind.MORATORIUM; // "the council ended its moratorium": a pause that stops
      status = "ended";
    }
    if ("moratorium-lapsed".equals(ct.definition().id())) {
      if (future(ms, trig) && !allowedTo(t, trig)) {
        return null; // "will expire next month": a date ahead, nothing ended yet
      }
      if (lettingQualified(ms, t, trig)) {
        // "did not let the moratorium on it expire", "could let the moratorium … lapse": the cue
        // qualifies the verb of letting, which can stand further back than the cue window reaches.
        return null;
      }
      if (pendingBillSubject(ms, trig)) {
        // "Bill to extend the ban expires in committee": a bill that lapses failed.
        kind = DevelopmentKind.LEGISLATION;
        status = "failed";
      }
    }
    if ("by-actor".equals(status) && measureContent(ms, t, trig)) {
      // "a new policy limiting its use", "an ordinance banning it": the participle says what the
      // measure contains; the measure's own verb (adopt, pass, sign) carries the news.
      return null;
    }
    if (weak && endedLater(f, ms, trig)) {
      // "California's ban on … expires", "the moratorium was lifted": the noun is the subject of
      // its own end; the end is the news, the measure is not enacted again.
      return null;
    }
    Block block = cues.scan(f, s, trig, ctx.referenceYear);
    if (block == Block.NONE && NegativeSubject.before(t, t.indexAtOrAfter(s.start()), trig.tokStart())) {
      block = Block.NEGATED; // "no agency has said it will stop using it" (heldout-22/23 rules)
    }
    if (block == Block.NONE && "proposed".equals(status) && ReportedOption.consideredFromASource(t,
        t.indexAtOrAfter(s.start()), t.indexAtOrAfter(s.end()), trig)) {
      block = Block.HEDGED; // "EU considers temporary ban …, draft shows": an option (round 22)
    }
    if (block == Block.NONE && kind == DevelopmentKind.LEGISLATION
        && Compliance.lawAsStandard(t, trig, t.indexAtOrAfter(s.end()))) {
      block = Block.BACKGROUND; // "pitches compliance with state biometric laws" (round 25)
    }
    if (block == Block.NONE && kind == DevelopmentKind.ENFORCEMENT && ClosedWithoutAction.inquiry(t, trig)
        && ClosedWithoutAction.tells(t, t.indexAtOrAfter(s.start()), t.indexAtOrAfter(s.end()))) {
      block = Block.NEGATED; // "closes its probe without action" (round 22): no step taken
    }
    if (block == Block.NONE && "ended".equals(status) && PauseContinuity.refusedBefore(t, trig)) {
      block = Block.NEGATED; // "refused on Tuesday to lift its moratorium": the refusal reaches past the date
    }
    if (block == Block.BACKGROUND && ("extended".equals(status) || "ended".equals(status)
        || "legislation-replaces-pause".equals(ct.definition().id())) && startedEarlier(t, ms, trig)) {
      // "the tills it switched off last month would stay out of use for longer": the date is the
      // start an extension presupposes, not the news; "cleared the system it had switched off in
      // January to run again": the start an end presupposes (heldout-15/16 rules)
      block = Block.NONE;
    }
    if (block == Block.BACKGROUND && "moratorium-live-after-pause".equals(ct.definition().id())
        && PauseContinuity.onlyThePauseIsDated(t, t.indexAtOrAfter(s.end()), ms, trig)) {
      block = Block.NONE; // "… on the platform it had kept the technology off since 2022"
    }
    if (block == Block.BACKGROUND && stanceEnd >= 0 && StanceDropped.onlyTheStanceIsDated(ms, stanceEnd, trig)) {
      block = Block.NONE; // "dropping its earlier refusal to use it": "earlier" dates the refusal
    }
    boolean refusedPassage = (block == Block.NEGATED || block == Block.NONE) && "passage".equals(status)
        && (RefusedPassage.defeats(t, t.indexAtOrAfter(s.start()), t.indexAtOrAfter(s.end()), trig)
            || block == Block.NONE && VoteTally.votedAgainst(t, t.indexAtOrAfter(s.end()), trig));
    if (refusedPassage) {
      // "the upper house refused (on Friday) to approve a law": the bill is defeated
      block = Block.NONE;
      status = "failed";
    }
    if (block == Block.NEGATED && kind == DevelopmentKind.MORATORIUM) {
      // "will not lift its freeze", "expired and was not renewed": the negated step implies the other
      String turned = PauseContinuity.negatedTurn(t, t.indexAtOrAfter(s.start()), t.indexAtOrAfter(s.end()),
          trig, ct.definition().id());
      if (turned != null) {
        block = Block.NONE;
        status = turned;
      }
    }
    if (block == Block.DEMANDED && kind == DevelopmentKind.MORATORIUM
        && PauseContinuity.orderedThat(t, t.indexAtOrAfter(s.start()), trig)) {
      block = Block.NONE; // "the court decided that the tender must stay frozen": an order
    }
    if (weak && block == Block.NONE && cues.hedgedPredicate(f, s, trig)) {
      block = Block.HEDGED;
    }
    if (weak && zone != Zone.TITLE && block == Block.NONE && upholdingCourt == null) {
      // A bare noun in running text ("the moratorium", "the ban") refers; it does not report —
      // unless it is what a court upholds ("the court upheld the state's law"; round 31).
      return null;
    }
    boolean passage = "passage".equals(status);
    if (passage && adjectiveAfterCopula(t, trig)) {
      // "Illinois law is clear that …", "the feature is back": after a form of "be" a bare
      // "clear"/"back"/"OK" is an adjective, not a vote.
      return null;
    }
    Actor actor = passage || kind == DevelopmentKind.LEGISLATION
        ? governmentActor(f, s, LawPermission.USE_PERMITTED.equals(ct.definition().id())
            ? LawPermission.beforeThe(actors, trig) : actors, trig, ctx)
        : subject(f, s, actors, trig, ctx);
    if ("enforcement-settlement".equals(ct.definition().id()) && (ClassActionSettlement.compoundNoun(t, trig)
        || ClassActionSettlement.privateSuit(t, t.indexAtOrAfter(s.start()), t.indexAtOrAfter(s.end()),
            trig, actor, actors))) {
      return null; // "agreed to settle a nationwide class action": a private suit, no enforcement
    }
    if ("moratorium-started-again".equals(ct.definition().id()) && t.lower(trig.tokStart()).equals("to")
        && actor != null && (actor.type() == ActorType.MUNICIPAL || actor.type() == ActorType.CHAMBER
            || actor.type() == ActorType.LEGISLATURE)) {
      // "council clears way for police to use it again": a law-making body allowing use again
      // repeals or replaces a measure; its vote reads the law, whether the stop was a pause or a ban
      return null;
    }
    if (kind == DevelopmentKind.MORATORIUM && !PauseWording.bindsACompany(t, trig, actor)) {
      return null; // "vendors may not sell it under the new law": the law's content
    }
    if (CourtOrder.haltsProceeding(t, actor, trig)) {
      return null; // "Judge halts trial of …": the court's own proceeding
    }
    if ("legislation-annulled".equals(ct.definition().id())) {
      // only a court striking down a public body's act about it; the court acts, not the body
      // whose act it annuls ("the court annulled the city's pilot") (heldout-21)
      actor = CourtAnnulment.courtBefore(actors, trig);
      if (actor == null) {
        actor = CourtAnnulment.courtNoun(t, t.indexAtOrAfter(s.start()), trig);
      }
      if (block == Block.HEDGED
          || !CourtAnnulment.courtAnnulsAnAct(t, t.indexAtOrAfter(s.end()), trig, actor)) {
        // ("the court could annul it": a ruling that may come is no bill proposed)
        return null;
      }
    }
    boolean actorTypesDecided = false;
    if (upholdingCourt != null) {
      actor = upholdingCourt;
      kind = DevelopmentKind.ENFORCEMENT;
      status = "announced";
      actorTypesDecided = true;
    }
    if (kind == DevelopmentKind.LEGISLATION && ct.definition().id().startsWith("legislation-failed")
        && CourtSetsAsideAnOrder.orderIsTheObject(t, ms, trig)) {
      Actor court = CourtRuling.courtBefore(t, t.indexAtOrAfter(s.start()), actors, trig);
      if (court != null) {
        if (!CourtSetsAsideAnOrder.undoes(t, trig)) {
          return null; // "the court did not pass any interim order": no step (round 31)
        }
        // "court overturns order to delete the police database": the court rules on the use
        actor = court;
        kind = DevelopmentKind.ENFORCEMENT;
        status = "announced";
        actorTypesDecided = true;
      }
    }
    if (PassedWithout.TRIGGER_ID.equals(ct.definition().id())) {
      // "Senate passes bill without limits on TSA face scans": the chamber that passed the bill
      // acts; the agency the curbs would have bound, nearer the trigger, does not (round 27)
      Actor body = PassedWithout.lawMakerBefore(actors, trig, ct.definition().actorTypes());
      if (body == null) {
        return null;
      }
      actor = body;
      actorTypesDecided = true;
    }
    if ("legislation-attempt-defeated".equals(ct.definition().id())
        && CourtRuling.courtBefore(t, t.indexAtOrAfter(s.start()), actors, trig) != null) {
      return null; // "The court rejected a bid to strike down the ban": a suit lost, no bill defeated (round 16)
    }
    if (JuryVerdict.RULING_ID.equals(ct.definition().id())
        && CourtRuling.lawRuledVoid(t, t.indexAtOrAfter(s.start()), t.indexAtOrAfter(s.end()), trig)) {
      // "Ordinance on facial recognition ruled unconstitutional": only a court rules a law so
      actor = CourtRuling.courtBefore(t, t.indexAtOrAfter(s.start()), actors, trig);
      kind = DevelopmentKind.LEGISLATION;
      status = "failed";
      actorTypesDecided = true;
    }
    if (CourtForbids.TRIGGER_ID.equals(ct.definition().id())) {
      Actor decider = CourtForbids.decider(t, t.indexAtOrAfter(s.start()), actors, trig);
      if (decider == null) {
        return null; // "the rules cannot be enforced": a noun, no ruling (round 31)
      }
      actor = decider;
      actorTypesDecided = true;
    }
    if (JuryVerdict.RULING_ID.equals(ct.definition().id()) && !actorTypesDecided) {
      if (CourtRuling.findingDenied(t, ms, trig, ct.window())) {
        return null; // "found no breach of the law": the ruling clears, it enforces nothing (round 16)
      }
      Actor court = CourtOrder.isCourt(actor) ? actor
          : CourtAnnulment.courtNoun(t, t.indexAtOrAfter(s.start()), trig);
      if (CourtRuling.findsALawVoid(t, t.indexAtOrAfter(s.end()), trig, court)) {
        // "declared the ordinance unconstitutional", "ruled the statute void": the court ends the
        // law — it failed, as a law struck down does (round 16)
        actor = court;
        kind = DevelopmentKind.LEGISLATION;
        status = "failed";
        actorTypesDecided = true;
      }
    }
    if (kind == DevelopmentKind.ENFORCEMENT && CourtRuling.injunctionAgainstAUse(t, trig, actor, actors)) {
      // "issued an injunction halting the city's program": a pause the court imposes (round 16)
      kind = DevelopmentKind.MORATORIUM;
      status = "announced";
    } else if (kind == DevelopmentKind.ENFORCEMENT && CourtRuling.injunctionLiftedUnnamed(t, trig, actor)) {
      // "Injunction lifted on airport facial recognition": a court's halt ends (round 16)
      kind = DevelopmentKind.MORATORIUM;
      status = "ended";
      actorTypesDecided = true; // no actor to check: the headline borrows the lead's
    }
    if ("rules-issued".equals(ct.definition().id()) && CourtOrder.isCourt(actor)) {
      return null; // "Judge issues restraining order": a court's order is no rule set (round 16)
    }
    if (kind == DevelopmentKind.LEGISLATION && ("rules-issued".equals(ct.definition().id())
        || "legislation-passage".equals(ct.definition().id()) || ct.definition().id().startsWith("legislation-failed"))
        && (actor == null || actor.type() == ActorType.MUNICIPAL || actor.type() == ActorType.AGENCY)
        && PolicyBody.rulesAfter(t, ms, trig)) {
      // "The city's police department adopted a policy", "Police adopt rules for facial
      // recognition": a force right before the verb sets its own rules of use (round 16)
      Actor force = PolicyBody.forceRightBefore(t, t.indexAtOrAfter(s.start()), trig);
      boolean namedForce = actor != null && actor.type() == ActorType.AGENCY && actor.tokEnd() <= trig.tokStart();
      // a police board or commission approving the force's rules without a vote (round 21)
      Actor boardNamed = OwnRulesBoard.isPoliceBoard(actor) ? actor
          : actor == null ? OwnRulesBoard.boardBefore(t, t.indexAtOrAfter(s.start()), trig) : null;
      boolean board = boardNamed != null
          && !OwnRulesBoard.votedBefore(t, t.indexAtOrAfter(s.start()), trig)
          && !(zone != Zone.BODY && ctx.headTellsAVote); // "OKs rules" over a lead's "voted 8-3"
      if (namedForce || force != null || board) {
        actor = namedForce ? actor : board ? boardNamed : force; // "Seattle police" as the pack names it, else the bare force
        kind = DevelopmentKind.POLICY;
        status = ct.definition().id().startsWith("legislation-failed") ? "ended" : "announced";
        passage = false; // a force's own rules take no vote to be in force
        actorTypesDecided = true;
      }
    }
    if (kind == DevelopmentKind.POLICY && (actor == null
        || (actor.type() != ActorType.AGENCY && actor.type() != ActorType.EXECUTIVE))) {
      // "State police board approves new guidelines": the board before the verb sets the rules,
      // not the place named in it (round 21)
      Actor board = OwnRulesBoard.boardBefore(t, t.indexAtOrAfter(s.start()), trig);
      if (board != null && !OwnRulesBoard.votedBefore(t, t.indexAtOrAfter(s.start()), trig)
          && !(zone != Zone.BODY && ctx.headTellsAVote)) {
        actor = board;
      }
    }
    if (kind == DevelopmentKind.POLICY && actor == null) {
      // "The department issued a standard operating procedure …": the body named before the verb
      actor = PolicyBody.before(t, t.indexAtOrAfter(s.start()), trig);
    }
    if (weak && block == Block.NONE && actor == null) {
      // "The case against a facial recognition ban": a topic, not a development by anyone.
      return null;
    }
    if (block == Block.DEMANDED) {
      Actor demander = demander(ms, actors, trig);
      return base(DevelopmentKind.ADVOCACY, DevelopmentStatus.DEMANDED, block, weak, false, ct,
          f, s, zone, trig, demander, broader);
    }
    if (actor != null && actor.type() == ActorType.ADVOCATE) {
      return base(DevelopmentKind.ADVOCACY, DevelopmentStatus.DEMANDED, Block.DEMANDED, weak, false,
          ct, f, s, zone, trig, actor, broader);
    }
    DevelopmentStatus st;
    boolean process = kind == DevelopmentKind.LEGISLATION;
    double strength = ct.strength();
    if ("by-actor".equals(status) && passive(f, s, trig) && actor != null
        && actor.type() == ActorType.COMPANY && actor.tokEnd() <= trig.tokStart()) {
      // "Rite Aid banned from using ...": the company is what is banned, by a regulator or court.
      Actor agent = null;
      for (Actor a : actors) {
        if (a.type() == ActorType.REGULATOR || a.type().isGovernment()) {
          agent = a;
          break;
        }
      }
      Candidate c = base(DevelopmentKind.ENFORCEMENT, DevelopmentStatus.ANNOUNCED, block, weak, false,
          ct, f, s, zone, trig, agent, broader);
      return c;
    }
    if ("by-actor".equals(status) && actor != null && actor.type() == ActorType.AGENCY
        && actor.tokEnd() <= trig.tokStart() && passive(f, s, trig)) {
      // "Minneapolis police barred from using it": the force is what is banned; the government
      // named after the verb (or, in a headline, in the lead) banned it.
      Actor agent = null;
      for (Actor a : actors) {
        if (a.tokStart() >= trig.tokEnd() && (a.type().isGovernment() || a.type() == ActorType.REGULATOR)) {
          agent = a;
          break;
        }
      }
      actor = agent;
    }
    if ("by-actor".equals(status) && passive(f, s, trig) && legislativeStepIn(ms, trig)) {
      // "EU strikes deal on AI rules; police face scanning curbed": a bare participle says what
      // the step contains; the step (deal, vote, approval) carries the stage.
      return null;
    }
    if ("by-actor".equals(status)) {
      if (future(ms, trig)) {
        if (actor == null) {
          return null; // "the push to regulate it": a purpose, nobody's step
        }
        st = DevelopmentStatus.PROPOSED;
      } else if (subjectNoun(ms, trig, "enacted_subject")) {
        st = DevelopmentStatus.ENACTED;
      } else if (subjectNoun(ms, trig, "proposed_subject")) {
        st = DevelopmentStatus.PROPOSED;
      } else {
        ActorType type = actor == null ? ActorType.UNKNOWN : actor.type();
        switch (type) {
          case COMPANY, AGENCY -> {
            if (PauseWording.rulesOfUse(t, trig) && !temporaryReading(f, ms, trig)) {
              return null; // "agree to new limits on it": rules of use, no stop (heldout-8)
            }
            if (type == ActorType.COMPANY && !temporaryReading(f, ms, trig)
                && CustomerBar.companyBarsCustomers(t, t.indexAtOrAfter(s.end()), trig, techSpans(ms))) {
              // "bars police from using its cloud service for facial recognition": a standing
              // rule of use for its customers, not a pause (heldout-21)
              kind = DevelopmentKind.EXIT;
              st = DevelopmentStatus.ANNOUNCED;
              break;
            }
            // A company or a police force that bans the technology stops its own sale or use.
            kind = DevelopmentKind.MORATORIUM;
            st = DevelopmentStatus.ANNOUNCED;
          }
          case REGULATOR -> {
            kind = DevelopmentKind.ENFORCEMENT;
            st = DevelopmentStatus.ANNOUNCED;
          }
          case CHAMBER, LEGISLATURE -> st = weak ? DevelopmentStatus.PROPOSED : DevelopmentStatus.ADVANCING;
          case UNKNOWN -> {
            if (PauseWording.barsOwnPeople(t, trig)) {
              kind = DevelopmentKind.MORATORIUM; // "LAPD bars officers from …": its own use
              st = DevelopmentStatus.ANNOUNCED;
            } else {
              st = DevelopmentStatus.ENACTED;
              strength *= 0.7;
            }
          }
          default -> st = DevelopmentStatus.ENACTED;
        }
      }
    } else if (passage && future(ms, trig)) {
      // "The council will vote on the ban": the vote is ahead, the measure is pending; "… if the
      // committee approves it" makes even that a condition.
      if (cues.conditional(f, s, trig)) {
        return null;
      }
      st = DevelopmentStatus.PROPOSED;
      strength *= 0.6;
    } else if (passage && partialStep(t, s, trig)) {
      // "clears council panel", "heads to the full council", "reached a provisional agreement":
      // one step of several; the vote that makes it law is still to come.
      st = DevelopmentStatus.ADVANCING;
    } else if (passage) {
      st = (actor != null && actor.type().enactsByVote()) || finalPassage(ms, t, s, trig)
          // "Denmark's Folketing passed a bill": a single-chamber parliament's vote is the last (round 16)
          || (singleChamber.is(actor) && !stillToSign(t, s))
          // "The ordinance, adopted on July 21, allows …": a council passes its ordinances alone (round 26)
          || (OrdinancePassed.named(t, t.indexAtOrAfter(s.start()), t.indexAtOrAfter(s.end()), trig)
              && !stillToSign(t, s))
          // "the Legislature overrode the veto": no signature follows an override (heldout-17)
          || ("legislation-veto-overridden".equals(ct.definition().id()) && actor != null
              && actor.type() == ActorType.LEGISLATURE)
          ? DevelopmentStatus.ENACTED
          : DevelopmentStatus.ADVANCING;
    } else {
      st = DevelopmentStatus.valueOf(status.toUpperCase(Locale.ROOT));
    }
    if (st == DevelopmentStatus.ENDED && cues.timeClause(f, s, trig)) {
      // "will not restart it when the suspension ends this week": the end names a time; the
      // main clause says what happens then.
      return null;
    }
    if ("rules-issued".equals(ct.definition().id()) && st == DevelopmentStatus.ENACTED
        && pendingNounNear(ms, t, trig)) {
      // "the Bill 2024, published on Tuesday by …", "released a bill": a bill made public is
      // put forward; only rules, orders and regulations issued are in force.
      st = DevelopmentStatus.PROPOSED;
    }
    if (process && !passage && st != DevelopmentStatus.PROPOSED && future(ms, trig)
        && !allowedTo(t, trig) && !refusedPassage) {
      // "a reason to enact the legislation", "plans to sign it": not done yet; but "allowed the
      // package to become law" is done, and in "refused to approve" the "to" is the refusal's.
      st = DevelopmentStatus.PROPOSED;
      strength *= 0.6;
    }
    if (kind == DevelopmentKind.MORATORIUM && st == DevelopmentStatus.ANNOUNCED
        && ((refusalLimited ? nearBesides(ms, trig, "permanent", 8) : near(ms, trig, "permanent", 8))
            // "won't offer general-purpose face recognition … for now" (heldout-22/23 rules)
            && !ForNow.keepsThePause(t, ms, trig)
            // "will not use facial recognition again" (heldout-22/23 rules)
            || NeverAgain.endsForGood(t, ms, trig)
            // "has stopped using it in its stores", no time in the sentence (round 21)
            || !ctx.headTellsATime && StoppedForGood.stopWithoutTime(t,
                t.indexAtOrAfter(s.start()), t.indexAtOrAfter(s.end()), trig))) {
      kind = DevelopmentKind.EXIT;
    } else if (kind == DevelopmentKind.EXIT && temporaryReading(f, ms, trig)) {
      kind = DevelopmentKind.MORATORIUM;
    }
    if (actor != null && actor.type() == ActorType.REGULATOR
        && (kind == DevelopmentKind.MORATORIUM || kind == DevelopmentKind.EXIT)
        // "the watchdog keeps / lifts its freeze": its own pause goes on or ends, nobody is stopped
        && !(kind == DevelopmentKind.MORATORIUM && (st == DevelopmentStatus.EXTENDED
            || st == DevelopmentStatus.ENDED || continuingVerb(ms, t, trig)))
        && !(kind == DevelopmentKind.MORATORIUM && CourtOrder.suspendsUse(actor, actors, trig, 4))
        // "ordered the project to stop scanning for up to three months": the stop ordered for a
        // time is the pause (heldout-17 rules); the order's own candidate gives way to it
        && !(kind == DevelopmentKind.MORATORIUM && st == DevelopmentStatus.ANNOUNCED
            && OrderedPause.orderedForATime(t, t.indexAtOrAfter(s.start()), t.indexAtOrAfter(s.end()), trig))
        // "the data protection authority declared a moratorium on facial recognition": its own
        // hold on approving the technology, nobody stopped (heldout-21 rules)
        && !(kind == DevelopmentKind.MORATORIUM && st == DevelopmentStatus.ANNOUNCED
            && RegulatorsOwnPause.own(t, t.indexAtOrAfter(s.start()), t.indexAtOrAfter(s.end()), trig,
                actor, actors))) {
      // "Judge blocks Clearview from selling": a regulator or court stopping someone enforces.
      kind = DevelopmentKind.ENFORCEMENT;
      st = DevelopmentStatus.ANNOUNCED;
    }
    if ((kind == DevelopmentKind.MORATORIUM && st == DevelopmentStatus.ANNOUNCED)
        || (kind == DevelopmentKind.LEGISLATION && st == DevelopmentStatus.ENACTED)) {
      for (RulePackDefinition.Modifier mod : pack.modifiers(kind)) {
        if (nearInClause(ms, t, trig, mod.lexicon(), mod.window() == null ? 6 : mod.window())) {
          st = DevelopmentStatus.valueOf(mod.status().toUpperCase(Locale.ROOT));
          break;
        }
      }
    }
    if (kind == DevelopmentKind.MORATORIUM && st == DevelopmentStatus.EXTENDED
        && StatusQuo.restatedAsModifier(t, t.indexAtOrAfter(s.start()), t.indexAtOrAfter(s.end()))) {
      return null; // "CEO says face-matching pause stays in place": the status quo (round 22)
    }
    if (kind == DevelopmentKind.ENFORCEMENT && actor != null && actor.type() == ActorType.COMPANY
        && passive(f, s, trig)) {
      // "Clearview AI ordered to delete data": the company is the one enforced against.
      actor = null;
      for (Actor a : actors) {
        if (a.type() == ActorType.ADVOCATE && a.tokStart() >= trig.tokEnd()) {
          // "sued by ACLU": a lawsuit by an advocate is advocacy, not enforcement
          return base(DevelopmentKind.ADVOCACY, DevelopmentStatus.DEMANDED, Block.DEMANDED, weak,
              false, ct, f, s, zone, trig, a, broader);
        }
      }
      for (Actor a : actors) {
        if (a.type() == ActorType.REGULATOR || a.type().isGovernment()) {
          actor = a;
          break;
        }
      }
    } else if (!ct.definition().actorTypes().isEmpty() && !actorTypesDecided) {
      String type = actor == null ? "unknown" : actor.type().name().toLowerCase(Locale.ROOT);
      if (!ct.definition().actorTypes().contains(type)) {
        return null;
      }
      if (LawPermission.USE_PERMITTED.equals(ct.definition().id())
          && (passive(f, s, trig) || !LawPermission.permitsUse(t, trig)
              || LawPermission.resultOfAnEvent(t, ms, t.indexAtOrAfter(s.start()), trig))) {
        return null; // "police will be allowed to use it": the permitted party, not who permits
      }
      if (LawPermission.votedAsMeasure(ct.definition().id()) && PlaceInName.inOrganisationName(t, actor)) {
        return null; // "Port of Seattle OKs freeze": the port, not the city, votes
      }
    }
    if (block == Block.HEDGED && Candidate.Family.of(kind) == Candidate.Family.LEGISLATION
        && !"proposed".equals(ct.status()) // "could introduce a bill": no bill is put forward yet
        // "the senate could refuse to approve the bill": a refusal weighed, read as the negated
        // approval it was before round 19 (no development), not as a pending measure
        && !REFUSALS.contains(t.lower(trig.tokStart()))
        && !cues.wished(f, s, trig) && !cues.conditional(f, s, trig) && !selfHedging(ms, trig)
        && !HedgedBillStep.contentOfHedgedStep(ms, t, trig) // "may bring back a bill to ban"
        // "The bill would have set consent rules": "would have" tells what a dead bill was to do,
        // not a measure still before anyone (heldout-17 rules)
        && !Counterfactual.before(t, t.indexAtOrAfter(s.start()) - 1, trig.tokStart())
        && (kind == DevelopmentKind.LEGISLATION || subjectNoun(ms, trig, "legislation_noun"))) {
      // "the bill would ban", "the council could vote on the ban": describes a measure that
      // exists, which is itself a (proposed) development. "The city could ban it" names no
      // measure: speculation, and "would sign it if …" a condition: neither is a development.
      block = Block.NONE;
      st = DevelopmentStatus.PROPOSED;
      strength *= 0.6;
    }
    if (kind == DevelopmentKind.BAN && "ban-verb".equals(ct.definition().id())) {
      process = false;
    }
    Candidate c = base(kind, st, block, weak, process, ct, f, s, zone, trig, actor, broader);
    return c.withStrength(Math.min(1.0, strength * (weak ? 0.7 : 1.0)));
  }

  /**
   * Who demands: the one who speaks or urges, never the one who is told to act. An advocate in the
   * sentence is the demander (advocates only demand). Otherwise the subject of the demand cue
   * ("Senators urged Amazon to halt" → the senators), but for an obligation reported by someone
   * ("X said Amazon must commit to …") the subject of the reporting verb, not the subject of "must".
   */
  private static Actor demander(List<Mention> ms, List<Actor> actors, Mention trig) {
    for (Actor a : actors) {
      if (a.type() == ActorType.ADVOCATE) {
        return a;
      }
    }
    Mention cue = null;
    for (Mention m : ms) {
      if (m.is(Category.DEMAND) && m.tokEnd() <= trig.tokStart()
          && (cue == null || m.tokStart() > cue.tokStart())) {
        cue = m;
      }
    }
    int before = cue == null ? trig.tokStart() : cue.tokStart();
    for (Mention m : ms) {
      if (m.isLexicon("reporting") && m.tokEnd() <= before
          && nearestBefore(actors, m.tokStart(), false) != null) {
        before = Math.min(before, m.tokStart());
      }
    }
    return nearestBefore(actors, before, false);
  }

  /**
   * An exit verb reads as a (temporary) pause only if a temporary word near it is affirmed, in the
   * same clause, and no permanent word contradicts it: "has not merely paused …: it is leaving the
   * business for good" is an exit, the pause is denied.
   */
  private boolean temporaryReading(FieldText f, List<Mention> ms, Mention trig) {
    if (near(ms, trig, "permanent", 8)) {
      return false;
    }
    Tokens t = f.tokens();
    for (Mention m : ms) {
      if (!m.isLexicon("temporary") || m.wordsTo(trig) > 6
          || hardBreakBetween(t, m, trig, f.field() != org.regwatch.events.Evidence.Field.TITLE)) {
        continue;
      }
      if (!negatedWord(ms, t, m)) {
        return true;
      }
    }
    return false;
  }

  /** Bodies that vote before the one that makes law: their approval is a step. */
  private static final Set<String> PARTIAL_BODIES = Set.of(
      "committee", "committees", "subcommittee", "panel", "panels");
  /** Bodies named as "the full …": the vote still to come after a committee's. */
  private static final Set<String> FULL_BODIES = Set.of(
      "council", "board", "senate", "house", "assembly", "chamber", "legislature", "parliament");
  /** A deal that formal votes must still confirm (EU trilogues, coalition agreements); a measure
   *  that "moves ahead" or "moves forward" has taken one step, not the last. */
  private static final Set<String> PROVISIONAL_WORDS = Set.of(
      "provisional", "provisionally", "tentative", "tentatively", "preliminary", "trilogue",
      "political", "ahead", "forward");
  /** "first vote", "initial reading": the step that opens a passage, the final vote still ahead. */
  private static final Set<String> FIRST_WORDS = Set.of("first", "initial");
  private static final Set<String> FIRST_STEPS = Set.of("vote", "reading", "round", "approval");

  /**
   * A vote or deal that is not the last step: a committee or panel votes (named just before or
   * after the verb: "committee approves", "clears council panel", "approved by the … Committee"),
   * the sentence sends the measure on to "the full council", or the deal is provisional.
   */
  private static boolean partialStep(Tokens t, Sentence s, Mention trig) {
    int first = t.indexAtOrAfter(s.start());
    int last = t.indexAtOrAfter(s.end());
    for (int i = first; i < last; i++) {
      String w = t.lower(i);
      boolean nearVerb = i >= trig.tokStart() - 3 && i < trig.tokEnd() + 8;
      if (nearVerb && PARTIAL_BODIES.contains(w)) {
        return true;
      }
      if (nearVerb && i < trig.tokEnd() + 3 && PROVISIONAL_WORDS.contains(w)) {
        return true;
      }
      if (nearVerb && FIRST_WORDS.contains(w) && i + 1 < last
          && FIRST_STEPS.contains(t.lower(i + 1))) {
        return true; // "cleared its first vote", "passed an initial reading": a final one to come
      }
      if (w.equals("full") && i + 1 < last && FULL_BODIES.contains(t.lower(i + 1))) {
        return true;
      }
    }
    return false;
  }

  /** A legislative vote, approval or deal comes before the participle in the sentence (its main
   *  verb). One told after it ("barred from using it after council vote") only dates the ban. */
  private boolean legislativeStepIn(List<Mention> ms, Mention trig) {
    for (Mention m : ms) {
      if (m != trig && m.tokEnd() <= trig.tokStart() && m.is(Category.TRIGGER) && "passage".equals(pack.trigger(m.ref().index()).status())) {
        return true;
      }
    }
    return false;
  }

  private static final Set<String> FINAL_WORDS = Set.of("final", "finally", "formally");
  /** What "final" describes when it names the wording of a law, not the last vote on it. */
  private static final Set<String> TEXT_NOUNS = Set.of("text", "texts", "wording", "version",
      "draft", "compromise");
  // "gov" too: the word tokenizer keeps no dot, so "now goes to Gov. Kay Ivey" reads "gov"
  private static final Set<String> STILL_TO_SIGN = Set.of(
      "governor", "governor's", "gov.", "gov", "desk", "signature", "sign", "veto", "president's");
  private static final Set<String> ADOPTED_MEASURES = Set.of(
      "law", "laws", "statute", "regulation", "regulations");

  /**
   * A vote or approval that is the LAST step ("gave final approval", "formally adopted", "clearing
   * the last hurdle") or whose object is a law ("adopted the regulation", "passed a statewide law")
   * makes it law: enacted — unless the sentence says a signature is still to come ("sends it to the
   * governor").
   */
  private static boolean finalPassage(List<Mention> ms, Tokens t, Sentence s, Mention trig) {
    int first = t.indexAtOrAfter(s.start());
    int last = t.indexAtOrAfter(s.end());
    boolean fin = bothChambers(t, first, last);
    for (int i = first; i < last; i++) {
      String w = t.lower(i);
      if (STILL_TO_SIGN.contains(w)) {
        return false;
      }
      if (FINAL_WORDS.contains(w) && i >= trig.tokStart() - 3 && i < trig.tokEnd() + 1
          // "endorsed the final text of the Act": the wording is final, the step is not (round 21)
          && !(i + 1 < last && TEXT_NOUNS.contains(t.lower(i + 1)))) {
        fin = true;
      }
      if (w.equals("last") && i + 1 < last && t.text(i + 1).equalsIgnoreCase("hurdle")) {
        fin = true;
      }
      if (ADOPTED_MEASURES.contains(w) && i >= trig.tokEnd() && i - trig.tokEnd() <= 3) {
        fin = true;
      }
    }
    return fin;
  }

  /** A signature, veto or assent still to come named in the sentence. */
  private static boolean stillToSign(Tokens t, Sentence s) {
    int last = t.indexAtOrAfter(s.end());
    for (int i = t.indexAtOrAfter(s.start()); i < last; i++) {
      if (STILL_TO_SIGN.contains(t.lower(i))) {
        return true;
      }
    }
    return false;
  }

  private static final Set<String> CHAMBER_WORDS = Set.of("senate", "house", "assembly", "deputies",
      "chamber", "commons", "lords", "bundestag", "bundesrat", "houses", "chambers");
  private static final Set<String> PASSED_WORDS = Set.of("passed", "approved", "adopted", "confirmed",
      "ratified", "endorsed", "cleared");

  /**
   * The sentence has the measure through both chambers: "passed both houses", "adopted by the
   * Chamber of Deputies and confirmed by the Senate" (two passing verbs, two different chambers).
   * One chamber's vote and a chamber still to come ("passed the House and heads to the Senate")
   * has one passing verb: a step.
   */
  private static boolean bothChambers(Tokens t, int first, int last) {
    int passed = 0;
    String chamber = null;
    boolean two = false;
    for (int i = first; i < last; i++) {
      String w = t.lower(i);
      if (w.equals("both") && i + 1 < last
          && (t.text(i + 1).equalsIgnoreCase("houses") || t.text(i + 1).equalsIgnoreCase("chambers"))) {
        return true;
      }
      if (PASSED_WORDS.contains(w)) {
        passed++;
      } else if (CHAMBER_WORDS.contains(w)) {
        if (chamber != null && !chamber.equals(w)) {
          two = true;
        }
        chamber = chamber == null ? w : chamber;
      }
    }
    return two && passed >= 2;
  }

  /** A trigger that is itself a hedging word ("consider"): hedged again ("might consider a ban")
   *  it is speculation about a measure, not a measure that exists. */
  /** "allowed the moratorium to lapse", "let it expire": the "to" is the infinitive of a verb of
   *  letting, not a future. */
  /** A negation or hedge right before the verb of letting ("did not let", "could allow"). */
  private static boolean lettingQualified(List<Mention> ms, Tokens t, Mention trig) {
    for (int i = trig.tokStart() - 1; i >= Math.max(0, trig.tokStart() - 8); i--) {
      String w = t.lower(i);
      if (w.startsWith("allow") || w.equals("let") || w.equals("lets") || w.startsWith("permit")) {
        for (Mention m : ms) {
          if ((m.is(Category.NEGATION) || m.is(Category.HEDGING)) && m.tokEnd() <= i && i - m.tokEnd() <= 2) {
            return true;
          }
        }
        return false;
      }
    }
    return false;
  }

  private static boolean allowedTo(Tokens t, Mention trig) {
    for (int i = trig.tokStart() - 2; i >= Math.max(0, trig.tokStart() - 8); i--) {
      String w = t.lower(i);
      if (w.startsWith("allow") || w.equals("let") || w.equals("lets") || w.startsWith("permit")) {
        return true;
      }
    }
    return false;
  }

  /** "lets individuals sue", "allows the regulator to fine", "the right to sue": up to three words
   *  before the trigger. */
  private static boolean permitted(Tokens t, Mention trig) {
    for (int i = trig.tokStart() - 1; i >= Math.max(0, trig.tokStart() - 3); i--) {
      String w = t.lower(i);
      if (w.equals("let") || w.equals("lets") || w.startsWith("allow") || w.startsWith("enabl")
          || w.startsWith("empower") || w.equals("right") || w.equals("rights")) {
        // "Human rights court rules …", "the European Court of Human Rights ruled …": a court's
        // name, not a right to act (round 29)
        return !(w.equals("rights") && i > 0 && t.lower(i - 1).equals("human"));
      }
    }
    return false;
  }

  private static boolean moratoriumObject(List<Mention> ms, Tokens t, Mention trig, int window) {
    // only verbs that also end a pause ("scrap", "drop", "overturn"); "fails to pass a
    // moratorium" is a defeat whatever the measure
    if (ms.stream().noneMatch(m -> m.isLexicon("ending") && m.overlaps(trig))) {
      return false;
    }
    boolean pause = false;
    for (Mention m : ms) {
      if (m.wordsTo(trig) > window || m.overlaps(trig)) {
        continue;
      }
      if (m.isLexicon("legislation_noun")
          && PENDING_NOUNS.contains(t.lower(m.tokEnd() - 1))) {
        return false;
      }
      if (m.isLexicon("moratorium_noun")) {
        String before = m.tokStart() > 0 ? t.lower(m.tokStart() - 1) : "";
        if (before.equals("proposed") || before.equals("planned") || before.equals("draft")) {
          return false; // "kills proposed moratorium": a pending measure, defeated
        }
        pause = true;
      }
    }
    return pause;
  }

  /** The technology (or a word for it) within {@code window} tokens after the trigger: its object. */
  /** A bill or law is the object ("bring back bill to …"): what returns is the measure. */
  private static boolean measureRightAfter(List<Mention> ms, Mention trig) {
    for (Mention m : ms) {
      if (m.tokStart() >= trig.tokEnd() && m.tokStart() - trig.tokEnd() <= 1
          && m.isLexicon("legislation_noun")) {
        return true;
      }
    }
    return false;
  }

  private static final Set<String> CONSIDER = Set.of("consider", "considers", "considering",
      "considered");
  /** Forms of "be" and "have" that may stand between a subject and its passive participle. */
  private static final Set<String> AUXILIARIES = Set.of("is", "was", "are", "were", "been", "being",
      "be", "has", "have", "had");

  /** "Facial recognition reinstated at city's stadium", "face scanning was restored on Monday":
   *  the technology right before a participle in -ed (at most a form of "be" between) is the
   *  object of the passive verb (round 17). */
  private boolean passiveOfTheTech(List<Mention> ms, Tokens t, Mention trig) {
    if (!t.lower(trig.tokStart()).endsWith("ed")) {
      return false;
    }
    for (Mention m : ms) {
      int gap = trig.tokStart() - m.tokEnd();
      if (isTechMention(m, false) && gap >= 0 && gap <= 2) {
        boolean onlyBe = true;
        for (int i = m.tokEnd(); i < trig.tokStart(); i++) {
          onlyBe &= AUXILIARIES.contains(t.lower(i));
        }
        if (onlyBe) {
          return true;
        }
      }
    }
    return false;
  }

  private boolean objectAfter(List<Mention> ms, Mention trig, int window) {
    for (Mention m : ms) {
      if (m.tokStart() >= trig.tokEnd() && m.tokStart() - trig.tokEnd() <= window
          && (isTechMention(m, false) || m.isLexicon("tech_object"))) {
        return true;
      }
    }
    return false;
  }

  private static boolean pendingNounBefore(Tokens t, Mention trig) {
    for (int i = trig.tokStart() - 1; i >= Math.max(0, trig.tokStart() - 2); i--) {
      if (PENDING_NOUNS.contains(t.lower(i))
          || t.text(i).equalsIgnoreCase("amendment")) {
        return true;
      }
    }
    return false;
  }

  /** Nouns of a measure that is still before a legislature. */
  private static final Set<String> PENDING_NOUNS = Set.of(
      "bill", "bills", "initiative", "motion", "proposal", "draft");

  private static boolean pendingNounNear(List<Mention> ms, Tokens t, Mention trig) {
    Mention nearest = null;
    for (Mention m : ms) {
      if (m.isLexicon("legislation_noun") && m.wordsTo(trig) <= 4
          && (nearest == null || m.wordsTo(trig) < nearest.wordsTo(trig))) {
        nearest = m;
      }
    }
    return nearest != null && PENDING_NOUNS.contains(t.lower(nearest.tokEnd() - 1));
  }

  /** Passage words that are also adjectives or adverbs ("is clear", "is back", "are OK"). */
  private static final Set<String> ADJECTIVE_READINGS = Set.of("clear", "back", "ok", "okay");

  private static boolean adjectiveAfterCopula(Tokens t, Mention trig) {
    int i = trig.tokStart();
    return i > 0 && trig.tokEnd() - i == 1
        && ADJECTIVE_READINGS.contains(t.lower(i))
        && BE_FORMS.contains(t.lower(i - 1));
  }

  private static boolean selfHedging(List<Mention> ms, Mention trig) {
    for (Mention m : ms) {
      if (m.is(Category.HEDGING) && m.overlaps(trig)) {
        return true;
      }
    }
    return false;
  }

  /** A participle right after a measure noun: "policy limiting", "ordinance banning". */
  private static boolean measureContent(List<Mention> ms, Tokens t, Mention trig) {
    String w = t.lower(trig.tokStart());
    if (!w.endsWith("ing")) {
      return false;
    }
    for (Mention m : ms) {
      if (m.isLexicon("legislation_noun") && m.tokEnd() == trig.tokStart()) {
        return true;
      }
    }
    return false;
  }

  /** A bill noun opens the clause before the measure noun the trigger requires. */
  private boolean pendingBillSubject(List<Mention> ms, Mention trig) {
    Mention bill = null;
    Mention measure = null;
    for (Mention m : ms) {
      if (m.tokEnd() > trig.tokStart() || trig.tokStart() - m.tokStart() > 10) {
        continue;
      }
      if (m.isLexicon("proposed_subject") && bill == null) {
        bill = m;
      }
      if (m.isLexicon("measure_in_force") && measure == null) {
        measure = m;
      }
    }
    return bill != null && (measure == null || bill.tokStart() < measure.tokStart());
  }

  /** A trigger that ends a moratorium later in the same clause as the (noun) trigger. */
  private boolean endedLater(FieldText f, List<Mention> ms, Mention trig) {
    int clauseEnd = CueScanner.clauseEnd(f, ms, trig.tokEnd(), f.tokens().size());
    for (Mention m : ms) {
      if (m.is(Category.TRIGGER) && m.tokStart() >= trig.tokEnd() && m.tokStart() < clauseEnd) {
        CompiledTrigger other = pack.trigger(m.ref().index());
        if (other.kind() == DevelopmentKind.MORATORIUM && ("ended".equals(other.status())
            || ("extended".equals(other.status()) && requirementsMet(f.tokens(), ms, m, other,
                f.field() != org.regwatch.events.Evidence.Field.TITLE)))) {
          // "Italy's ban on … now runs to the close of 2025": the noun is the subject of its own
          // prolongation too, not a ban enacted again (a prolongation that reads as one: "the ban
          // runs until 2025" without "now" or more time states no change).
          return true;
        }
      }
    }
    return false;
  }

  /** "bill to halt", "legislation that would pause": the trigger is the content of a measure. */
  private static boolean billContent(List<Mention> ms, Tokens t, Mention trig) {
    for (Mention m : ms) {
      if (!m.isLexicon("legislation_noun") || m.tokEnd() > trig.tokStart()
          || trig.tokStart() - m.tokEnd() > 3) {
        continue;
      }
      for (int i = m.tokEnd(); i < trig.tokStart(); i++) {
        String w = t.lower(i);
        if (w.equals("to") || w.equals("would")) {
          return true;
        }
        // round 23: a pending bill that carries a pause ("bill with a freeze on school contracts
        // clears House", "legislation containing a two-year pause"): the pause is what the bill
        // says. Only a pending noun: a law with a moratorium is in force (RuleEngine.temporary).
        if (CARRIES.contains(w) && endsOnPendingBill(ms, m)) {
          return true;
        }
      }
    }
    return false;
  }

  /** Words by which a pending bill carries a measure: "bill with a freeze", "bill containing a pause". */
  private static final Set<String> CARRIES = Set.of("with", "containing", "carrying", "including");

  /** The legislation noun ends on a noun of the pack's `pending_bill` ("privacy bill"): a law or
   *  ordinance is in force, a bill is not yet. */
  private static boolean endsOnPendingBill(List<Mention> ms, Mention noun) {
    for (Mention o : ms) {
      if (o.isLexicon("pending_bill") && o.tokEnd() == noun.tokEnd()) {
        return true;
      }
    }
    return false;
  }

  /** A negation cue (or an n't word) within three words before the mention. */
  private static boolean negatedWord(List<Mention> ms, Tokens t, Mention m) {
    for (Mention n : ms) {
      if (n.is(Category.NEGATION) && n.tokEnd() <= m.tokStart() && m.tokStart() - n.tokEnd() <= 3) {
        return true;
      }
    }
    for (int i = Math.max(0, m.tokStart() - 3); i < m.tokStart(); i++) {
      if (t.lower(i).endsWith("n't")) {
        return true;
      }
    }
    return false;
  }

  private Candidate base(DevelopmentKind kind, DevelopmentStatus st, Block block, boolean weak,
      boolean process, CompiledTrigger ct, FieldText f, Sentence s, Zone zone, Mention trig,
      Actor actor, Boolean broader) {
    return new Candidate(kind, st, block, weak, process, ct.strength(), f, s, zone, trig, actor,
        broader, null, null, null, null, null, null, null);
  }

  /** "protesters evade facial recognition; government bans masks": a ; or : separates clauses. */
  private static boolean hardBreakBetween(Tokens t, Mention a, Mention b, boolean colonBreaks) {
    int from = Math.min(a.tokEnd(), b.tokEnd());
    int to = Math.max(a.tokStart(), b.tokStart());
    for (int i = from; i < to; i++) {
      if (!t.isWord(i) && (t.first(i) == ';' || (colonBreaks && t.first(i) == ':'))) {
        return true;
      }
    }
    return false;
  }

  /** In a title a colon joins topic and news ("Rekognition: Amazon resumes sales"); in text it
   *  ends a clause. */
  private boolean requirementsMet(Tokens t, List<Mention> ms, Mention trig, CompiledTrigger ct,
      boolean colonBreaks) {
    if (ct.definition().requires().isEmpty()) {
      return true;
    }
    int window = ct.window();
    Set<String> req = ct.requires();
    for (Mention m : ms) {
      if (m == trig || m.overlaps(trig) && m.start() == trig.start() && m.end() == trig.end()) {
        continue;
      }
      boolean fits = (m.is(Category.LEXICON) && req.contains(m.ref().name()))
          || (req.contains(CompiledPack.TECH_OBJECT) && isTechMention(m, false));
      if (fits && m.wordsTo(trig) <= window && !hardBreakBetween(t, m, trig, colonBreaks)
          && !(colonBreaks && clauseWordBetween(ms, m, trig))) {
        return true;
      }
    }
    return false;
  }

  /** "The city banned masks while protesters evaded facial recognition": in running text a
   *  conjunction that starts a clause (while, but, because …) separates a trigger from what it
   *  requires. Not in a title, which elides ("Amazon pauses, but advocates demand … Rekognition"). */
  private static boolean clauseWordBetween(List<Mention> ms, Mention a, Mention b) {
    int from = Math.min(a.tokEnd(), b.tokEnd());
    int to = Math.max(a.tokStart(), b.tokStart());
    for (Mention m : ms) {
      if (m.is(Category.CLAUSE_BREAK) && m.tokStart() >= from && m.tokEnd() <= to) {
        return true;
      }
    }
    return false;
  }

  /** Words that open a subordinate clause: a modifier beyond one modifies that clause's verb
   *  ("will stop using it until the review ends" starts a pause; "ends" is the review's). */
  private static final Set<String> SUBORDINATORS = Set.of("until", "unless", "if", "when", "till");

  private boolean nearInClause(List<Mention> ms, Tokens t, Mention trig, String lexicon, int window) {
    for (Mention m : ms) {
      if (!m.isLexicon(lexicon) || m.wordsTo(trig) > window) {
        continue;
      }
      boolean subordinate = false;
      for (int i = Math.min(m.tokEnd(), trig.tokEnd()); i < Math.max(m.tokStart(), trig.tokStart()); i++) {
        if (SUBORDINATORS.contains(t.lower(i))
            // "put its trial on hold and would keep it there": a verb of keeping in the next
            // coordinated clause continues the pause this one starts; it extends nothing
            || "extension".equals(lexicon) && m.tokStart() >= trig.tokEnd() && t.lower(i).equals("and")) {
          subordinate = true;
          break;
        }
      }
      if (!subordinate) {
        return true;
      }
    }
    return false;
  }

  /** {@link #near} without the lexicon words inside the trigger itself: the "no longer" of "will
   *  no longer let … for a year" is the refusal's, not a word that makes it last (round 20). */
  private boolean nearBesides(List<Mention> ms, Mention trig, String lexicon, int window) {
    for (Mention m : ms) {
      if (m.isLexicon(lexicon) && !m.overlaps(trig) && m.wordsTo(trig) <= window) {
        return true;
      }
    }
    return false;
  }

  private boolean near(List<Mention> ms, Mention trig, String lexicon, int window) {
    for (Mention m : ms) {
      if (m.isLexicon(lexicon) && m.wordsTo(trig) <= window) {
        return true;
      }
    }
    return false;
  }

  private boolean isTechMention(Mention m, boolean narrowOnly) {
    return switch (m.category()) {
      case TECH, PRODUCT -> true;
      case TECH_BROAD -> !narrowOnly;
      case ORGANISATION -> Boolean.TRUE.equals(
          pack.definition().organisations().get(m.ref().index()).tech());
      default -> false;
    };
  }

  private boolean hasTech(List<Mention> ms, boolean includeBroad) {
    for (Mention m : ms) {
      if (isTechMention(m, !includeBroad)) {
        return true;
      }
    }
    return false;
  }

  private boolean narrowTech(List<Mention> ms) {
    return hasTech(ms, false);
  }

  /** "The Facial Recognition and Biometric Technology Moratorium Act": a name, not a moratorium. */
  private static boolean insideLegislationName(FieldText f, Mention trig) {
    Tokens t = f.tokens();
    if (!t.isCapitalised(trig.tokStart())) {
      return false;
    }
    for (int i = trig.tokEnd(); i < Math.min(t.size(), trig.tokEnd() + 4); i++) {
      if (!t.isWord(i) || !(t.isCapitalised(i) || t.text(i).equals("of") || t.text(i).equals("and"))) {
        return false;
      }
      String w = t.text(i);
      if (w.equals("Act") || w.equals("Bill") || w.equals("Ordinance") || w.equals("Amendment")) {
        return true;
      }
    }
    return false;
  }

  private static boolean looksLikeNoun(FieldText f, Sentence s, Mention trig) {
    Tokens t = f.tokens();
    String self = t.lower(trig.tokStart());
    if (trig.tokEnd() < t.size() && t.text(trig.tokEnd()).equalsIgnoreCase("on")
        && !self.endsWith("ed") && !self.endsWith("ing")) {
      return true; // "a ban on", "says ban on …": a verb takes its object without "on"
    }
    int prev = trig.tokStart() - 1;
    if (prev < t.indexAtOrAfter(s.start())) {
      return false;
    }
    String w = t.lower(prev);
    if (w.endsWith("'s")) {
      return true;
    }
    String trigWord = t.lower(trig.tokStart());
    if (!(trigWord.endsWith("ed") || trigWord.endsWith("ing")) && techRightBefore(f, s, trig)) {
      return true; // "face-scan ban", "face matching ban": any name of the technology modifies a noun
    }
    // "bans"/"ban" after a determiner is a noun; "banned"/"banning" never are.
    return !(trigWord.endsWith("ed") || trigWord.endsWith("ing")) && NOUN_MARKERS.contains(w);
  }

  /** A name of the technology ends right where the trigger starts. */
  private static boolean techRightBefore(FieldText f, Sentence s, Mention trig) {
    for (Mention m : f.mentions(s)) {
      if (m.is(Category.TECH) && m.tokEnd() == trig.tokStart()) {
        return true;
      }
    }
    return false;
  }

  /** "to ban", "is to be banned", "will ban", "plans to ban": not yet done — unless the "to" is
   *  that of an accomplishment ("becomes the first state to ban"). */
  private static boolean future(List<Mention> ms, Mention trig) {
    for (Mention m : ms) {
      if (m.isLexicon("future") && m.tokEnd() <= trig.tokStart() && trig.tokStart() - m.tokEnd() <= 1) {
        for (Mention a : ms) {
          if ((a.isLexicon("accomplished") || a.isLexicon("decision")) && a.tokEnd() <= m.tokStart()
              && m.tokStart() - a.tokEnd() <= 4) {
            return false;
          }
        }
        return true;
      }
    }
    return false;
  }

  /** "the new law bans" (enacted) vs "the bill bans" (proposed): the measure is the subject. */
  private static boolean subjectNoun(List<Mention> ms, Mention trig, String lexicon) {
    for (Mention m : ms) {
      if (m.isLexicon(lexicon) && m.tokEnd() <= trig.tokStart() && trig.tokStart() - m.tokEnd() <= 2) {
        return true;
      }
    }
    return false;
  }

  /** The acting subject of a verb: the nearest actor before it, else the passive agent after it,
   *  else the party the previous sentences were about ("the company", "it"). */
  private Actor subject(FieldText f, Sentence s, List<Actor> actors, Mention trig, ArticleContext ctx) {
    Actor before = nearestBefore(subjects(f, actors), trig.tokStart(), true);
    if (before != null) {
      return before;
    }
    if (passive(f, s, trig)) {
      for (Actor a : actors) {
        if (a.tokStart() >= trig.tokEnd()) {
          return a;
        }
      }
    }
    return ctx.recentActor;
  }

  /** The sentence's names of the technology, its products and its makers (no generic nouns). */
  private List<Mention> namedTech(List<Mention> ms) {
    List<Mention> named = new ArrayList<>();
    for (Mention m : ms) {
      if (isTechMention(m, false)) {
        named.add(m);
      }
    }
    return named;
  }

  /** The sentence's technology mentions and generic nouns that stand for it ("the system"); not
   *  bare cameras ("switched their body cameras back on after the … ban"). */
  private List<Mention> techSpans(List<Mention> ms) {
    List<Mention> techSpans = new ArrayList<>();
    for (Mention m : ms) {
      if (isTechMention(m, false) || m.isLexicon("tech_object")) {
        techSpans.add(m);
      }
    }
    return techSpans;
  }

  /** The sentence's deferral triggers ("push back", "postpone" + an expiry word). */
  private List<Mention> deferrals(List<Mention> ms) {
    List<Mention> out = new ArrayList<>(1);
    for (Mention m : ms) {
      if (m.is(Category.TRIGGER)
          && pack.trigger(m.ref().index()).definition().id().equals("moratorium-expiry-deferred")) {
        out.add(m);
      }
    }
    return out;
  }

  private static final Set<String> PREPOSITIONS = Set.of(
      "in", "at", "from", "to", "with", "against", "like", "than", "of", "by", "for", "on", "about",
      "across", "including", "such", "as", "into", "over", "under", "between", "among",
      "inside", "outside", "within", "throughout");

  /** Speech verbs whose object is the addressee ("told Congress the company would exit"): the
   *  one spoken to does not act. */
  private static final Set<String> ADDRESSED = Set.of(
      "told", "tell", "tells", "telling", "informed", "informs", "assured", "assures", "briefed",
      "briefs", "warned", "warns", "reminded", "testified");

  /** Actors that can be a verb's subject: not the object of a preposition ("fines in the UK,
   *  Italy and France"), nor the rest of a list that started as one. */
  private static List<Actor> subjects(FieldText f, List<Actor> actors) {
    Tokens t = f.tokens();
    List<Actor> out = new ArrayList<>(actors.size());
    Actor previous = null;
    boolean previousWasObject = false;
    for (Actor a : actors) {
      boolean object = false;
      int prev = a.tokStart() - 1;
      if (prev >= 0) {
        String w = t.lower(prev);
        if (w.equals("the") && prev > 0) {
          w = t.lower(prev - 1);
        }
        object = PREPOSITIONS.contains(w) || ADDRESSED.contains(w)
            || (previousWasObject && previous != null && previous.tokEnd() >= prev - 1
                && (w.equals(",") || w.equals("and") || w.equals("or")));
      }
      if (!object) {
        out.add(a);
      }
      previous = a;
      previousWasObject = object;
    }
    return out;
  }

  /** The actors a sentence is about: subjects, not objects of a preposition, of a speech verb or
   *  of a verb in -ing ("using Clearview AI", "selling Rekognition"). */
  List<Actor> aboutParties(FieldText f, List<Actor> actors) {
    Tokens t = f.tokens();
    List<Actor> out = new ArrayList<>();
    for (Actor a : subjects(f, actors)) {
      int prev = a.tokStart() - 1;
      if (prev >= 0 && t.isWord(prev) && t.lower(prev).endsWith("ing")) {
        continue;
      }
      out.add(a);
    }
    return out;
  }

  private Actor governmentActor(FieldText f, Sentence s, List<Actor> actors, Mention trig,
      ArticleContext ctx) {
    if (passive(f, s, trig)) {
      // "approved by European Parliament": the agent after "by" acts.
      Tokens t = f.tokens();
      for (Actor a : actors) {
        if (a.tokStart() > trig.tokEnd() - 1 && a.tokStart() - 1 >= 0
            && t.text(a.tokStart() - 1).equalsIgnoreCase("by")
            && a.tokStart() - trig.tokEnd() <= 2) {
          return a;
        }
      }
    }
    Actor best = null;
    int bestDist = Integer.MAX_VALUE;
    for (Actor a : actors) {
      if (!(a.type().isGovernment() || a.type() == ActorType.ADVOCATE || a.type() == ActorType.REGULATOR
          || a.type() == ActorType.AGENCY)) {
        continue;
      }
      int d = a.tokEnd() <= trig.tokStart()
          ? trig.tokStart() - a.tokEnd()
          : (a.tokStart() - trig.tokEnd()) + 2; // after the verb only as the agent or object
      // A body beats a bare place at the same distance ("Boston City Council", not "Boston").
      if (d < bestDist || (d == bestDist && best != null && !isBody(best) && isBody(a))) {
        best = a;
        bestDist = d;
      }
    }
    if (best != null) {
      return best;
    }
    if (ctx.recentActor != null && ctx.recentActor.type().isGovernment()) {
      return ctx.recentActor;
    }
    return null;
  }

  private static boolean isBody(Actor a) {
    return switch (a.type()) {
      case MUNICIPAL, CHAMBER, LEGISLATURE, EXECUTIVE -> true;
      default -> false;
    };
  }

  static Actor nearestBefore(List<Actor> actors, int tok, boolean actorsOnly) {
    Actor best = null;
    for (Actor a : actors) {
      if (a.tokEnd() <= tok && (best == null || a.tokEnd() > best.tokEnd())) {
        best = a;
      }
    }
    return best;
  }

  private static boolean passive(FieldText f, Sentence s, Mention trig) {
    Tokens t = f.tokens();
    String w = t.lower(trig.tokStart());
    if (!(w.endsWith("ed") || w.endsWith("en") || w.equals("struck") || w.equals("shut"))) {
      return false;
    }
    int first = t.indexAtOrAfter(s.start());
    for (int i = trig.tokStart() - 1; i >= Math.max(first, trig.tokStart() - 3); i--) {
      if (BE_FORMS.contains(t.lower(i))) {
        return true;
      }
    }
    if (trig.tokEnd() < t.size() && t.text(trig.tokEnd()).equalsIgnoreCase("from")) {
      return true; // "Rite Aid banned from using"
    }
    if (f.field() == org.regwatch.events.Evidence.Field.TITLE && trig.tokEnd() < t.size()
        && t.text(trig.tokEnd()).equalsIgnoreCase("to") && w.endsWith("ed")) {
      return true; // headline passive: "Clearview AI ordered to delete data"
    }
    // Headline style: "Bill Introduced", "Ban Approved".
    return trig.tokEnd() >= t.indexAtOrAfter(s.end()) || !t.isWord(trig.tokEnd());
  }

  /** One development per family per sentence: news beats blocked; a process verb beats a ban verb;
   *  then the later legislative stage, then strength, then reading order. */
  private static List<Candidate> resolveFamilies(List<Candidate> all) {
    Map<Candidate.Family, Candidate> best = new EnumMap<>(Candidate.Family.class);
    int startedHere = Integer.MAX_VALUE;
    for (Candidate c : all) {
      if (c.isNews() && !c.weak() && c.kind() == DevelopmentKind.MORATORIUM && c.status() == DevelopmentStatus.ANNOUNCED
          && !PauseContinuity.namesAPause(c.field().tokens(), c.trigger())) {
        startedHere = Math.min(startedHere, c.trigger().start());
      }
    }
    for (Candidate c : all) {
      if (c.kind() == DevelopmentKind.MORATORIUM && c.status() == DevelopmentStatus.EXTENDED
          && c.trigger().start() > startedHere
          // "turns the restraining order on … into a preliminary injunction": the order named
          // first is the halt the injunction keeps in force, not one that starts here (round 17)
          && !"moratorium-order-made-lasting".equals(c.trigger().ref().name())) {
        // "suspended its pilot on Monday and said the cameras would stay off until …": what is
        // kept is the pause this sentence starts
        continue;
      }
      if (!objectOfNegatedStep(c, all)) {
        best.merge(c.family(), c, SentenceAnalyzer::better);
      }
    }
    Candidate policy = best.get(Candidate.Family.POLICY);
    Candidate pausing = best.get(Candidate.Family.MORATORIUM);
    if (policy != null && pausing != null && pausing.isNews()
        && pausing.status() == DevelopmentStatus.ANNOUNCED
        && OffForATime.pauseTheOrderSays(policy.field().tokens(), policy.trigger(), pausing.trigger())) {
      // "issued a directive on Wednesday suspending use … pending a review": what the directive
      // says is the pause; a pause pending a policy stays a moratorium (round 17)
      best.remove(Candidate.Family.POLICY);
      policy = null;
    }
    if (policy != null && policy.isNews()) {
      // "Police force adopts policy on facial recognition", "scraps its guidelines": the body's
      // own rules of use; the same verb read as a measure enacted or failed, or as leaving the
      // technology, gives way (round 16)
      for (Candidate.Family other : List.of(Candidate.Family.LEGISLATION, Candidate.Family.EXIT)) {
        Candidate c = best.get(other);
        if (c != null && Math.abs(c.trigger().tokStart() - policy.trigger().tokStart()) <= 4) {
          best.remove(other);
        }
      }
    }
    Candidate legislation = best.get(Candidate.Family.LEGISLATION);
    Candidate moratorium = best.get(Candidate.Family.MORATORIUM);
    if (legislation != null && moratorium != null && legislation.isNews() && moratorium.isNews()
        && moratorium.actor() != null && moratorium.actor().type().isGovernment()
        && legislation.status() != DevelopmentStatus.ENACTED) {
      // A bill that would pause use starts no moratorium until it is law.
      best.remove(Candidate.Family.MORATORIUM);
    }
    Candidate enforcement = best.get(Candidate.Family.of(DevelopmentKind.ENFORCEMENT));
    if (enforcement != null && moratorium != null && moratorium.isNews()
        && (moratorium.status() == DevelopmentStatus.EXTENDED || moratorium.status() == DevelopmentStatus.ENDED)
        && PauseContinuity.PAUSE_NOUNS.contains(enforcement.field().tokens().lower(enforcement.trigger().tokStart()))) {
      // "The watchdog's freeze … expired and was not renewed": the freeze named as a noun is the
      // pause that ends, not an order against someone
      best.remove(Candidate.Family.of(DevelopmentKind.ENFORCEMENT));
    }
    if (enforcement != null && moratorium != null && moratorium.isNews()
        && moratorium.status() == DevelopmentStatus.ANNOUNCED && OrderedPause.orderedToPause(enforcement, moratorium)) {
      // "ordered the project to stop scanning irises until agencies finish their checks": a stop
      // ordered for a time is the pause itself, not a sanction (heldout-15/16 rules)
      best.remove(Candidate.Family.of(DevelopmentKind.ENFORCEMENT));
    }
    if (legislation != null && moratorium != null && legislation.isNews() && moratorium.isNews()
        && (moratorium.status() == DevelopmentStatus.EXTENDED || moratorium.status() == DevelopmentStatus.ENDED)
        && legislation.status() == DevelopmentStatus.ENACTED
        && !PauseReplaced.byMeasure(legislation)
        && !PauseContinuity.namesALaw(legislation.field().tokens(),
            legislation.field().tokens().indexAtOrAfter(legislation.sentence().start()),
            legislation.field().tokens().indexAtOrAfter(legislation.sentence().end()))) {
      // "voted to keep its moratorium in force", "voted to lift its pause": the vote carries the
      // pause's continuity or end; no law is named, so none was enacted. Rules put in the pause's
      // place ("replaces the moratorium with binding rules") are the measure adopted.
      best.remove(Candidate.Family.LEGISLATION);
    }
    List<Candidate> out = new ArrayList<>(best.values());
    out.sort(Comparator.comparingInt(c -> c.trigger().start()));
    return out;
  }

  /**
   * The checks of the continuity triggers (PauseContinuity), in one place: what is kept must be
   * held between the keeping verb and the state; use that starts needs the pause presupposed; "in
   * place" is no verb; a pause in force is no law in force.
   */
  private boolean continuityHolds(Tokens t, Sentence s, List<Mention> ms, Mention trig, String id) {
    int first = t.indexAtOrAfter(s.start());
    int last = t.indexAtOrAfter(s.end());
    return switch (id) {
      case "moratorium-kept-held" -> PauseContinuity.keptInAState(t, ms, techSpans(ms), trig)
          && !coordinatedWithAStart(t, ms, trig)
          && (PauseContinuity.pausedState(t, trig) || PauseKept.waitsForADecision(t, last, trig)
              || PauseContinuity.keptLonger(t, last, trig));
      case "moratorium-live-after-pause" -> (!t.lower(trig.tokStart()).equals("on")
          || PauseContinuity.switchVerbBefore(t, first, trig, techSpans(ms)) >= 0)
          && PauseContinuity.startsAfterAPause(t, last, trig);
      case "moratorium-noun-action" -> !PauseContinuity.inPlacePhrase(t, trig);
      // "kept its gates switched off overnight after a power cut": kept off is read as kept-held
      case "moratorium-verb" -> !(PauseContinuity.keptInAState(t, ms, techSpans(ms), trig)
          && !PauseContinuity.pausedState(t, trig) && !PauseKept.waitsForADecision(t, last, trig)
          && !PauseContinuity.keptLonger(t, last, trig));
      case "legislation-replaces-pause" -> PauseReplaced.replacesThePause(t, ms, first, trig);
      case RemovedTech.TRIGGER_ID -> RemovedTech.techIsTheObject(t, techSpans(ms), trig);
      case "rules-issued" -> !ReportReleased.reportIsTheObject(t, first, trig)
          && !ReportReleased.reportBeforeItsTitle(t, first, trig);
      case "legislation-enacted" -> !PauseContinuity.pauseInForce(t, first, trig)
          && !PauseContinuity.signOff(t, trig)
          && !SignedAgreement.objectIsNoLaw(t, last, trig);
      default -> true;
    };
  }

  /**
   * "has stopped using the system it installed last year and will keep it switched off until …":
   * a verb of keeping coordinated ("and will keep") with a pause verb earlier in the sentence keeps
   * the pause that sentence starts, whatever dates the object.
   */
  private boolean coordinatedWithAStart(Tokens t, List<Mention> ms, Mention state) {
    int keep = -1;
    for (Mention m : ms) {
      if (m.isLexicon("keep_verb") && m.tokEnd() <= state.tokStart()
          && state.tokStart() - m.tokEnd() <= PauseContinuity.KEEP_REACH) {
        keep = Math.max(keep, m.tokStart());
      }
    }
    int i = keep - 1;
    while (i >= 0 && (t.lower(i).equals("will") || t.lower(i).equals("would") || t.lower(i).equals("to"))) {
      i--;
    }
    if (keep < 0 || i < 0 || !t.lower(i).equals("and")) {
      return false;
    }
    for (Mention m : ms) {
      if (m.is(Category.TRIGGER) && m.tokEnd() <= i) {
        CompiledTrigger other = pack.trigger(m.ref().index());
        if (other.kind() == DevelopmentKind.MORATORIUM && "announced".equals(other.status())
            && !other.weak() && !PauseContinuity.namesAPause(t, m)) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * A pause started before an extended or ended trigger, with the sentence's dating cues all
   * before it; or, after it, each dating cue preceded by the pause's start after the trigger ("replaces
   * the moratorium the commission put in place a year ago": the relative clause dates the pause
   * that ends, not the end).
   */
  private boolean startedEarlier(Tokens t, List<Mention> ms, Mention trig) {
    boolean started = false;
    int startAfter = Integer.MAX_VALUE;
    for (Mention m : ms) {
      if (m.is(Category.BACKGROUND) && m.tokStart() >= trig.tokEnd() && m.tokStart() < startAfter) {
        return false;
      }
      if (m.is(Category.TRIGGER) && m != trig && startsAPause(t, m)) {
        if (m.tokEnd() <= trig.tokStart()) {
          started = true;
        } else if (m.tokStart() >= trig.tokEnd() && startAfter == Integer.MAX_VALUE) {
          startAfter = m.tokEnd();
          started = true;
        }
      }
    }
    return started;
  }

  private boolean startsAPause(Tokens t, Mention m) {
    CompiledTrigger other = pack.trigger(m.ref().index());
    return other.kind() == DevelopmentKind.MORATORIUM && "announced".equals(other.status())
        && !other.weak() && !PauseContinuity.namesAPause(t, m);
  }

  /** "keeps facial recognition freeze in place": the trigger itself is a verb of continuing. */
  private boolean continuingVerb(List<Mention> ms, Tokens t, Mention trig) {
    for (Mention m : ms) {
      if (m.isLexicon("extension") && m.overlaps(trig)) {
        return true;
      }
    }
    return false;
  }

  /** First words of the round-19 refusal triggers ("refuse to approve", "withhold consent"). */
  private static final Set<String> REFUSALS = Set.of("refuse", "refuses", "refused", "refusing",
      "decline", "declines", "declined", "declining", "withhold", "withholds", "withheld",
      "withholding", "deny", "denies", "denied", "denying");

  /** "Council did not move ahead on facial recognition limits": the bare noun after a negated
   *  step of its family is what was not passed, however far the "not" stands from the noun. */
  private static boolean objectOfNegatedStep(Candidate c, List<Candidate> all) {
    if (!c.weak() || !c.isNews()) {
      return false;
    }
    for (Candidate step : all) {
      if (step.process() && step.block() == Block.NEGATED && step.family() == c.family()
          && step.trigger().tokEnd() <= c.trigger().tokStart()) {
        return true;
      }
    }
    return false;
  }

  private static Candidate better(Candidate a, Candidate b) {
    if (a.isNews() != b.isNews()) {
      return a.isNews() ? a : b;
    }
    if (a.process() != b.process()) {
      return a.process() ? a : b;
    }
    int ra = rank(a.status());
    int rb = rank(b.status());
    if (ra != rb) {
      return ra > rb ? a : b;
    }
    if (a.weak() != b.weak()) {
      return a.weak() ? b : a;
    }
    if (a.strength() != b.strength()) {
      return a.strength() > b.strength() ? a : b;
    }
    return a.trigger().start() <= b.trigger().start() ? a : b;
  }

  private static int rank(DevelopmentStatus s) {
    return switch (s) {
      case ENACTED -> 6;
      case FAILED -> 5;
      case ENDED -> 5;
      case EXTENDED -> 4;
      case ADVANCING -> 3;
      case PROPOSED -> 2;
      case ANNOUNCED -> 1;
      case DEMANDED -> 0;
    };
  }
}
