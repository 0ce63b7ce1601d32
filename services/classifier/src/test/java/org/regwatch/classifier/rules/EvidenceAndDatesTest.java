package org.regwatch.classifier.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.regwatch.events.Development;
import org.regwatch.events.Evidence;

/** Evidence spans index exactly into the given strings; dates resolve against publication. */
class EvidenceAndDatesTest {

  private static final String TITLE = "Amazon’s one-year pause: police lose access to Rekognition";
  private static final String TEXT =
      "<p>SEATTLE &mdash; Amazon said on Wednesday it is implementing a one-year moratorium on police "
          + "use of its facial recognition software.</p>\n<p>“We hope Congress acts,” the company said.</p>";

  @Test
  void everyEvidenceSpanQuotesExactlyTheCharactersItPointsAt() {
    Classification c = Read.ENGINE.classify(new ArticleText(TITLE, TEXT, LocalDate.of(2020, 6, 11)));
    assertThat(c.developments()).isNotEmpty();
    for (Development d : c.developments()) {
      assertThat(d.evidence()).isNotEmpty();
      for (Evidence e : d.evidence()) {
        String source = e.field() == Evidence.Field.TITLE ? TITLE : TEXT;
        assertThat(e.end()).isLessThanOrEqualTo(source.length());
        assertThat(source.substring(e.start(), e.end())).isEqualTo(e.quote());
      }
    }
  }

  @Test
  void theLeadSentenceIsEvidenceForATitleHeadline() {
    Classification c = Read.ENGINE.classify(new ArticleText(TITLE, TEXT, LocalDate.of(2020, 6, 11)));
    Development h = Read.headline(c);
    assertThat(h.evidence()).extracting(Evidence::field).containsExactly(Evidence.Field.TITLE, Evidence.Field.TEXT);
    assertThat(h.evidence().get(1).quote()).startsWith("SEATTLE").endsWith("software.");
    assertThat(h.effectiveDate()).isEqualTo(LocalDate.of(2020, 6, 10));
  }

  @Test
  void onWednesdayResolvesToTheWednesdayBeforePublicationAndOneYearGivesTheExpiry() {
    Classification c = Read.article("A reversal",
        "Amazon said on Wednesday it is implementing a one-year moratorium on police use of its facial recognition software.");
    Development h = Read.headline(c);
    assertThat(h.effectiveDate()).isEqualTo(LocalDate.of(2021, 6, 9));
    assertThat(h.duration()).isEqualTo("one year");
    assertThat(h.expiryDate()).isEqualTo(LocalDate.of(2022, 6, 9));
    assertThat(h.scope()).isEqualTo("police use");
  }

  @Test
  void untilADateGivesTheExpiry() {
    Classification c = Read.article("Schools pause face scanning",
        "The governor signed legislation suspending the use of facial recognition in schools until July 1, 2022.");
    Development h = Read.headline(c);
    assertThat(h.expiryDate()).isEqualTo(LocalDate.of(2022, 7, 1));
  }

  @Test
  void anIndefiniteExtensionHasNoExpiry() {
    Classification c = Read.article("Amazon keeps its pause",
        "Amazon extended its moratorium on police use of facial recognition indefinitely on May 17.");
    Development h = Read.headline(c);
    assertThat(h.duration()).isEqualTo("indefinite");
    assertThat(h.effectiveDate()).isEqualTo(LocalDate.of(2021, 5, 17));
    assertThat(h.expiryDate()).isNull();
  }

  @Test
  void withoutAPublicationDateRelativeDatesStayEmpty() {
    Classification c = Read.ENGINE.classify(new ArticleText("A reversal",
        "Amazon said on Wednesday it is implementing a one-year moratorium on police use of its facial recognition software.",
        null));
    assertThat(Read.headline(c).effectiveDate()).isNull();
  }

  @Test
  void untilCongressActsIsADuration() {
    Classification c = Read.title("Microsoft will not sell face recognition to police until Congress passes a law");
    assertThat(Read.headline(c).duration()).isEqualTo("until federal law");
  }

  @Test
  void theJurisdictionComesFromTheActingGovernment() {
    Classification c = Read.title("Oakland City Council votes to ban facial recognition");
    assertThat(Read.headline(c).jurisdiction()).isEqualTo("Oakland");
  }

  @Test
  void aDayMonthAfterAForwardLookingPhraseIsTheNextOccurrence() {
    // Published 2021-06-10: "goes into effect July 1" is three weeks later, not a year earlier.
    Classification c = Read.article("Maine enacts limits on police facial recognition",
        "Maine Gov. Janet Mills signed a law limiting police use of facial recognition, which "
            + "goes into effect July 1.");
    assertThat(Read.headline(c).effectiveDate()).isEqualTo(LocalDate.of(2021, 7, 1));
  }

  @Test
  void aPastDayMonthWithoutAForwardPhraseStaysInThePast() {
    Classification c = Read.article("Maine enacts limits on police facial recognition",
        "Maine Gov. Janet Mills signed a law limiting police use of facial recognition on July 1.");
    assertThat(Read.headline(c).effectiveDate()).isEqualTo(LocalDate.of(2020, 7, 1));
  }
}
