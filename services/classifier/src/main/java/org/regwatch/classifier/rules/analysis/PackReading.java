package org.regwatch.classifier.rules.analysis;

import java.util.List;
import org.regwatch.classifier.rules.pack.CompiledPack;
import org.regwatch.events.SubjectTech;

/**
 * What one rule pack read in one article: the headline candidate (null when the headline zone
 * reports nothing), whether that headline is news, every other candidate in reading order, and
 * the technology the article talks about even when it reports nothing ("facial recognition" for
 * an arrest story).
 */
public record PackReading(
    CompiledPack pack,
    Candidate headline,
    List<Candidate> others,
    SubjectTech mentionedTech,
    List<Candidate> headlineZone,
    /* the article names the pack's narrow technology only to deny it ("do not use facial
       recognition") and names the broader one: without news, it is about the broader one */
    boolean ownTechOnlyDenied) {

  public boolean reportsNews() {
    return headline != null && headline.isNews();
  }
}
