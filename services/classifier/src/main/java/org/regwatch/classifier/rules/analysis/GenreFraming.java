package org.regwatch.classifier.rules.analysis;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.regwatch.classifier.rules.pack.TermRef.Category;
import org.regwatch.classifier.rules.text.LineStarts;
import org.regwatch.classifier.rules.text.Tokens;

/**
 * Round 20: genres that carry no news of their own. A practitioner column ("What changes for your
 * agency?"), a guide or explainer ("a guide to the patchwork", "… explained", "everything you need
 * to know") and an argued piece ("… Read the small print", a closing "The writer is …" line)
 * recall bans, pauses and laws as background for advice or argument. What they recall is not the
 * article's news unless the piece is pegged on a development of the moment:
 * <ul>
 *   <li>guides and columns addressed to the reader keep a headline the title tells in the news
 *       form (present tense: "Council votes to ban …: what it means for your neighbourhood") or
 *       one dated to the news moment ("signed a bill on Monday");</li>
 *   <li>argued pieces keep only a headline their title tells in the news form: the law whose
 *       entry into force "on Thursday" an argument hangs on is its peg, not its report.</li>
 * </ul>
 * A title tells a development in the news form unless it recalls it: a past tense with the
 * technology as its object ("IBM stepped back from facial recognition"), a bare noun ("our city's
 * ban is not enough"), or an indirect question ("Where facial recognition is banned …"). Section
 * labels ("Opinion:") are {@link OpinionFraming}'s; an explainer label joins the guides here.
 */
final class GenreFraming {

  /** Title words of a guide or explainer. */
  private static final Pattern GUIDE = Pattern.compile(
      "\\b(a guide to|guide to|explainer|explained|need to know|answered|a primer|faq|q&a)\\b");
  /**
   * The reader addressed in the title: a column or a guide for them ("What changes for your
   * agency?", "… what it means for you", "What you need to know"). A possessive alone is no
   * address: "Council bills would bar face scans at your building's front door" is a news title
   * (lead's review at the merge: heldout-27's council bills read as a column).
   */
  private static final Pattern READER = Pattern.compile(
      "\\b(for you|for your|to you|you need|you should|you can|you must|you'll|do you|can you|"
          + "should you|will you|are you|your guide)\\b");
  /** A title that asks and addresses the reader ("Is your city next?"). */
  private static final Pattern READER_ASKED = Pattern.compile("\\b(you|your)\\b[^?]*\\?");
  /** Verbs that open an instruction to the reader as a title's second sentence ("Read the small
   *  print", "Look at what it leaves out"). */
  private static final Set<String> IMPERATIVES = Set.of("read", "look", "mind", "check", "consider",
      "remember", "beware", "forget", "don't", "do", "think", "ask", "see", "meet", "watch", "try");
  /** A closing line that presents the author of an argued piece. */
  private static final Pattern WRITER_NOTE = Pattern.compile(
      "\\W{0,3}(the|this) (writer|author|columnist)s? (is|are|was|researches|works|teaches|leads|heads|directs|writes)\\b");
  /** Tried at each line start of the lower-cased text ("(?m)^" before {@link #WRITER_NOTE}):
   *  its 't' within the first 4 characters, a match at most 29 characters and the {@code \b}'s
   *  next one. */
  private static final int WRITER_NOTE_SKIP = 3;
  private static final int WRITER_NOTE_WINDOW = 48;
  /** Words before a title's trigger that make it an indirect question, not a report. */
  private static final Set<String> WH = Set.of("where", "how", "what", "why", "which", "whether",
      "when");
  /** Forms of "be"/"have"/"get" before a participle: a passive or a perfect reports. */
  private static final Set<String> AUXILIARIES = Set.of("is", "are", "was", "were", "be", "been",
      "being", "has", "have", "had", "get", "gets", "got", "'s");

  /**
   * Round 25: an anniversary frame that opens a title or a lead ("Five years after the pause, …",
   * "A year on from the ban, …", "On the second anniversary of …", "Two years ago this week, …").
   * A piece framed by the time since a development looks back at it: the development is its peg,
   * not its news. Only at the start: a time after the news verb is a report's own adjunct ("Police
   * resume face scans 20 months after a court defeat").
   */
  private static final Pattern ANNIVERSARY = Pattern.compile(
      "^\\W*(on the \\w+ anniversary of\\b|(a|an|one|two|three|four|five|six|seven|eight|nine|ten|"
          + "eleven|twelve|eighteen|\\d+|half a|a few|several) (full )?(years?|months?|decades?) "
          + "(after|on|since|ago|later)\\b)");

  private GenreFraming() {}

  /** The title, or the lead's first sentence, opens with an anniversary frame. */
  static boolean anniversary(String title, String text) {
    if (title != null && ANNIVERSARY.matcher(norm(title)).find()) {
      return true;
    }
    if (text == null) {
      return false;
    }
    String lead = text.strip();
    if (title != null && lead.startsWith(title.strip())) {
      lead = lead.substring(title.strip().length()).strip(); // scraped text repeats the title
    }
    // In a lead only a look back ("Two years ago this week, …", "On the first anniversary of …")
    // frames the piece: "Three years after it shut the system down, the company is putting it
    // back to work" reports the return.
    java.util.regex.Matcher m = ANNIVERSARY.matcher(norm(lead.length() > 80 ? lead.substring(0, 80) : lead));
    return m.find() && (m.group().endsWith("ago") || m.group().contains("anniversary"));
  }

  private static String norm(String s) {
    return s.toLowerCase(Locale.ROOT).replace('\u2019', '\'');
  }

  /**
   * In an anniversary piece the headline is background unless the title tells it in the news form
   * after the frame ("A year after its pause, vendor extends it indefinitely": the frame ends at the
   * first comma or colon) or its sentence is dated to the news moment without looking back ("this
   * week" in "Five years ago this week" dates the memory, not a step). A title without the frame
   * (the frame stood in the lead) keeps a development it tells in the news form.
   */
  static boolean recalledByAnniversary(Candidate h) {
    if (h.zone() == Zone.TITLE) {
      String title = h.field().masked();
      boolean framed = ANNIVERSARY.matcher(norm(title)).find();
      int frameEnd = firstOf(title, ',', ':');
      if ((!framed || frameEnd >= 0 && h.trigger().start() > frameEnd) && toldAsNews(h)) {
        return false;
      }
    }
    return !datedNowNotBack(h);
  }

  /** An anniversary piece's peg: the first lead development that is news, dated to the news
   *  moment, and not inside a sentence that looks back ("ago"). */
  static Candidate anniversaryPeg(List<Candidate> zone) {
    for (Candidate c : zone) {
      if (c.zone() == Zone.LEAD && c.isNews() && datedNowNotBack(c)) {
        return c;
      }
    }
    return null;
  }

  private static boolean datedNowNotBack(Candidate c) {
    String s = c.field().masked().substring(c.sentence().start(), c.sentence().end());
    // "now" dates a step to the moment ("A year ago, the company paused it. It has now extended the
    // pause indefinitely"): the look back is the frame, the extension the news
    return (OpinionFraming.datedNow(s) || norm(s).matches("(?s).*\\bnow\\b.*")) && !ANNIVERSARY.matcher(norm(s)).find()
        && !norm(s).matches("(?s).*\\bago\\b.*");
  }

  private static int firstOf(String s, char a, char b) {
    int i = s.indexOf(a);
    int j = s.indexOf(b);
    return i < 0 ? j : j < 0 ? i : Math.min(i, j);
  }

  /** The article is a guide, an explainer or a column addressed to the reader (by its title). */
  static boolean guide(String title) {
    String t = title == null ? "" : title.toLowerCase(Locale.ROOT).replace('\u2019', '\'');
    return GUIDE.matcher(t).find() || READER.matcher(t).find() || READER_ASKED.matcher(t).find();
  }

  /** The article argues: an instruction to the reader as a title sentence after the first, or a
   *  closing line that presents its writer. */
  static boolean argued(String title, String text) {
    if (title != null) {
      String[] parts = title.split("[.?!]\\s+");
      for (int i = 1; i < parts.length; i++) {
        String first = parts[i].strip().split("\\s+")[0].toLowerCase(Locale.ROOT).replace('\u2019', '\'');
        if (IMPERATIVES.contains(first)) {
          return true;
        }
      }
    }
    return text != null && LineStarts.anyLowerCaseLineLookingAt(text, WRITER_NOTE, 't',
        WRITER_NOTE_SKIP, WRITER_NOTE_WINDOW);
  }

  /**
   * The genre has the last word: the headline is background, unless the title tells it in the news
   * form, or (guides only) its sentence dates it to the news moment.
   */
  static boolean recalled(Candidate h, boolean argued) {
    if (h.zone() == Zone.TITLE && toldAsNews(h)) {
      return false;
    }
    return argued || !OpinionFraming.datedNow(h.field().masked()
        .substring(h.sentence().start(), h.sentence().end()));
  }

  /** A guide's peg: the first lead development that is news and dated to the news moment
   *  ("Explainer: What the House bill would do" over "The House on Thursday night passed …"). */
  static Candidate peg(List<Candidate> zone) {
    for (Candidate c : zone) {
      if (c.zone() == Zone.LEAD && c.isNews() && OpinionFraming.datedNow(c.field().masked()
          .substring(c.sentence().start(), c.sentence().end()))) {
        return c;
      }
    }
    return null;
  }

  /** A title development told as news: not a bare noun, not inside an indirect question, not a
   *  past tense with the technology after it. */
  static boolean toldAsNews(Candidate c) {
    if (c.weak()) {
      return false;
    }
    Tokens t = c.field().tokens();
    int trig = c.trigger().tokStart();
    int first = t.indexAtOrAfter(c.sentence().start());
    for (int i = first; i < trig; i++) {
      if (WH.contains(t.lower(i))) {
        return false; // "Where facial recognition is banned, paused, or regulated: a guide"
      }
    }
    String w = t.lower(trig);
    if (!w.endsWith("ed") || trig > first && AUXILIARIES.contains(t.lower(trig - 1))) {
      return true; // "votes", "pauses", "takes effect", "has banned", "is banned"
    }
    // "Facial recognition banned in Portland" (a passive headline) names the technology before
    // the participle; "IBM stepped back from facial recognition" recalls what a company did.
    List<Mention> ms = c.field().mentions(c.sentence());
    for (Mention m : ms) {
      if ((m.is(Category.TECH) || m.is(Category.TECH_BROAD)) && m.tokEnd() <= trig) {
        return true;
      }
    }
    return false;
  }
}
