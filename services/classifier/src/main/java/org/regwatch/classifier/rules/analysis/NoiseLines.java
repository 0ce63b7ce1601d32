package org.regwatch.classifier.rules.analysis;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Lines a feed page carries around the story that are not the story: "Related:" and "More on …"
 * link lists, "Read more", newsletter plugs, photo captions and credits. A development read from
 * one of them is a link to another article, so it is neither the headline nor an {@code also}.
 *
 * <p>A text extractor also keeps link lists whose header stands alone on its line ("Related",
 * "Most read", "Editor's picks") with one headline per line below it; such a headline often names
 * another story's ban or pause, so every line of the list is furniture, not only the header.
 */
public final class NoiseLines {

  // Anchored at the line start: a sentence that merely contains "related" is ordinary prose.
  private static final Pattern NOISE = Pattern.compile(
      "^\\s*(?:related(?: stories| articles| coverage| reading)?\\s*[:|]"
          + "|more on\\b[^:]{0,60}:"
          + "|more from\\b[^:]{0,60}:"
          + "|see also\\s*:?"
          + "|also read\\s*:?"
          + "|read more\\b"
          + "|read next\\b"
          + "|recommended\\s*:"
          + "|(?:photo|picture|image|caption|pictured|file photo)\\s*[:(|]"
          + "|\\(?(?:photo|image) (?:credit|by)\\b"
          + "|sign up\\b|subscribe\\b|get our\\b[^.]{0,60}newsletter"
          + "|this (?:story|article) (?:first )?appeared\\b"
          + "|advertisement\\b)");

  /** Headers a page puts alone on a line above a list of links to other stories. */
  private static final Set<String> LIST_HEADERS = Set.of(
      "related", "related stories", "related articles", "related coverage", "related content",
      "related links", "related reading", "related news", "related topics", "read more", "read next",
      "read also", "also read", "see also", "more stories", "more news", "more on this story",
      "more on this topic", "more like this", "you may also like", "you might also like",
      "recommended", "recommended for you", "recommended stories", "recommended reading",
      "editor's picks", "editors' picks", "editor’s picks", "most read", "most popular",
      "most viewed", "most shared", "trending", "trending now", "top stories", "latest news",
      "latest stories", "further reading", "popular stories", "what to read next",
      // blog and aggregator pages (the dev corpus's pages carry "Latest from Sandra", "READ MORE:")
      "related posts", "recent posts", "popular posts", "more coverage",
      "trending stories", "top picks", "read this next", "you may like", "you might like",
      "don't miss", "more to explore");

  // A page's link list is short; a story paragraph that happens to follow one is not searched for.
  private static final int MAX_LIST_LINES = 12;
  // Headlines in a link list are short and end without a full stop; prose lines are not.
  private static final int MAX_LINK_WORDS = 25;

  private NoiseLines() {}

  // "By Priya Castellanos  Published June 10, 2022", "By JANE DOE | Associated Press", "Written by
  // Bill Toulas": a byline opens with "By" (or "Written by", "Posted by" …) and a capitalised name,
  // and is a short line without a full stop. "By Tuesday,
  // the council …" and "By March, …" open sentences: a day or a month is no name.
  private static final Pattern BYLINE = Pattern.compile(
      "^\\s*(?:(?:written|posted|reported|story|words|text)\\s+by|(?:Written|Posted|Reported|Story|Words|Text)\\s+by|by|By|BY)\\s+(?!(?i:monday|tuesday|wednesday|thursday|friday|saturday|sunday|january"
          + "|february|march|april|may|june|july|august|september|october|november|december|the|law)\\b)"
          + "\\p{Lu}[\\p{L}.'’-]*\\s+\\p{Lu}");
  private static final int MAX_BYLINE_WORDS = 16;

  /**
   * Whether a sentence is a byline or the page's time stamp: asked where the lead is chosen, so
   * that a scraped page's byline, time stamp, newsletter plug and "Advertisement" do not take the
   * places of the story's first sentences.
   */
  public static boolean isBylineOrTimestamp(String sentence) {
    String s = sentence.strip();
    // the anchored patterns fail at the first words of nearly every sentence: ask them first
    return (BYLINE.matcher(s).lookingAt() || DATELINE.matcher(s).lookingAt())
        && !s.endsWith(".") && s.split("\\s+").length <= MAX_BYLINE_WORDS;
  }

  // "Last updated September 25, 2021", "Published: 10 June 2022 14:05 BST", "Updated 3:45 PM ET":
  // the page's time stamp, a line of its own
  private static final Pattern DATELINE = Pattern.compile(
      "^(?i:last\\s+updated|updated|published|posted|first\\s+published)\\s*(?:on\\s+|:\\s*)?"
          + "(?:\\d|(?i:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|mon|tue|wed|thu|fri|sat|sun))");

  /** Whether the sentence is page furniture rather than reporting. */
  public static boolean isNoise(String sentence) {
    // The pattern is anchored at the input's start (no MULTILINE), so find() could only match
    // there; lookingAt() tries that one position instead of failing '^' at every later one.
    return NOISE.matcher(sentence.toLowerCase(Locale.ROOT)).lookingAt();
  }

  static boolean isNoise(Candidate c) {
    String original = c.field().original();
    return isNoise(original.substring(c.sentence().start(), c.sentence().end()))
        || inLinkList(original, c.sentence().start())
        || inComments(original, c.sentence().start());
  }

  /** A word every comments header holds, from its second letter on, in lower and in upper case
   *  (the header pattern ignores case; the precheck must not miss what it would match). */
  private static final String[] HEADER_WORDS = {"omment", "OMMENT", "eply", "EPLY", "eedback",
      "EEDBACK", "otify", "OTIFY", "onversation", "ONVERSATION", "iscussion", "ISCUSSION"};

  private static boolean mayHoldCommentsHeader(String text, int offset) {
    for (String w : HEADER_WORDS) {
      int i = text.indexOf(w);
      if (i >= 0 && i < offset) {
        return true;
      }
    }
    return false;
  }

  /** Lines that open a page's reader comments ("Leave a Reply", "View all comments", "12 Comments"). */
  private static final Pattern COMMENTS_HEADER = Pattern.compile(
      "(?i)(?:leave a (?:reply|comment)|post a comment|add a comment|view (?:all )?comments|show comments"
          + "|reader comments|join the (?:conversation|discussion)|\\d+\\s+comments?|comments?\\s*\\(\\d+\\)"
          + "|inline feedbacks|notify of|comments)\\s*:?");

  /**
   * Whether {@code offset} lies below a line that opens the page's reader comments: what readers
   * write under a story ("Amazon should ban it for good") is no reporting, whatever it names. The
   * header must be a line of its own ("Comments", "Leave a Reply", "12 Comments"), so a sentence
   * about public comment at a council meeting is still read.
   */
  static boolean inComments(String text, int offset) {
    if (!mayHoldCommentsHeader(text, offset)) {
      return false; // most pages: no header word before the sentence, no walk over the lines
    }
    int lineEnd = text.lastIndexOf('\n', offset - 1);
    while (lineEnd > 0) {
      int lineStart = text.lastIndexOf('\n', lineEnd - 1) + 1;
      String line = text.substring(lineStart, lineEnd).strip();
      if (!line.isEmpty() && line.length() <= 40 && COMMENTS_HEADER.matcher(line).matches()) {
        return true;
      }
      lineEnd = lineStart - 1;
    }
    return false;
  }

  /**
   * Whether the line holding {@code offset} is one headline of a link list: the line itself and
   * every line between it and a list header above it look like headlines (blank lines between
   * them allowed), and a header is reached within {@link #MAX_LIST_LINES} lines.
   */
  static boolean inLinkList(String text, int offset) {
    int start = text.lastIndexOf('\n', offset - 1) + 1;
    int end = text.indexOf('\n', offset);
    if (!linkLike(text.substring(start, end < 0 ? text.length() : end))) {
      return false;
    }
    for (int lines = 0; start > 0 && lines < MAX_LIST_LINES; lines++) {
      int prevEnd = start - 1;
      int prevStart = text.lastIndexOf('\n', prevEnd - 1) + 1;
      String line = text.substring(prevStart, prevEnd).strip();
      start = prevStart;
      if (line.isEmpty()) {
        continue;
      }
      if (isListHeader(line)) {
        return true;
      }
      if (!linkLike(line)) {
        return false;
      }
    }
    return false;
  }

  static boolean isListHeader(String line) {
    String l = line.strip().toLowerCase(Locale.ROOT);
    if (l.endsWith(":")) {
      l = l.substring(0, l.length() - 1).strip();
    }
    return LIST_HEADERS.contains(l)
        // "More from Business", "More in Technology": a section's name after the header words
        || (l.startsWith("more from ") || l.startsWith("more in ") || l.startsWith("latest from ")
            || l.startsWith("more stories from ") || l.startsWith("also by "))
            && l.split("\\s+").length <= 6;
  }

  private static boolean linkLike(String line) {
    String l = line.strip();
    if (l.isEmpty() || l.endsWith(".") || l.endsWith(":")) {
      return false;
    }
    return l.split("\\s+").length <= MAX_LINK_WORDS;
  }
}
