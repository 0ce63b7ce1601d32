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

  private TechExclusion() {}

  /** Whether the sentence excludes one of the technology's terms from the measure it reports. */
  static boolean excludes(String sentence, java.util.List<String> techTerms) {
    String s = sentence.toLowerCase(Locale.ROOT);
    for (String term : techTerms) {
      String q = Pattern.quote(term.toLowerCase(Locale.ROOT));
      // "<tech> (rules|provisions|…) (were|was)? left for later", within a few words.
      // Only the technology's own provisions, with no clause break in between: "limits on facial
      // recognition, after lawmakers dropped a ban" drops the ban, not the technology.
      Pattern after = Pattern.compile("\\b" + q + "(?: technology)?(?: " + PROVISION + ")?"
          + "(?: (?:is|are|was|were|have been|has been|had been|been|being|be|got|get|gets))? " + LEFT_OUT + "\\b");
      Pattern before = Pattern.compile("\\b(?:" + NOT_COVER + ")(?: [\\w'-]+){0,3}? " + q + "\\b");
      Pattern drop = Pattern.compile("\\b(?:dropped|removed|stripped|excluded|left out)(?: [\\w'-]+){0,4}? " + q + "\\b");
      if (after.matcher(s).find() || before.matcher(s).find() || drop.matcher(s).find()) {
        return true;
      }
    }
    return false;
  }
}
