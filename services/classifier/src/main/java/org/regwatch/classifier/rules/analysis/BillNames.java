package org.regwatch.classifier.rules.analysis;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.regwatch.classifier.rules.pack.RulePackDefinition;
import org.regwatch.classifier.rules.text.Sentence;
import org.regwatch.events.Bill;
import org.regwatch.events.DevelopmentKind;
import org.regwatch.events.Evidence;

/**
 * Names the bill a legislative development is about: a number in the styles journalists write
 * ("Senate Bill 6280", "S.B. 6280" → {@code SB 6280}) and a title (a capitalised name ending in
 * Act, Ordinance, … or a quoted name before such a word), as the pack's {@code bills} section
 * describes them (docs/rules.md, "Bills").
 *
 * <p>Which bill: the one in the development's own evidence sentence, nearest to its trigger; for
 * the headline, failing that, the title and lead sentences that read as the same legislative
 * story, when they name exactly one. A bill named anywhere else is another development's (a
 * background sentence recalls an old law) and no bill is better than a guessed one, since the
 * query side groups developments by it. Runs only for legislative developments, on a sentence
 * or a few: no cost on the rest of the article.
 */
public final class BillNames {

  /** A name longer than this is a run of capitalised words, not a bill's name. */
  private static final int MAX_NAME_WORDS = 12;
  private static final Pattern TRAILING_NUMBER = Pattern.compile("\\G[ \\u00a0]+(\\d{1,4})(?![\\p{L}\\p{N}])");
  private static final Pattern TRAILING_YEAR = Pattern.compile("\\G[ \\u00a0]+of[ \\u00a0]+(\\d{4})(?![\\p{L}\\p{N}])");
  /** What may stand between a number and its title for the two to be one bill: "SB 6280, the …",
   *  "the … (AB 1215)", "HR 3907, known as the …". */
  private static final Pattern APPOSITION = Pattern.compile(
      "[\\s,;:()\"\\-\\u2013\\u2014]*(?:(?:also\\s+)?(?:known\\s+as|called|dubbed|titled|named|or)\\s+)?"
          + "(?:the\\s+)?[\\s,;:()\"\\-\\u2013\\u2014]*",
      Pattern.CASE_INSENSITIVE);

  private final List<NumberStyle> numbers;
  private final Pattern numberPattern;
  /** Text every match of {@link #numberPattern} holds: each prefix up to its first space. */
  private final List<String> numberHeads;
  private final List<String> suffixList;
  private final Set<String> suffixes;
  private final Set<String> connectors;
  private final Set<String> generic;
  private final Set<String> reference;
  private final Pattern quoted;

  public BillNames(RulePackDefinition.Bills def) {
    List<NumberStyle> styles = new ArrayList<>();
    for (RulePackDefinition.BillNumber n : def.numbers()) {
      styles.add(NumberStyle.of(n));
    }
    this.numbers = List.copyOf(styles);
    // One pass over the sentence for every style (a group per style), not one per style.
    this.numberPattern = styles.isEmpty() ? null : Pattern.compile("(?<![\\p{L}\\p{N}.])(?:"
        + String.join("|", styles.stream().map(NumberStyle::regex).toList()) + ")");
    Set<String> heads = new LinkedHashSet<>();
    for (RulePackDefinition.BillNumber n : def.numbers()) {
      for (String prefix : n.prefixes()) {
        int space = prefix.indexOf(' ');
        heads.add(space < 0 ? prefix : prefix.substring(0, space));
      }
    }
    this.numberHeads = List.copyOf(heads);
    RulePackDefinition.BillTitles t = def.titles();
    this.suffixes = Set.copyOf(t.suffixes());
    this.suffixList = List.copyOf(t.suffixes());
    this.connectors = Set.copyOf(t.connectors());
    this.generic = lowerCase(t.generic());
    this.reference = lowerCase(t.reference());
    this.quoted = t.suffixes().isEmpty() ? null : Pattern.compile(
        "\"([\\p{Lu}\\p{N}][^\"\\n]{1,80}?)\"[ \\u00a0]+((?iu:" + alternation(t.suffixes()) + "))(?![\\p{L}\\p{N}])");
  }

  /**
   * The bill of a development built from {@code c}, or null when the text names none that is
   * certainly its own.
   */
  public Bill of(Candidate c, boolean headline, List<Candidate> headlineZone) {
    if (c.kind() != DevelopmentKind.LEGISLATION && c.kind() != DevelopmentKind.BAN) {
      return null;
    }
    List<Named> own = in(c.field(), c.sentence());
    if (!own.isEmpty()) {
      Mention t = c.trigger();
      return own.stream()
          .min(Comparator.comparingInt((Named n) -> distance(n, t.start(), t.end())))
          .orElseThrow().bill();
    }
    if (!headline) {
      return null;
    }
    // The title and lead tell one story: a bill they name once is the headline's, wherever in
    // them it stands ("Senate passes facial recognition moratorium" + "… voted to pass SB 6280").
    Set<Bill> named = new LinkedHashSet<>();
    Set<String> read = new HashSet<>();
    for (Candidate o : headlineZone) {
      if (o.family() != Candidate.Family.LEGISLATION || o.block() == Block.BACKGROUND
          || !read.add(o.field().field() + ":" + o.sentence().index())) {
        continue;
      }
      for (Named n : in(o.field(), o.sentence())) {
        named.add(n.bill());
      }
    }
    return named.size() == 1 ? named.iterator().next() : null;
  }

  /**
   * The bills of one sentence. The sentence splitter cuts after a dotted prefix ("introduced
   * A.B. | 989 on Thursday"), so a sentence that starts with a digit is read with the one before
   * it and one followed by a sentence that starts with a digit with that one; only the bills that
   * reach into the sentence itself count.
   */
  private List<Named> in(FieldText f, Sentence s) {
    String masked = f.masked();
    List<Sentence> all = f.sentences();
    int from = s.start();
    int to = s.end();
    if (s.index() > 0 && startsWithDigit(masked, s.start(), s.end())) {
      from = all.get(s.index() - 1).start();
    }
    if (s.index() + 1 < all.size()) {
      Sentence next = all.get(s.index() + 1);
      if (startsWithDigit(masked, next.start(), next.end())) {
        to = next.end();
      }
    }
    List<Named> found = in(masked, from, to, f.field() == Evidence.Field.TITLE);
    if (from != s.start() || to != s.end()) {
      found.removeIf(n -> n.end() <= s.start() || n.start() >= s.end());
    }
    return found;
  }

  private static boolean startsWithDigit(String text, int from, int to) {
    int i = from;
    while (i < to && Character.isWhitespace(text.charAt(i))) {
      i++;
    }
    return i < to && Character.isDigit(text.charAt(i));
  }

  /**
   * Every bill named in {@code text[from, to)}, in text order; a number and a title in apposition
   * are one bill. In a headline ({@code headline}) written in Title Case capitals mark no names,
   * so a title counts there only when "the", a possessive or a quote bounds it on the left.
   */
  List<Named> in(String text, int from, int to, boolean headline) {
    List<Named> found = new ArrayList<>();
    // The combined pattern tries every prefix at every position of the sentence; a sentence
    // with no digit or none of the prefixes' first words cannot hold a match.
    if (numberPattern != null && hasDigit(text, from, to) && containsText(text, from, to, numberHeads)) {
      Matcher m = numberPattern.matcher(text).region(from, to);
      while (m.find()) {
        for (int g = 1; g <= numbers.size(); g++) {
          if (m.group(g) != null) {
            found.add(new Named(m.start(), m.end(), new Bill(numbers.get(g - 1).canonical(m.group(g)), null)));
            break;
          }
        }
      }
    }
    if (containsAny(text, from, to, suffixList) || (quoted != null && text.indexOf('"', from) >= 0
        && text.indexOf('"', from) < to)) {
      titles(text, from, to, headline && titleCase(text, from, to), found);
    }
    found.sort(Comparator.comparingInt(Named::start).thenComparing(n -> -(n.end() - n.start())));
    List<Named> kept = new ArrayList<>();
    for (Named n : found) {
      // Longest first at each start, then drop what a kept one covers: "Senate Bill 6280" holds
      // "Bill 6280"; a number inside a title ("Quebec Bill 64") is the number.
      if (!kept.isEmpty() && n.start() < kept.get(kept.size() - 1).end()) {
        Named last = kept.get(kept.size() - 1);
        if (last.bill().number() == null && n.bill().number() != null) {
          kept.set(kept.size() - 1, n);
        }
        continue;
      }
      kept.add(n);
    }
    return paired(text, kept);
  }

  private void titles(String text, int from, int to, boolean titleCase, List<Named> out) {
    List<int[]> words = words(text, from, to);
    for (int k = 0; k < words.size(); k++) {
      if (!suffixes.contains(word(text, words.get(k)))) {
        continue;
      }
      Named n = titleEndingAt(text, words, k, titleCase, to);
      if (n != null) {
        out.add(n);
      }
    }
    if (quoted != null) {
      Matcher m = quoted.matcher(text).region(from, to);
      while (m.find()) {
        String name = squash(m.group(1));
        String suffix = m.group(2);
        String canonicalSuffix = Character.toUpperCase(suffix.charAt(0)) + suffix.substring(1).toLowerCase(Locale.ROOT);
        boolean ends = name.toLowerCase(Locale.ROOT).endsWith(" " + suffix.toLowerCase(Locale.ROOT));
        if (!refersToAnother(text, words, m.start())) {
          // '"Stop Secret Surveillance" ordinance' and "the Stop Secret Surveillance Ordinance"
          // are one name: the suffix joins the quoted words, capitalised.
          out.add(new Named(m.start(), m.end(), new Bill(null, ends ? name : name + " " + canonicalSuffix)));
        }
      }
    }
  }

  private Named titleEndingAt(String text, List<int[]> words, int k, boolean titleCase, int to) {
    int first = k;
    int cur = k;
    int stop = -1; // index of the word that ended the walk, -1 for punctuation or the start
    boolean inParentheses = false; // "the Biometric Surveillance (Prohibition) Bill 2024"
    while (true) {
      int j = cur - 1;
      if (j < 0) {
        break;
      }
      int gapFrom = words.get(j)[1];
      int gapTo = words.get(cur)[0];
      if (!inParentheses && onlySpacesAround(text, gapFrom, gapTo, ')')) {
        inParentheses = true;
      } else if (inParentheses && onlySpacesAround(text, gapFrom, gapTo, '(')) {
        inParentheses = false;
      } else if (!onlySpaces(text, gapFrom, gapTo)) {
        break;
      }
      String w = word(text, words.get(j));
      if (connectors.contains(w)) {
        cur = j;
      } else if (Character.isUpperCase(w.charAt(0)) && !article(w) && !possessive(w)) {
        cur = j;
        first = j;
      } else {
        stop = j;
        break;
      }
    }
    int nameWords = 0;
    boolean distinctive = false;
    for (int i = first; i < k; i++) {
      String w = word(text, words.get(i));
      if (!connectors.contains(w)) {
        nameWords++;
        distinctive |= !generic.contains(w.toLowerCase(Locale.ROOT));
      }
    }
    if (!distinctive || nameWords > MAX_NAME_WORDS) {
      return null; // "the Act", "the new law", "the House Bill"
    }
    int start = words.get(first)[0];
    if (titleCase && !boundedOnTheLeft(text, words, stop, start)) {
      return null;
    }
    if (refersToAnother(text, words, start)) {
      return null;
    }
    int end = words.get(k)[1];
    Matcher number = TRAILING_NUMBER.matcher(text).region(end, to);
    if (number.find()) {
      end = number.end(); // "Local Law 3", "the Data Protection Act 2018"
    }
    Matcher year = TRAILING_YEAR.matcher(text).region(end, to);
    if (year.find()) {
      end = year.end(); // "the Justice in Policing Act of 2020"
    }
    return new Named(start, end, new Bill(null, squash(text.substring(start, end))));
  }

  /** In a Title Case headline: "… Passes the Surveillance Technology Ordinance", "Maine's
   *  Facial Surveillance Act …", a quoted name. */
  private static boolean boundedOnTheLeft(String text, List<int[]> words, int stop, int start) {
    if (stop >= 0) {
      String w = word(text, words.get(stop));
      return w.equalsIgnoreCase("the") || possessive(w);
    }
    int i = start - 1;
    while (i >= 0 && Character.isWhitespace(text.charAt(i))) {
      i--;
    }
    return i >= 0 && (text.charAt(i) == '"' || text.charAt(i) == ':');
  }

  /** "would amend the Civil Rights Act", "sued under the Biometric Information Privacy Act". */
  private boolean refersToAnother(String text, List<int[]> words, int nameStart) {
    int j = -1;
    for (int i = 0; i < words.size() && words.get(i)[1] <= nameStart; i++) {
      j = i;
    }
    // Skip "the" and a linking "to"/"of": "a revision to the Personal Information Protection Act".
    while (j >= 0 && (word(text, words.get(j)).equalsIgnoreCase("the")
        || word(text, words.get(j)).equals("to") || word(text, words.get(j)).equals("of"))) {
      j--;
    }
    return j >= 0 && reference.contains(word(text, words.get(j)).toLowerCase(Locale.ROOT));
  }

  private List<Named> paired(String text, List<Named> kept) {
    List<Named> out = new ArrayList<>(kept.size());
    for (int i = 0; i < kept.size(); i++) {
      Named a = kept.get(i);
      if (i + 1 < kept.size()) {
        Named b = kept.get(i + 1);
        boolean complementary = (a.bill().number() == null) != (b.bill().number() == null);
        if (complementary && APPOSITION.matcher(text).region(a.end(), b.start()).matches()) {
          String number = a.bill().number() != null ? a.bill().number() : b.bill().number();
          String title = a.bill().title() != null ? a.bill().title() : b.bill().title();
          out.add(new Named(a.start(), b.end(), new Bill(number, title)));
          i++;
          continue;
        }
      }
      out.add(a);
    }
    return out;
  }

  private static int distance(Named n, int start, int end) {
    if (n.end() <= start) {
      return start - n.end();
    }
    return n.start() >= end ? n.start() - end : 0;
  }

  /** Mostly capitalised words: a headline in Title Case. */
  private boolean titleCase(String text, int from, int to) {
    int words = 0;
    int capitalised = 0;
    for (int[] w : words(text, from, to)) {
      if (w[1] - w[0] >= 4 && Character.isLetter(text.charAt(w[0]))) {
        words++;
        capitalised += Character.isUpperCase(text.charAt(w[0])) ? 1 : 0;
      }
    }
    return words >= 3 && capitalised * 4 >= words * 3;
  }

  /** Words: letters and digits, with inner apostrophes, hyphens and dots ("Member's", "U.S");
   *  "&" is a word of its own. */
  private static List<int[]> words(String text, int from, int to) {
    List<int[]> out = new ArrayList<>();
    int i = from;
    while (i < to) {
      char c = text.charAt(i);
      if (Character.isLetterOrDigit(c)) {
        int j = i + 1;
        while (j < to && (Character.isLetterOrDigit(text.charAt(j))
            || (inner(text.charAt(j)) && j + 1 < to && Character.isLetterOrDigit(text.charAt(j + 1))))) {
          j++;
        }
        // A trailing possessive apostrophe ("Democrats'") belongs to the word.
        if (j < to && (text.charAt(j) == '\'' || text.charAt(j) == '\u2019') && text.charAt(j - 1) == 's') {
          j++;
        }
        out.add(new int[] {i, j});
        i = j;
      } else {
        if (c == '&') {
          out.add(new int[] {i, i + 1});
        }
        i++;
      }
    }
    return out;
  }

  private static boolean inner(char c) {
    return c == '\'' || c == '\u2019' || c == '-' || c == '.';
  }

  /** Spaces and exactly one {@code mark}. */
  private static boolean onlySpacesAround(String text, int from, int to, char mark) {
    int at = text.indexOf(mark, from);
    return at >= 0 && at < to && onlySpaces(text, from, at) && onlySpaces(text, at + 1, to);
  }

  private static boolean onlySpaces(String text, int from, int to) {
    for (int i = from; i < to; i++) {
      char c = text.charAt(i);
      if (c != ' ' && c != '\u00a0' && c != '\t') {
        return false;
      }
    }
    return true;
  }

  private static boolean article(String w) {
    return w.equals("The") || w.equals("A") || w.equals("An");
  }

  private static boolean possessive(String w) {
    return w.endsWith("'s") || w.endsWith("\u2019s") || w.endsWith("s'") || w.endsWith("s\u2019");
  }

  private static String word(String text, int[] w) {
    return text.substring(w[0], w[1]);
  }

  /**
   * A cheap filter before the word scan: one of the words, whole, in {@code text[from, to)}. The
   * search runs in the region alone: {@code text.indexOf(w, from)} looked on to the end of the
   * article for each word whenever the sentence had none (most sentences, once per word).
   */
  private static boolean containsAny(String text, int from, int to, List<String> words) {
    String region = text.substring(from, to);
    for (String w : words) {
      for (int r = region.indexOf(w); r >= 0; r = region.indexOf(w, r + 1)) {
        int at = from + r;
        boolean wholeBefore = at == 0 || !Character.isLetter(text.charAt(at - 1));
        boolean wholeAfter = at + w.length() == text.length() || !Character.isLetter(text.charAt(at + w.length()));
        if (wholeBefore && wholeAfter) {
          return true;
        }
      }
    }
    return false;
  }

  /** One of the strings, anywhere (not only as a word), in {@code text[from, to)}. */
  private static boolean containsText(String text, int from, int to, List<String> strings) {
    String region = text.substring(from, to);
    for (String s : strings) {
      if (region.contains(s)) {
        return true;
      }
    }
    return false;
  }

  private static boolean hasDigit(String text, int from, int to) {
    for (int i = from; i < to; i++) {
      if (Character.isDigit(text.charAt(i))) {
        return true;
      }
    }
    return false;
  }

  private static String squash(String s) {
    return s.strip().replaceAll("\\s+", " ");
  }

  private static Set<String> lowerCase(List<String> terms) {
    Set<String> out = new HashSet<>();
    for (String t : terms) {
      out.add(t.toLowerCase(Locale.ROOT));
    }
    return Set.copyOf(out);
  }

  private static String alternation(List<String> terms) {
    List<String> sorted = new ArrayList<>(terms);
    sorted.sort(Comparator.comparingInt(String::length).reversed());
    StringBuilder sb = new StringBuilder();
    for (String t : sorted) {
      if (sb.length() > 0) {
        sb.append('|');
      }
      // A prefix written with spaces ("Assembly Bill") matches any run of spaces there.
      sb.append(Pattern.quote(t).replace(" ", "\\E[ \\u00a0]+\\Q"));
    }
    return sb.toString();
  }

  /** A bill named at {@code [start, end)} of the text. */
  record Named(int start, int end, Bill bill) {}

  /** One numbering style: prefixes, optional "No."/"#", the number (its one group); canonical form. */
  private record NumberStyle(String regex, String form) {

    static NumberStyle of(RulePackDefinition.BillNumber n) {
      if (n.form() == null || !n.form().contains("{n}") || n.prefixes().isEmpty()) {
        throw new IllegalArgumentException("rule pack bills.numbers: each needs a form with {n} and prefixes: " + n);
      }
      String number = n.number() == null ? "\\d{1,5}" : n.number();
      try {
        if (Pattern.compile(number).matcher("").groupCount() > 0) {
          throw new IllegalArgumentException("rule pack bills.numbers: use (?:…), not groups, in " + number);
        }
      } catch (PatternSyntaxException e) {
        throw new IllegalArgumentException("rule pack bills.numbers: bad number pattern " + number, e);
      }
      // Not inside a word or an abbreviation ("U.S. 2052" is no Senate bill: the combined pattern
      // looks behind); the number ends the word ("SB 6280s" is none).
      return new NumberStyle("(?:" + alternation(n.prefixes()) + ")(?:[ \\u00a0]*(?:No\\.|Number|#)?[ \\u00a0]*|-)("
          + number + ")(?![\\p{L}\\p{N}]|-\\p{N})", n.form());
    }

    String canonical(String number) {
      return form.replace("{n}", number);
    }
  }
}
