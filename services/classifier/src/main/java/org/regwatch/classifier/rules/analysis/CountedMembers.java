package org.regwatch.classifier.rules.analysis;

import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.regwatch.classifier.rules.text.Sentence;
import org.regwatch.classifier.rules.text.Tokens;

/**
 * "Two senators from opposite parties put forward legislation": a count before members of a
 * legislature describes who they are, it names no one. The actor is the body they sit in — US
 * Congress when the text marks the members as federal (a "Sen. Name, R-Mo." or "D-Hawaii" party-
 * and-state tag, a federal bill number "S. 847" / "H.R. 123", or "Congress" itself), else the
 * chamber the member noun belongs to. Only consulted when a count word stands right before the
 * member noun, so lookups over the text happen for those few sentences.
 */
final class CountedMembers {

  private static final Set<String> COUNTS = Set.of(
      "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "several", "dozens",
      "bipartisan", "both");
  private static final Map<String, String> CHAMBER_OF = Map.of(
      "senators", "Senate", "representatives", "House", "congressmen", "House",
      "congresswomen", "House", "lawmakers", "Legislature", "legislators", "Legislature");
  private static final String CONGRESS = "US Congress";

  private CountedMembers() {}

  /** The body the counted members sit in, or null when {@code member} is not counted. */
  static Actor bodyOf(FieldText f, Sentence s, Mention member) {
    Tokens t = f.tokens();
    String noun = t.lower(member.tokEnd() - 1);
    int before = member.tokStart() - 1;
    if (!CHAMBER_OF.containsKey(noun) || before < t.indexAtOrAfter(s.start()) || !t.isWord(before)
        || !COUNTS.contains(t.lower(before))) {
      return null;
    }
    if (federal(f.original())) {
      return new Actor(CONGRESS, ActorType.LEGISLATURE, "US federal", null, before, member.tokEnd());
    }
    String chamber = CHAMBER_OF.get(noun);
    ActorType type = chamber.equals("Legislature") ? ActorType.LEGISLATURE : ActorType.CHAMBER;
    return new Actor(chamber, type, null, null, before, member.tokEnd());
  }

  private static boolean federal(String text) {
    return text.contains("Congress") || text.contains("H.R. ") || partyStateTag(text)
        || federalSenateBill(text);
  }

  /** "Sen. Roy Blunt, R-Mo.", "Rep. Jane Roe (D-Calif.)": a member of Congress's party-and-state
   *  tag after a federal title (state senators are written "state Sen."). */
  private static boolean partyStateTag(String text) {
    String lower = text.toLowerCase(Locale.ROOT);
    boolean federalTitle = (text.contains("Sen. ") || text.contains("Rep. "))
        && !lower.contains("state sen. ") && !lower.contains("state rep. ");
    if (!federalTitle) {
      return false;
    }
    for (String tag : TAGS) {
      int at = text.indexOf(tag);
      if (at >= 0 && at + tag.length() < text.length()
          && Character.isUpperCase(text.charAt(at + tag.length()))) {
        return true;
      }
    }
    return false;
  }

  private static final String[] TAGS = {", R-", ", D-", ", I-", "(R-", "(D-", "(I-"};

  /** "S. 847": a federal Senate bill number (a capital S, a dot, a space and digits). */
  private static boolean federalSenateBill(String text) {
    for (int at = text.indexOf("S. "); at >= 0; at = text.indexOf("S. ", at + 1)) {
      boolean alone = at == 0 || !Character.isLetter(text.charAt(at - 1));
      if (alone && at + 3 < text.length() && Character.isDigit(text.charAt(at + 3))) {
        return true;
      }
    }
    return false;
  }
}
