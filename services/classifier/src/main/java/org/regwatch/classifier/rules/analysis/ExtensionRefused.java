package org.regwatch.classifier.rules.analysis;

import java.util.Set;
import org.regwatch.classifier.rules.text.Tokens;

/**
 * A pause whose renewal is refused (round 27; pack trigger {@code moratorium-extension-refused}):
 * the pause ends with its term either way (moratorium ended). What the body did decides the
 * legislation field: a vote against the extension, a rejection or a vote down defeats the measure
 * put to it ("Council votes against extending …", "Board rejects extension of …": legislation
 * failed, domain.md "defeated"); declining or choosing not to renew puts nothing to a vote
 * ("City declines to renew its moratorium": legislation none, as in the labelled examples where a
 * council "declines to renew" and the pause expires). Either way the end is no measure passed, so
 * the rule that a council's vote ending its own pause enacts a measure does not apply.
 */
public final class ExtensionRefused {

  private ExtensionRefused() {}

  private static final Set<String> REFUSED = Set.of("vote", "votes", "voted", "voting", "reject",
      "rejects", "rejected", "rejecting", "decline", "declines", "declined", "declining", "refuse",
      "refuses", "refused", "refusing", "opt", "opts", "opted", "opting", "choose", "chooses",
      "chose", "choosing");
  private static final Set<String> DEFEATED = Set.of("vote", "votes", "voted", "voting", "reject",
      "rejects", "rejected", "rejecting");

  /** The candidate is a pause ended by a refused renewal. */
  public static boolean refused(Candidate c) {
    return c.kind() == org.regwatch.events.DevelopmentKind.MORATORIUM
        && c.status() == org.regwatch.events.DevelopmentStatus.ENDED
        && refusalWords(c) && REFUSED.contains(first(c));
  }

  /** The refusal was a vote or a rejection: the extension put to the body was defeated. */
  public static boolean defeated(Candidate c) {
    return refused(c) && DEFEATED.contains(first(c));
  }

  private static String first(Candidate c) {
    return c.field().tokens().lower(c.trigger().tokStart());
  }

  /** The trigger is one of the refusal phrases (an extension or renewal word inside it). */
  private static boolean refusalWords(Candidate c) {
    Tokens t = c.field().tokens();
    for (int i = c.trigger().tokStart(); i < c.trigger().tokEnd(); i++) {
      String w = t.lower(i);
      if (w.startsWith("extend") || w.startsWith("extension") || w.startsWith("renew")
          || w.startsWith("prolong")) {
        return true;
      }
    }
    return false;
  }
}
