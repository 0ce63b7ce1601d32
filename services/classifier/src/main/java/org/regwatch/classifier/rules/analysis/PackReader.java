package org.regwatch.classifier.rules.analysis;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.regwatch.classifier.rules.pack.CompiledPack;
import org.regwatch.classifier.rules.pack.TermRef.Category;
import org.regwatch.classifier.rules.text.Sentence;
import org.regwatch.events.DevelopmentStatus;
import org.regwatch.events.Evidence;
import org.regwatch.events.SubjectTech;

/**
 * Reads one article with one pack. The headline is what the title reports; when the title reports
 * nothing, the first development the lead reports (news is written top-down: a development first
 * mentioned deep in the body is context, not the story). A blocked title ("won't commit to a
 * moratorium", "call for a ban") makes the whole article a non-event, whatever the body recalls.
 */
public final class PackReader {

  /** Sentences of the text, after the title, that count as the lead. */
  static final int LEAD_SENTENCES = 4;
  /** Shorter lines (bylines, "Tech", "Advertisement") are not lead sentences. */
  static final int MIN_LEAD_WORDS = 6;

  private final CompiledPack pack;
  private final SentenceAnalyzer analyzer;

  public PackReader(CompiledPack pack) {
    this.pack = pack;
    this.analyzer = new SentenceAnalyzer(pack);
  }

  public PackReading read(String title, String text, LocalDate published) {
    FieldText titleField = new FieldText(Evidence.Field.TITLE, title, pack);
    // Split after the lead around the technology's mentions only; widened below when the body's
    // parties may still set the referent.
    String normalisedTitle = squash(titleField.masked());
    FieldText textField = new FieldText(Evidence.Field.TEXT, text, pack, normalisedTitle);
    ArticleContext ctx = new ArticleContext(published, published != null
        ? published.getYear()
        : latestYearMentioned(titleField.masked(), textField.masked()));

    List<Sentence> lead = new ArrayList<>();
    List<Sentence> body = leadAndBody(textField, normalisedTitle, lead);
    int narrow = 0;
    int broad = 0;
    for (Sentence s : titleField.sentences()) {
      narrow += count(titleField, s, true);
      broad += count(titleField, s, false);
    }
    int titleNarrow = narrow;
    int titleBroad = broad;
    java.util.Set<Integer> leadTech = new java.util.HashSet<>();
    for (Sentence s : lead) {
      int n = count(textField, s, true) + count(textField, s, false);
      if (n > 0) {
        leadTech.add(s.index());
      }
      narrow += count(textField, s, true);
      broad += count(textField, s, false);
    }
    ctx.techInHeadlineZone = narrow + broad > 0;
    ctx.narrowTechInHeadlineZone = narrow > 0;
    // The subject counts the face terms again without those listed with another body measurement
    // ("face scans, fingerprints, voiceprints": biometrics — heldout-21 rules); only when the
    // head names the face that way is the sum worth making again.
    int narrowSubject = narrow;
    if (narrow > 0 && (broad > 0 || OtherModality.named(titleField, textField, lead))) {
      narrowSubject = 0;
      for (Sentence s : titleField.sentences()) {
        narrowSubject += countUnlisted(titleField, s);
      }
      for (Sentence s : lead) {
        narrowSubject += countUnlisted(textField, s);
      }
    }
    // "Scotland's code of practice on police biometrics comes into force" over a lead that lists
    // fingerprints and DNA, "Headset arrives with iris-based unlock": a title that names only the
    // broader technology, with another body measurement in title or lead, names the subject; a face
    // term below ("covers … live facial recognition", "much as Face ID does") is one case of it or
    // a comparison (heldout-22/23 rules). A face compared with a stored photo stays face matching.
    SubjectTech mentioned;
    if (titleNarrow == 0 && titleBroad > 0 && OtherModality.named(titleField, textField, lead)) {
      mentioned = pack.subjectTech(!FaceComparison.described(textField.tokens()));
    } else if (narrow == 0 && broad > 0 && OtherModality.named(titleField, textField, lead)
        && !OtherModality.faceWordIn(titleField)) {
      // Round 28: a head (title and lead) that names no face at all, only biometrics as a whole
      // ("signs law moving biometric data into a state system", "fines company over fingerprint
      // scans", "police may take iris and retina scans"): a face recognition system recalled in
      // the body is background, the measure's object is the wider field. Only with another body
      // measurement named in the head: "biometric search powers" over a lead about comparing
      // photos of suspects is face matching told in general words; and not when the title names
      // faces in plain words ("powers to search the internet for suspects' faces").
      mentioned = pack.subjectTech(!FaceComparison.described(textField.tokens()));
    } else if (narrow > 0 && narrowSubject == 0) {
      // A head that names the face only as one item of such a list is about biometrics, whatever
      // the body goes on to say about the face part.
      mentioned = pack.subjectTech(true);
    } else {
      mentioned = mentionedTech(titleField, textField, narrowSubject, broad);
    }

    // What the whole head (title and lead) tells, for readings of one of its sentences (round 21)
    ctx.headTellsATime = StoppedForGood.timeIn(titleField.tokens(), 0, titleField.tokens().size());
    ctx.headTellsAVote = OwnRulesBoard.voteIn(titleField.tokens(), 0, titleField.tokens().size());
    for (Sentence s : lead) {
      int from = textField.tokens().indexAtOrAfter(s.start());
      int to = textField.tokens().indexAtOrAfter(s.end());
      ctx.headTellsATime |= StoppedForGood.timeIn(textField.tokens(), from, to);
      ctx.headTellsAVote |= OwnRulesBoard.voteIn(textField.tokens(), from, to);
    }
    List<Candidate> titleCands = new ArrayList<>();
    List<Candidate> leadCands = new ArrayList<>();
    List<Candidate> bodyCands = new ArrayList<>();
    for (Sentence s : titleField.sentences()) {
      titleCands.addAll(readSentence(titleField, s, Zone.TITLE, ctx));
      if (ctx.headlineJurisdiction == null) {
        ctx.headlineJurisdiction = firstPlace(titleField, s);
      }
    }
    for (Sentence s : lead) {
      leadCands.addAll(readSentence(textField, s, Zone.LEAD, ctx));
      if (ctx.headlineJurisdiction == null) {
        ctx.headlineJurisdiction = firstPlace(textField, s);
      }
    }
    if (ctx.recentActor == null) {
      // A body sentence without the technology matters only for the referent its parties may
      // set, and it sets one only while there is none (readSentence): split around them too.
      // The prefix, which holds the title repeats and the lead, keeps its sentences.
      textField.widen();
      body = leadAndBody(textField, normalisedTitle, new ArrayList<>());
    }
    for (Sentence s : body) {
      bodyCands.addAll(readSentence(textField, s, Zone.BODY, ctx));
    }

    Candidate picked = pickTitle(titleCands);
    if (picked == null) {
      picked = pickLead(leadCands, titleNarrow > 0, leadTech);
    }
    // "will stop selling to private companies" over a lead's "will no longer sell" (heldout-22/23 rules)
    Candidate headline = ForGoodInLead.revise(picked, leadCands);
    if (headline != null && headline.zone() == Zone.TITLE && headline.isNews() && !headline.process()
        && (headline.status() == DevelopmentStatus.PROPOSED || headline.actor() == null)) {
      // A vague title ("EU moves closer to banning …") defers to the lead's legislative step.
      for (Candidate c : leadCands) {
        if (c.isNews() && c.process() && c.family() == headline.family()) {
          headline = c;
          break;
        }
      }
    }
    if (headline != null && headline.zone() == Zone.TITLE && headline.actor() == null && headline.isNews()) {
      // Headlines drop the subject ("Moratorium lifted"); the lead names it.
      for (Candidate c : leadCands) {
        if (c.isNews() && c.family() == headline.family() && c.actor() != null) {
          headline = headline.withActor(c.actor());
          break;
        }
      }
    }
    if (headline != null && headline.zone() == Zone.TITLE && headline.isNews()
        && headline.actor() != null) {
      // "Virginia bans …", "Greek watchdog fines …", "Jackson bans …": a headline names the place
      // or a descriptor; the lead names who acted ("Gov. Ralph Northam signed", "the Data
      // Protection Authority", "the Jackson City Council voted").
      Actor shortName = headline.actor();
      for (Candidate c : leadCands) {
        if (c.isNews() && c.family() == headline.family() && c.actor() != null
            && !generic(c.actor()) && !MEMBERS.contains(c.actor().name().toLowerCase(java.util.Locale.ROOT))
            && ((generic(shortName) && sameJurisdiction(shortName, c.actor()))
                || fullerName(shortName, c.actor()))) {
          headline = headline.withActor(c.actor());
          break;
        }
      }
    }
    if (headline != null && headline.isNews() && headline.actor() != null
        && descriptor(headline.actor())) {
      // "UK privacy watchdog fines …" / "Britain's data protection regulator on Monday fined …" /
      // "The Information Commissioner's Office said …": news names an actor by a descriptor first
      // and by its name in the next sentences, whatever verb that sentence carries.
      Actor named = namedInLead(titleField, textField, lead, headline.actor());
      if (named != null) {
        headline = headline.withActor(named);
      }
    }
    List<Candidate> others = new ArrayList<>();
    for (List<Candidate> zone : List.of(titleCands, leadCands, bodyCands)) {
      for (Candidate c : zone) {
        if (c != picked && !sameReading(c, headline)) {
          others.add(c);
        }
      }
    }
    List<Candidate> headlineZone = new ArrayList<>(titleCands);
    headlineZone.addAll(leadCands);
    boolean onlyDenied = titleNarrow == 0 && mentioned == pack.subjectTech(false)
        && Denied.onlyDenied(textField, broad, this::techOrg);
    return new PackReading(pack, headline, others, mentioned, headlineZone, onlyDenied);
  }

  /** Fills {@code lead} with the text's lead sentences and returns the body's: the sentences
   *  after the first lead sentence that are not in the lead. */
  private static List<Sentence> leadAndBody(FieldText textField, String normalisedTitle, List<Sentence> lead) {
    List<Sentence> body = new ArrayList<>();
    for (Sentence s : textField.sentences()) {
      if (repeatsTitle(textField, s, normalisedTitle)) {
        continue;
      }
      if (lead.size() < LEAD_SENTENCES && textField.wordCount(s) >= MIN_LEAD_WORDS && !furniture(textField, s)) {
        lead.add(s);
      } else if (!lead.isEmpty()) {
        body.add(s);
      }
    }
    return body;
  }

  /** A byline, "Subscribe to …", "Advertisement": a scraped page's furniture is no lead sentence. */
  static boolean furniture(FieldText textField, Sentence s) {
    String sentence = textField.original().substring(s.start(), s.end());
    return NoiseLines.isNoise(sentence) || NoiseLines.isBylineOrTimestamp(sentence);
  }

  /** Feeds often repeat the title as the text's first line(s); only the first few can. */
  static boolean repeatsTitle(FieldText textField, Sentence s, String normalisedTitle) {
    return !normalisedTitle.isEmpty() && s.index() < 3
        && squashedEquals(textField.masked(), s.start(), s.end(), normalisedTitle);
  }

  /**
   * {@code squash(text.substring(from, to)).equals(squashed)} without the substring and the
   * squashed copy: asked of the first sentences of every article (twice: FieldText's lead count
   * and the lead), where the copies were ~1 % of the engine's CPU (JFR, ninth pass); most differ
   * from the title at their first letters.
   */
  private static boolean squashedEquals(String text, int from, int to, String squashed) {
    int k = 0;
    int n = squashed.length();
    for (int i = from; i < to; i++) {
      char c = text.charAt(i);
      if (Character.isLetterOrDigit(c)) {
        if (k == n || Character.toLowerCase(c) != squashed.charAt(k)) {
          return false;
        }
        k++;
      }
    }
    return k == n;
  }

  /** A bare place ("Virginia") or a descriptor ending in a common noun ("UK regulator"). */
  private static boolean generic(Actor a) {
    if (a.type() == ActorType.STATE || a.type() == ActorType.COUNTRY
        || a.type() == ActorType.SUPRANATIONAL) {
      return true;
    }
    String n = a.name().trim();
    int sp = n.lastIndexOf(' ');
    String last = sp < 0 ? n : n.substring(sp + 1);
    return !last.isEmpty() && Character.isLowerCase(last.charAt(0));
  }

  /** Lead sentences in which a descriptor's name may be given. */
  static final int NAMING_SENTENCES = 2;

  /** A descriptor: a body named by a common noun ("UK privacy watchdog", "Toronto police"), not a
   *  place (a place stands for its government, handled by the lead's step of the same family). */
  private static boolean descriptor(Actor a) {
    return generic(a) && a.type() != ActorType.STATE && a.type() != ActorType.COUNTRY
        && a.type() != ActorType.SUPRANATIONAL && a.type() != ActorType.COMPANY;
  }

  /**
   * The proper name the title or the first lead sentences give the descriptor's actor: an actor
   * in subject position of the same type, with a name (last word capitalised), and of the same
   * jurisdiction — or, when the descriptor has no known jurisdiction, carrying its capitalised
   * qualifier ("Toronto police" → "Toronto Police Service").
   */
  private Actor namedInLead(FieldText title, FieldText text, List<Sentence> lead, Actor descriptor) {
    List<Actor> candidates = new ArrayList<>();
    for (Sentence s : title.sentences()) {
      candidates.addAll(analyzer.aboutParties(title, analyzer.actors(title, s)));
    }
    for (int i = 0; i < Math.min(NAMING_SENTENCES, lead.size()); i++) {
      candidates.addAll(analyzer.aboutParties(text, analyzer.actors(text, lead.get(i))));
    }
    String qualifier = capitalisedQualifier(descriptor.name());
    for (Actor a : candidates) {
      if (a.type() != descriptor.type() || generic(a) || a.name().equals(descriptor.name())
          || MEMBERS.contains(a.name().toLowerCase(java.util.Locale.ROOT))) {
        // "Councilors Pious Ali and …": members' title before their names, not the body's name.
        continue;
      }
      boolean sameJurisdiction = descriptor.jurisdiction() != null
          && descriptor.jurisdiction().equals(a.jurisdiction());
      boolean qualified = descriptor.jurisdiction() == null && qualifier != null
          && a.name().startsWith(qualifier + " ");
      if (sameJurisdiction || qualified) {
        return a;
      }
    }
    return null;
  }

  /** Plural members of a body, capitalised as a title before names (heldout-13 rules). */
  private static final java.util.Set<String> MEMBERS = java.util.Set.of("councilors", "councillors",
      "supervisors", "aldermen", "commissioners", "councilmembers", "selectmen");

  /** "Toronto" of "Toronto police"; null when the descriptor has no capitalised first word. */
  private static String capitalisedQualifier(String name) {
    int sp = name.indexOf(' ');
    String first = sp < 0 ? name : name.substring(0, sp);
    return sp > 0 && !first.isEmpty() && Character.isUpperCase(first.charAt(0)) ? first : null;
  }

  /** "Jackson" → "Jackson City Council": the lead names the same actor more fully. */
  private static boolean fullerName(Actor shortName, Actor full) {
    return full.name().length() > shortName.name().length()
        && full.name().startsWith(shortName.name() + " ");
  }

  /** The lead's actor may stand for the headline's: same jurisdiction, or it names none. */
  private static boolean sameJurisdiction(Actor generic, Actor specific) {
    return generic.jurisdiction() == null || specific.jurisdiction() == null
        || generic.jurisdiction().equals(specific.jurisdiction());
  }

  private static boolean sameReading(Candidate a, Candidate b) {
    return b != null && a.field() == b.field() && a.trigger().equals(b.trigger());
  }

  private List<Candidate> readSentence(FieldText f, Sentence s, Zone zone, ArticleContext ctx) {
    List<Mention> ms = f.mentions(s);
    boolean anyActor = false;
    boolean anyTrigger = false;
    for (Mention m : ms) {
      switch (m.category()) {
        case ORGANISATION, PRODUCT, PLACE, BODY -> anyActor = true;
        case TRIGGER -> anyTrigger = true;
        default -> { }
      }
    }
    // What a sentence's parties are needed for: the triggers' reading, when the sentence can
    // report (a body sentence without the technology cannot), and the referent below, which a
    // body sentence only sets while there is none (ActorFinder was ~5 % of the engine, mostly on
    // body sentences that needed neither).
    boolean reads = anyTrigger && analyzer.mayReport(ms, zone, ctx);
    boolean setsReferent = zone != Zone.BODY || ctx.recentActor == null;
    List<Actor> actors = anyActor && (reads || setsReferent) ? analyzer.actors(f, s) : List.of();
    List<Candidate> found = reads ? analyzer.analyze(f, s, zone, ctx, actors) : List.of();
    // The party this sentence is about stays the referent of "the company" in the next ones.
    for (Candidate c : found) {
      if (c.isNews() && c.actor() != null) {
        ctx.recentActor = c.actor();
      }
    }
    if (setsReferent && (found.isEmpty() || found.stream().noneMatch(Candidate::isNews))) {
      // Only a party in subject position is what the sentence is about: "told its officers to stop
      // using Clearview AI" is about the police, not the vendor they used.
      for (Actor a : analyzer.aboutParties(f, actors)) {
        if (a.type() == ActorType.COMPANY || a.type() == ActorType.AGENCY
            || (a.type().isGovernment() && ctx.recentActor == null)) {
          if (zone != Zone.BODY || ctx.recentActor == null) {
            ctx.recentActor = a;
          }
          break;
        }
      }
    }
    return found;
  }

  /** The title's news if it has any; otherwise its blocked reading (a non-event headline). */
  private static Candidate pickTitle(List<Candidate> cands) {
    Candidate blocked = null;
    for (Candidate c : cands) {
      if (c.isNews()) {
        return c;
      }
      if (blocked == null) {
        blocked = c;
      }
    }
    return blocked;
  }

  private static Candidate pickLead(List<Candidate> cands, boolean titleNamesTech,
      java.util.Set<Integer> techSentences) {
    Candidate blocked = null;
    for (Candidate c : cands) {
      // A lead sentence that reports the news names the technology, or the title does.
      if (c.broaderTech() == null && !titleNamesTech && !techSentences.contains(c.sentence().index() - 1)) {
        continue;
      }
      if (c.isNews()) {
        return c;
      }
      if (blocked == null && c.block() != Block.BACKGROUND) {
        blocked = c;
      }
    }
    return blocked;
  }

  private int count(FieldText f, Sentence s, boolean narrow) {
    int n = 0;
    for (Mention m : f.mentions(s)) {
      if (narrow && (m.is(Category.TECH) || m.is(Category.PRODUCT) || techOrg(m))) {
        n++;
      } else if (!narrow && m.is(Category.TECH_BROAD)) {
        n++;
      }
    }
    return n;
  }

  /** The broader terms that name the whole field, not another body measurement. */
  private static final java.util.Set<String> GENERIC_BROAD = java.util.Set.of("biometric",
      "biometrics", "biometric surveillance", "biometric technology", "biometric data");
  private static final java.util.Set<String> LIST_GLUE = java.util.Set.of(",", "and", "or", "&");

  /**
   * The sentence's face terms, less those listed with another body measurement: "face scans,
   * fingerprints, voiceprints or retina scans", "facial recognition technology and fingerprint
   * scanning" name biometrics as a whole, the face being one item of the list (heldout-21
   * rules). Listed: a broader term that is a modality (iris, fingerprint, palm, voice — not
   * "biometric data"), at most four words away, with a comma, "and" or "or" between.
   */
  private int countUnlisted(FieldText f, Sentence s) {
    List<Mention> ms = f.mentions(s);
    int n = 0;
    List<Integer> genericEnds = new ArrayList<>();
    for (Mention o : ms) {
      if (o.is(Category.TECH_BROAD)
          && GENERIC_BROAD.contains(f.original().substring(o.start(), o.end()).toLowerCase(java.util.Locale.ROOT))) {
        genericEnds.add(o.tokEnd());
      }
    }
    for (Mention m : ms) {
      if (!(m.is(Category.TECH) || m.is(Category.PRODUCT) || techOrg(m))) {
        continue;
      }
      boolean listed = false;
      for (Mention o : ms) {
        if (!o.is(Category.TECH_BROAD)
            || GENERIC_BROAD.contains(f.original().substring(o.start(), o.end()).toLowerCase(java.util.Locale.ROOT))) {
          continue;
        }
        int from = o.tokStart() >= m.tokEnd() ? m.tokEnd() : o.tokEnd();
        int to = o.tokStart() >= m.tokEnd() ? o.tokStart() : m.tokStart();
        if (to < from || to - from > 4) {
          continue;
        }
        for (int i = from; i < to && !listed; i++) {
          listed = LIST_GLUE.contains(f.tokens().lower(i));
        }
        if (listed) {
          break;
        }
      }
      if (!listed) {
        // round 28: "face scans and fingerprints", "biometric identifiers such as face scans"
        listed = ListedFace.besideModality(f.tokens(), m.tokStart(), m.tokEnd())
            || ListedFace.exampleOfClass(f.tokens(), m.tokStart(), genericEnds);
      }
      if (!listed) {
        n++;
      }
    }
    return n;
  }

  private boolean techOrg(Mention m) {
    return m.is(Category.ORGANISATION)
        && Boolean.TRUE.equals(pack.definition().organisations().get(m.ref().index()).tech());
  }

  private SubjectTech mentionedTech(FieldText title, FieldText text, int narrowHead, int broadHead) {
    if (narrowHead > 0) {
      return pack.subjectTech(false);
    }
    int narrow = 0;
    int broad = broadHead;
    for (Sentence s : text.sentences()) {
      int b = count(text, s, false);
      narrow += b > 0 ? countUnlisted(text, s) : count(text, s, true);
      broad += b;
    }
    if (narrow > 0) {
      return pack.subjectTech(false);
    }
    if (broad > 0) {
      // "biometric passports … comparing a live image of their face with the photograph": the
      // broader word names the document, the comparison described is face matching.
      return pack.subjectTech(!FaceComparison.described(text.tokens()));
    }
    return SubjectTech.NONE;
  }

  private String firstPlace(FieldText f, Sentence s) {
    for (Mention m : f.mentions(s)) {
      if (m.is(Category.PLACE)) {
        return pack.definition().places().get(m.ref().index()).name();
      }
      if (m.is(Category.ORGANISATION)) {
        String j = pack.definition().organisations().get(m.ref().index()).jurisdiction();
        if (j != null) {
          return j;
        }
      }
    }
    return null;
  }

  /** Without a publication date, the latest year the article names stands in for "now" when
   *  deciding that "in 2019" is background. */
  static int latestYearMentioned(String... texts) {
    int latest = 0;
    int now = java.time.Year.now().getValue() + 1;
    for (String t : texts) {
      for (int i = 0; i + 4 <= t.length(); i++) {
        if ((i == 0 || !Character.isLetterOrDigit(t.charAt(i - 1)))
            && (i + 4 == t.length() || !Character.isLetterOrDigit(t.charAt(i + 4)))
            && Character.isDigit(t.charAt(i)) && Character.isDigit(t.charAt(i + 1))
            && Character.isDigit(t.charAt(i + 2)) && Character.isDigit(t.charAt(i + 3))) {
          int y = Integer.parseInt(t, i, i + 4, 10);
          if (y >= 1990 && y <= now && y > latest) {
            latest = y;
          }
        }
      }
    }
    return latest;
  }

  private static String squash(String s) {
    StringBuilder b = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.isLetterOrDigit(c)) {
        b.append(Character.toLowerCase(c));
      }
    }
    return b.toString();
  }
}
