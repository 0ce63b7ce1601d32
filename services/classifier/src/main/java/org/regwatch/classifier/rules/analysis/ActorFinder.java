package org.regwatch.classifier.rules.analysis;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.regwatch.classifier.rules.pack.CompiledPack;
import org.regwatch.classifier.rules.pack.RulePackDefinition;
import org.regwatch.classifier.rules.pack.TermRef.Category;
import org.regwatch.classifier.rules.text.Sentence;
import org.regwatch.classifier.rules.text.Spaces;
import org.regwatch.classifier.rules.text.Tokens;

/**
 * Finds the actors named in a sentence from the pack's gazetteers, and joins a place with the body
 * that follows it ("Boston" + "City Council", "California" + "state legislature") or a title with
 * the name that follows it ("Governor" + "Jay Inslee"). A body whose place is not in the gazetteer
 * still gets its capitalised words ("Ypsilanti City Council").
 */
final class ActorFinder {

  /** Single words that only name a body when capitalised ("the House", not "in-house"). */
  private static final Set<String> NEEDS_CAPITAL = Set.of(
      "house", "senate", "assembly", "state", "department", "commission", "cabinet", "court",
      "authority", "parliament", "authorities");

  /** Titles followed by a person's name. */
  private static final Set<String> PERSON_TITLES = Set.of(
      "governor", "gov.", "gov", "mayor", "president", "minister", "attorney general", "senator",
      "sen.", "sen", "rep.", "rep", "representative", "congressman", "congresswoman", "assemblymember",
      "assemblyman", "assemblywoman", "councilwoman", "councilman", "councilmember", "councilor",
      "supervisor", "alderman", "alderwoman", "state senator", "state representative", "delegate");

  /** Bodies named after the force they oversee or run ("Police Board", "Police Commission"). */
  private static final Set<String> FORCE_GOVERNING_BODIES = Set.of("board", "commission",
      "committee", "authority", "bureau");

  private static final Set<String> LEFT_STOP = Set.of(
      "the", "a", "an", "this", "that", "its", "their", "his", "her", "our", "and", "of", "in", "on",
      "by", "for", "to", "with", "as", "at", "from", "but", "while", "when", "after", "before",
      "under", "new", "more", "other", "both", "all", "some", "many", "most");

  private final CompiledPack pack;

  ActorFinder(CompiledPack pack) {
    this.pack = pack;
  }

  List<Actor> find(FieldText f, Sentence s) {
    Tokens tokens = f.tokens();
    List<Mention> raw = new ArrayList<>();
    List<Mention> scopes = new ArrayList<>();
    for (Mention m : f.mentions(s)) {
      if (m.is(Category.SCOPE)) {
        scopes.add(m);
      }
    }
    for (Mention m : f.mentions(s)) {
      // A force word ("police") is also a scope word of the same span: it is a scope unless named.
      boolean force = m.is(Category.BODY) && "agency".equals(m.ref().name());
      if (m.is(Category.BODY)
          && scopes.stream().anyMatch(sc -> sc.contains(m)
              || (force && sc.start() == m.start() && sc.end() == m.end()))
          && !namedForce(f, s, m)) {
        continue; // "government use", "sales to police": a scope, not the government acting
      }
      switch (m.category()) {
        case ORGANISATION, PRODUCT, PLACE -> raw.add(m);
        case BODY -> {
          if (m.tokEnd() - m.tokStart() == 1
              && NEEDS_CAPITAL.contains(f.masked().substring(m.start(), m.end()).toLowerCase(Locale.ROOT))
              && !Character.isUpperCase(f.masked().charAt(m.start()))) {
            continue;
          }
          if (OfficeTitle.officeReferredTo(f, s, m)) {
            continue; // "would have scrapped the surveillance camera commissioner": the office, not its act
          }
          raw.add(m);
        }
        default -> { }
      }
    }
    // The longest phrase wins ("Italian regulator" over "Italian"; "state legislature" over "state").
    List<Mention> kept = new ArrayList<>();
    for (Mention m : raw) {
      boolean inner = false;
      for (Mention o : raw) {
        if (o != m && (o.contains(m) || (o.overlaps(m) && longerOrEarlierOrg(o, m)))) {
          inner = true;
          break;
        }
      }
      if (!inner) {
        kept.add(m);
      }
    }
    kept.sort(Comparator.comparingInt(Mention::tokStart));
    List<Actor> actors = new ArrayList<>();
    for (int i = 0; i < kept.size(); i++) {
      Mention m = kept.get(i);
      Mention next = i + 1 < kept.size() ? kept.get(i + 1) : null;
      if (classNoun(tokens, s, m)) {
        // "becomes the second U.S. city to ban": a class the subject joins, not an actor.
        if (m.is(Category.PLACE) && next != null && next.is(Category.BODY)
            && next.tokStart() - m.tokEnd() <= 1) {
          i++;
        }
        continue;
      }
      if (m.is(Category.PLACE) && RankPlace.rankedIn(tokens, tokens.indexAtOrAfter(s.start()), m.tokStart())) {
        continue; // "the latest city in Ohio to ban it": where the subject ranks (heldout-24)
      }
      if (m.is(Category.PLACE) && next != null && next.is(Category.BODY)
          && next.tokStart() - m.tokEnd() <= 1 && classNoun(tokens, s, next)) {
        continue; // the place only qualifies the class noun: "first U.S. county"
      }
      // Joined only when adjacent or one WORD apart ("California state legislature"), never
      // across punctuation ("ALBANY, N.Y. — Governor ...").
      if (m.is(Category.PLACE) && next != null && next.is(Category.BODY)
          && next.tokStart() >= m.tokEnd()
          && (next.tokStart() == m.tokEnd()
              || (next.tokStart() == m.tokEnd() + 1 && f.tokens().isWord(m.tokEnd())))) {
        RulePackDefinition.Place place = pack.definition().places().get(m.ref().index());
        int end = extendPersonName(f, s, next);
        int start = m.tokStart();
        if ("agency".equals(next.ref().name())) {
          start = capitalisedStart(f, s, start); // "South Wales Police": the force's whole name
        }
        actors.add(new Actor(surface(f, start, end), ActorType.ofBody(next.ref().name()),
            place.name(), null, start, end));
        i++;
        continue;
      }
      if (m.is(Category.PLACE) && PlaceAdjective.opensOtherName(f, s, m)) {
        continue; // "Canadian Tire stores", "Russian start-up": not the place acting
      }
      actors.add(single(f, s, m));
    }
    actors.removeIf(a -> inDateline(tokens, s, a) || placeAsDescriptor(tokens, s, a));
    return actors;
  }

  /** Nouns for what kind of company something is ("a Massachusetts company"). */
  static final Set<String> COMPANY_NOUNS = Set.of(
      "company", "firm", "maker", "startup", "start-up", "vendor", "manufacturer", "supplier",
      "developer", "provider", "retailer", "chain", "operator", "group", "business", "outfit");

  /**
   * "CARSON CITY, Nev. —", "NEW YORK (Wire) -": a dateline in capitals at the start of a line says
   * where the reporter filed from; the place there acts in nothing.
   */
  private static boolean inDateline(Tokens t, Sentence s, Actor a) {
    int first = t.indexAtOrAfter(s.start());
    if (a.tokStart() < first) {
      return false;
    }
    int i = first;
    while (i < t.size() && t.isWord(i) && upperCaseWord(t.text(i))) {
      i++;
    }
    if (i == first || i >= t.size() || t.isWord(i)) {
      return false;
    }
    char c = t.first(i);
    if (a.tokEnd() > i) {
      // "LOCKPORT, N.Y. —": the state after the comma belongs to the dateline up to its dash
      return c == ',' && a.tokStart() > i && datelineDashAt(t, a.tokEnd());
    }
    return c == ',' || c == '\u2014' || c == '\u2013' || c == '-' || c == '(';
  }

  /** A dash (or the opening bracket of "(Wire)") right after the place, ending the dateline. */
  private static boolean datelineDashAt(Tokens t, int i) {
    if (i >= t.size() || t.isWord(i)) {
      return false;
    }
    char c = t.first(i);
    return c == '\u2014' || c == '\u2013' || c == '-' || c == '(';
  }

  private static boolean upperCaseWord(String w) {
    int letters = 0;
    for (int k = 0; k < w.length(); k++) {
      char c = w.charAt(k);
      if (Character.isLowerCase(c)) {
        return false;
      }
      if (Character.isLetter(c)) {
        letters++;
      }
    }
    return letters >= 2;
  }

  /** "Corvid Analytics, a Massachusetts company that …": a place that only says where a company is
   *  from describes it; it is not the one acting. */
  private static boolean placeAsDescriptor(Tokens t, Sentence s, Actor a) {
    if (a.type() == ActorType.COMPANY || a.tokEnd() >= t.size()) {
      return false;
    }
    if (PARTY_MEMBER.contains(t.lower(a.tokEnd()))) {
      // "Sen. Jane Roe, a Fairfax County Democrat": the place is a sponsor's home, not the actor.
      return true;
    }
    if (a.type() != ActorType.AGENCY && PERSON_NOUNS.contains(t.lower(a.tokEnd()))) {
      // "Texas man sues retailers", "a Detroit woman": the place is a person's home; a private
      // person's suit is no act of the state (heldout-13 rules).
      return true;
    }
    int prev = a.tokStart() - 1;
    return prev >= t.indexAtOrAfter(s.start())
        && (t.text(prev).equalsIgnoreCase("a") || t.text(prev).equalsIgnoreCase("an"))
        && COMPANY_NOUNS.contains(t.lower(a.tokEnd()));
  }

  /** Private people named by where they live ("Texas man", "Ohio residents"). */
  private static final Set<String> PERSON_NOUNS = Set.of("man", "men", "woman", "women", "resident",
      "residents", "father", "mother", "teen", "teenager", "boy", "girl", "student", "students",
      "shopper", "shoppers", "grandmother", "grandfather", "couple", "family", "mom", "dad",
      "native", "renter", "renters", "tenant", "tenants", "driver", "drivers", "voter", "voters");

  /** One party member (singular: "Texas Republicans" may be a caucus that acts). */
  private static final Set<String> PARTY_MEMBER = Set.of("democrat", "republican", "independent");

  /**
   * "Toronto police halt use of …", "the Seattle Police Department said": a force word that is
   * usually a scope ("police use") names an actor when a place or a capitalised name qualifies it
   * (the police OF somewhere). A lowercase head after a capitalised word is sentence case, so the
   * capital marks a name; in Title Case ("Why Police Use …") only a known place qualifies.
   */
  private boolean namedForce(FieldText f, Sentence s, Mention body) {
    Tokens t = f.tokens();
    int prev = body.tokStart() - 1;
    if (prev < t.indexAtOrAfter(s.start()) || !t.isWord(prev)) {
      return false;
    }
    Mention covering = null;
    for (Mention o : f.mentions(s)) {
      if (o != body && o.tokStart() <= prev && o.tokEnd() > prev
          && (o.is(Category.PLACE) || o.is(Category.ORGANISATION) || o.is(Category.PRODUCT)
              || o.is(Category.TRIGGER))) {
        covering = o;
        break;
      }
    }
    boolean capitalBody = Character.isUpperCase(f.masked().charAt(body.start()));
    // In running text a capitalised "Police" after a name is part of the force's name ("South
    // Wales Police", "the Metropolitan Police"); in Title Case every word is capitalised.
    boolean properName = capitalBody && !titleCase(t, s);
    if (covering != null) {
      // A city's police is one force; "California police", "US police" are forces in general.
      return covering.is(Category.PLACE) && covering.tokEnd() == body.tokStart()
          && ("city".equals(pack.definition().places().get(covering.ref().index()).level())
              || properName);
    }
    return t.isCapitalised(prev) && (!capitalBody || properName)
        && !LEFT_STOP.contains(t.lower(prev));
  }

  /** Most words capitalised: a headline in Title Case, where capitals mark no names. */
  static boolean titleCase(Tokens t, Sentence s) {
    int words = 0;
    int capitalised = 0;
    for (int i = t.indexAtOrAfter(s.start()); i < t.indexAtOrAfter(s.end()); i++) {
      if (t.isWord(i) && t.text(i).length() > 3) {
        words++;
        if (t.isCapitalised(i)) {
          capitalised++;
        }
      }
    }
    return words >= 3 && capitalised * 4 >= words * 3;
  }

  /** Ordinals and similar words that make the following noun a class, not a named body. */
  private static final Set<String> CLASS_MARKERS = Set.of(
      "first", "second", "third", "fourth", "fifth", "latest", "next", "only", "largest",
      "biggest", "newest", "last", "1st", "2nd", "3rd", "4th", "5th");

  /** Verbs that predicate a class of their subject: "X becomes / is / joins (the) first …". */
  private static final Set<String> PREDICATING = Set.of(
      "becomes", "became", "become", "becoming", "is", "was", "as", "joins", "joined", "join");

  /** "becomes (the) second U.S. city": the noun after an ordinal predicated of the subject. */
  private static boolean classNoun(Tokens t, Sentence s, Mention m) {
    int first = t.indexAtOrAfter(s.start());
    int prev = m.tokStart() - 1;
    if (prev < first || !CLASS_MARKERS.contains(t.lower(prev))) {
      return false;
    }
    int verb = prev - 1;
    if (verb >= first && t.text(verb).equalsIgnoreCase("the")) {
      verb--;
    }
    return verb >= first && PREDICATING.contains(t.lower(verb));
  }

  private static boolean longerOrEarlierOrg(Mention o, Mention m) {
    int lo = o.end() - o.start();
    int lm = m.end() - m.start();
    if (lo != lm) {
      return lo > lm;
    }
    // Same span, different lists: an organisation or product beats a place or body reading.
    return rank(o.category()) < rank(m.category());
  }

  private static int rank(Category c) {
    return switch (c) {
      case ORGANISATION -> 0;
      case PRODUCT -> 1;
      case PLACE -> 2;
      default -> 3;
    };
  }

  private Actor single(FieldText f, Sentence s, Mention m) {
    RulePackDefinition def = pack.definition();
    switch (m.category()) {
      case ORGANISATION -> {
        RulePackDefinition.Organisation o = def.organisations().get(m.ref().index());
        ActorType type = ActorType.ofRole(o.role(), o.type());
        String name = type == ActorType.ADVOCATE && "advocates".equals(o.name())
            ? f.original().substring(m.start(), m.end())
            : o.name();
        return new Actor(name, type, o.jurisdiction(), null, m.tokStart(), m.tokEnd());
      }
      case PRODUCT -> {
        RulePackDefinition.Product p = def.products().get(m.ref().index());
        return new Actor(p.owner(), ActorType.COMPANY, null, p.name(), m.tokStart(), m.tokEnd());
      }
      case PLACE -> {
        RulePackDefinition.Place p = def.places().get(m.ref().index());
        Actor place = new Actor(f.original().substring(m.start(), m.end()), ActorType.ofPlaceLevel(p.level()),
            p.name(), null, m.tokStart(), m.tokEnd());
        Actor company = CompanyName.around(f, s, place); // "East Japan Railway Co.": the company
        return company != null ? company : place;
      }
      default -> {
        Actor counted = CountedMembers.bodyOf(f, s, m);
        if (counted != null) {
          return counted; // "Two senators … put forward": a count describes, the body acts
        }
        // A body: take capitalised words before it into its name, and a person's name after a title.
        int first = capitalisedStart(f, s, m.tokStart());
        int end = extendPersonName(f, s, m);
        // "Mass. Senate": a state's abbreviation before its body is the state's name
        return new Actor(StateAbbreviation.expand(surface(f, first, end)), ActorType.ofBody(m.ref().name()),
            null, null, first, end);
      }
    }
  }

  /** The first of the capitalised words (not articles or prepositions) right before a name. */
  private static int capitalisedStart(FieldText f, Sentence s, int tok) {
    Tokens t = f.tokens();
    int first = tok;
    int sentenceFirst = t.indexAtOrAfter(s.start());
    while (first - 1 >= sentenceFirst && t.isWord(first - 1) && t.isCapitalised(first - 1)
        && !LEFT_STOP.contains(t.lower(first - 1))) {
      first--;
    }
    return first;
  }

  private static int extendPersonName(FieldText f, Sentence s, Mention body) {
    Tokens t = f.tokens();
    String word = f.masked().substring(body.start(), body.end()).toLowerCase(Locale.ROOT);
    int end = body.tokEnd();
    if ("agency".equals(body.ref().name())) {
      // "the Riverton Police Board lifted …": the board that governs the force is the actor, and
      // its name runs on past the force word
      if (end < t.size() && t.isWord(end) && t.isCapitalised(end)
          && FORCE_GOVERNING_BODIES.contains(t.lower(end))) {
        end++;
      }
      return end;
    }
    if (!PERSON_TITLES.contains(word)) {
      return end;
    }
    while (end < t.size() && end - body.tokEnd() < 3 && t.isWord(end) && t.isCapitalised(end)
        && !(sentenceEndBefore(f, t, end) && !(end == body.tokEnd() && word.length() <= 5))
        && !triggerAt(f, s, end)) {
      end++;
    }
    return end;
  }

  /** "Vt. governor OKs freeze": a capitalised trigger word after the title is the verb, not a name. */
  private static boolean triggerAt(FieldText f, Sentence s, int i) {
    for (Mention m : f.mentions(s)) {
      if (m.is(Category.TRIGGER) && m.tokStart() == i) {
        return true;
      }
    }
    return false;
  }

  /** "signed by Gov. Jane Roe. It takes effect …": a full stop after a name word ends the name
   *  (the caller lets the stop of an abbreviated title, "Gov.", "Sen.", through). */
  private static boolean sentenceEndBefore(FieldText f, Tokens t, int i) {
    String m = f.masked();
    for (int c = t.end(i - 1); c < t.start(i); c++) {
      if (m.charAt(c) == '.' || m.charAt(c) == '!' || m.charAt(c) == '?') {
        return true;
      }
    }
    return false;
  }

  private static String surface(FieldText f, int tokStart, int tokEnd) {
    Tokens t = f.tokens();
    return Spaces.collapse(f.original(), t.start(tokStart), t.end(tokEnd - 1));
  }
}
