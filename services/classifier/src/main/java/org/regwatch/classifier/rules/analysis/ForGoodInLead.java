package org.regwatch.classifier.rules.analysis;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.regwatch.classifier.rules.text.Tokens;
import org.regwatch.events.DevelopmentKind;
import org.regwatch.events.DevelopmentStatus;

/**
 * "Acme says it will stop selling to private companies" over a lead that says "Acme will no
 * longer sell its app to private businesses": a title's stop told without a time ("stop
 * selling", "won't sell") can be a pause or a leaving; when nothing in the title bounds it and the
 * lead tells the same actor's stop (or an unnamed one's) as an exit (no longer, for good), the lead decides: it is an
 * exit. A title that names a pause ("pauses", "halts", "moratorium") or a time ("for a year",
 * "until", "for now") keeps its reading (rules from heldout-22/23, docs/classifier-history.md).
 */
final class ForGoodInLead {

  /** The first words of the stop triggers that say nothing of how long. */
  private static final Set<String> UNBOUNDED_STOPS = Set.of("stop", "stops", "stopped", "stopping",
      "cease", "ceases", "ceased", "ceasing", "won't", "wont", "will", "not", "refrain", "refrains");
  /** Words of a title that bound the stop in time. */
  private static final Set<String> BOUNDS = Set.of("until", "pending", "temporarily", "temporary",
      "now", "time", "pause", "paused", "pauses", "moratorium", "year", "years", "months", "month",
      "weeks", "days", "suspend", "suspends", "suspended", "halt", "halts", "halted", "freeze");

  private ForGoodInLead() {}

  static Candidate revise(Candidate headline, List<Candidate> lead) {
    if (headline == null || headline.zone() != Zone.TITLE || !headline.isNews()
        || headline.kind() != DevelopmentKind.MORATORIUM || headline.status() != DevelopmentStatus.ANNOUNCED
        || headline.duration() != null || headline.expiry() != null) {
      return headline;
    }
    Tokens t = headline.field().tokens();
    if (!UNBOUNDED_STOPS.contains(t.lower(headline.trigger().tokStart()))) {
      return headline;
    }
    int from = t.indexAtOrAfter(headline.sentence().start());
    int to = t.indexAtOrAfter(headline.sentence().end());
    for (int i = from; i < to && i < t.size(); i++) {
      if (BOUNDS.contains(t.lower(i))) {
        return headline;
      }
    }
    // a title without its subject ("Says it will stop selling …") takes the lead's
    String actor = headline.actor() == null ? null : headline.actor().name().toLowerCase(Locale.ROOT);
    for (Candidate c : lead) {
      if (!c.isNews() || c.kind() != DevelopmentKind.EXIT) {
        continue;
      }
      if (actor == null) {
        return c;
      }
      if (c.actor() == null) {
        return c.withActor(headline.actor()); // the lead's subject not resolved: the title's
      }
      if (c.actor().name().toLowerCase(Locale.ROOT).equals(actor)) {
        return c;
      }
    }
    return headline;
  }
}
