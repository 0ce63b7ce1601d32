package org.regwatch.classifier.rules.analysis;

import java.time.LocalDate;

/**
 * What a sentence may borrow from the rest of the article: the publication date, whether the
 * title or lead names the technology (so "the technology" in a later sentence refers to it), the
 * most recent acting party named before this sentence (for "the company", "it"), and the
 * jurisdiction the title or lead names.
 */
final class ArticleContext {

  final LocalDate published;
  /** The publication year, or the latest year the article names when it has no date; 0 if none. */
  final int referenceYear;
  boolean techInHeadlineZone;
  boolean narrowTechInHeadlineZone;
  Actor recentActor;
  String headlineJurisdiction;
  /** The title or lead tells a time or condition for a stop ("while it reviews", "for now"):
   *  a stop told as done elsewhere in them is that pause, not an exit (round 21). */
  boolean headTellsATime;
  /** The title or lead tells a vote: a police board's approval there was voted (round 21). */
  boolean headTellsAVote;

  ArticleContext(LocalDate published, int referenceYear) {
    this.published = published;
    this.referenceYear = referenceYear;
  }
}
