package org.regwatch.classifier.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The language families of `facial-recognition@4` (docs/classifier-history.md): extensions, ends,
 * proposals, stages, enactments and defeats told in other words than the usual verb, each with
 * the traps it must not fire on (hedge, demand, negation, question, other technology).
 */
class LanguageFamiliesTest extends SentenceTable {

  @Override
  String table() {
    return "/rules/families.psv";
  }

  @Test
  void aDatelineInCapitalsNamesWhereTheReporterFiledNotWhoActed() {
    Classification c = Read.article("Governor signs facial recognition limits",
        "CARSON CITY, Nev. — The governor signed a bill on Friday that limits police use of facial recognition.");
    assertThat(c.labels().actors()).doesNotContain("CARSON CITY").isNotEmpty();
  }

  @Test
  void aPlaceThatOnlySaysWhereACompanyIsFromDoesNotAct() {
    Classification c = Read.article("Bodycam maker pauses face matching",
        "Corvid Analytics, a Massachusetts company that makes body cameras, said on Monday it would"
            + " pause face matching for a year.");
    assertThat(c.labels().moratorium().json()).isEqualTo("announced");
    assertThat(c.labels().actors()).doesNotContain("Massachusetts");
  }

  @Test
  void aNameBeforeAnAppositiveActsThoughTheGazetteerDoesNotKnowIt() {
    Classification c = Read.article("Camera firm pauses police face recognition sales",
        "Lindqvist Optics, one of Sweden's biggest makers of security cameras, is pausing all sales of"
            + " its face recognition software to police for six months, the company said.");
    assertThat(c.labels().moratorium().json()).isEqualTo("announced");
    assertThat(c.labels().actors()).containsExactly("Lindqvist Optics");
  }

  @Test
  void extendingASuspensionThatBeganLastYearIsAnExtensionNotBackground() {
    Classification c = Read.article("Police keep face matching off",
        "The national police are extending a suspension of face matching that began last year while"
            + " the ministry drafts a legal basis.");
    assertThat(c.labels().moratorium().json()).isEqualTo("extended");
  }
}
