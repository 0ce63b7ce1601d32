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
  boolean techInHeadlineZone;
  boolean narrowTechInHeadlineZone;
  Actor recentActor;
  String headlineJurisdiction;

  ArticleContext(LocalDate published) {
    this.published = published;
  }
}
