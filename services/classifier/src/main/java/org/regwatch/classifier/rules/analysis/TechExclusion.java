package org.regwatch.classifier.rules.analysis;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * An explicit statement that a measure leaves the watched technology out: "…, but facial
 * recognition rules left for later", "face recognition was dropped from the bill", "the law does
 * not deal with facial recognition". The measure that passed is then not a regulation of the
 * technology, however loudly the sentence names it.
 */
final class TechExclusion {

  private static final String LEFT_OUT = "(?:left (?:for later|out|aside|to a later|for a (?:later|second|future))"
      + "|dropped|removed|stripped|carved out|excluded|deferred|postponed|put off|shelved"
      + "|not included|held over|pushed back)";
  private static final String NOT_COVER = "(?:does|do|did|will|would) not (?:deal with|cover|address|touch|include"
      + "|regulate|apply to|extend to)|(?:doesn't|don't|didn't|won't) (?:deal with|cover|address|touch"
      + "|include|regulate|apply to|extend to)|(?:is|are) silent on|(?:says|said) nothing (?:about|on)";

  private static final String PROVISION = "(?:rules|provisions?|sections?|measures|limits|regulation|"
      + "restrictions|protections|part|clauses?|chapter|reforms?)";

  /** A measure the technology can name ("the facial recognition bill"). */
  private static final String MEASURE = "(?:bills?|act|laws?|legislation|proposals?|measures?|motion|ordinance|plan)";

  /** One alternation per form, over all the technology's terms, compiled once per pack. */
  private final Pattern after;
  private final Pattern before;
  private final Pattern drop;

  TechExclusion(java.util.List<String> techTerms) {
    String q = techTerms.stream().map(t -> Pattern.quote(t.toLowerCase(Locale.ROOT)))
        .collect(java.util.stream.Collectors.joining("|", "(?:", ")"));
    // Only the technology's own provisions, with no clause break in between: "limits on facial
    // recognition, after lawmakers dropped a ban" drops the ban, not the technology.
    this.after = Pattern.compile("\\b" + q + "(?: technology)?(?: " + PROVISION + ")?"
        + "(?: (?:is|are|was|were|have been|has been|had been|been|being|be|got|get|gets))? " + LEFT_OUT + "\\b");
    this.before = Pattern.compile("\\b(?:" + NOT_COVER + ")(?: [\\w'-]+){0,3}? " + q + "\\b");
    // "dropped the facial recognition bill": the technology names the bill that was dropped; the
    // bill's defeat is the news, not a technology left out of it.
    this.drop = Pattern.compile("\\b(?:dropped|removed|stripped|excluded|left out)(?: [\\w'-]+){0,4}? " + q + "\\b"
        + "(?! (?:technology )?" + MEASURE + "\\b)");
  }

  /**
   * Words one of which every match of {@link #after} (its {@link #LEFT_OUT} verb) and of {@link
   * #drop} (a subset of those verbs) must contain.
   */
  private static final String[] LEFT_OUT_WORDS = {"left ", "dropped", "removed", "stripped", "carved out",
      "excluded", "deferred", "postponed", "put off", "shelved", "not included", "held over", "pushed back"};
  /** Likewise for {@link #before}: its {@link #NOT_COVER} phrase ("does not", "won't", "is silent
   *  on", "said nothing"). */
  private static final String[] NOT_COVER_WORDS = {" not ", "n't ", "silent on", "nothing "};

  /** Whether the sentence excludes one of the technology's terms from the measure it reports. */
  boolean excludes(String sentence) {
    String s = sentence.toLowerCase(Locale.ROOT);
    // Asked for every headline candidate, and the three searches try their alternations at every
    // word boundary: a plain look for the words each needs (absent from nearly every sentence)
    // skips them with the same answer.
    boolean leftOut = containsAny(s, LEFT_OUT_WORDS);
    return (leftOut && after.matcher(s).find())
        || (containsAny(s, NOT_COVER_WORDS) && before.matcher(s).find())
        || (leftOut && drop.matcher(s).find());
  }

  private static boolean containsAny(String s, String[] words) {
    for (String w : words) {
      if (s.contains(w)) {
        return true;
      }
    }
    return false;
  }
}
