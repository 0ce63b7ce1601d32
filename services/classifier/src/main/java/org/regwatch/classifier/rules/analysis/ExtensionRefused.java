package org.regwatch.classifier.rules.analysis;

import java.util.Set;
import org.regwatch.events.DevelopmentKind;
import org.regwatch.events.DevelopmentStatus;

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

  static final String TRIGGER_ID = "moratorium-extension-refused";

  /** First words of the trigger's phrases that put the renewal to a vote ("vote against …",
   *  "reject the extension …"); the others decline without a vote ("decline to renew"). */
  private static final Set<String> DEFEATED = Set.of("vote", "votes", "voted", "voting", "reject",
      "rejects", "rejected", "rejecting");

  /** The candidate is a pause ended by a refused renewal (the pack trigger read it so). */
  public static boolean refused(Candidate c) {
    return c.kind() == DevelopmentKind.MORATORIUM && c.status() == DevelopmentStatus.ENDED
        && TRIGGER_ID.equals(c.trigger().ref().name());
  }

  /** The refusal was a vote or a rejection: the extension put to the body was defeated. */
  public static boolean defeated(Candidate c) {
    return refused(c) && DEFEATED.contains(first(c));
  }

  private static String first(Candidate c) {
    return c.field().tokens().lower(c.trigger().tokStart());
  }
}
