package org.regwatch.classifier.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.regwatch.events.DevelopmentKind;
import org.regwatch.events.LegislationStatus;
import org.regwatch.events.MoratoriumStatus;

/** The headline development gives the labels; the actor is who acts. */
class HeadlineAndActorRulesTest {

  @Test
  void theTitlesDevelopmentWinsOverOnesTheBodyMentions() {
    Classification c = Read.article("Amazon halts police use of its facial recognition software",
        "The company said it would pause police use for a year. Meanwhile, Democrats unveiled a police "
            + "reform bill that limits government use of facial recognition.");
    assertThat(c.labels().moratorium()).isEqualTo(MoratoriumStatus.ANNOUNCED);
    assertThat(c.labels().legislation()).isEqualTo(LegislationStatus.NONE);
    assertThat(c.developments()).extracting(d -> d.kind()).contains(DevelopmentKind.LEGISLATION);
    assertThat(c.developments().stream().filter(d -> d.headline()).count()).isEqualTo(1);
  }

  @Test
  void aBlockedTitleMakesTheArticleANonEventWhateverTheBodyRecalls() {
    Classification c = Read.article("Microsoft won't commit to a facial recognition moratorium for federal agencies",
        "Microsoft said last year it would not sell facial recognition to police until a federal law exists.");
    assertThat(c.labels().relevant()).isFalse();
  }

  @Test
  void whenTheTitleReportsNothingTheLeadDecides() {
    Classification c = Read.article("A turning point for privacy",
        "The Springfield City Council voted 9-3 on Monday to ban municipal use of facial recognition technology.");
    assertThat(c.labels().legislation()).isEqualTo(LegislationStatus.ENACTED);
  }

  @Test
  void aDevelopmentFirstMentionedDeepInTheBodyIsNotTheStory() {
    Classification c = Read.article("How face recognition works",
        "Face recognition maps the distance between the eyes and the nose. It compares that map to a database. "
            + "The results are scored for similarity by the software vendor. Accuracy depends on light and angle. "
            + "Vendors sell the systems to retailers and airports. Boston banned city use of the technology.");
    assertThat(c.labels().relevant()).isFalse();
  }

  @Test
  void aProductNamesItsOwner() {
    Classification c = Read.title("Rekognition sales to police paused for a year");
    assertThat(c.labels().actors()).containsExactly("Amazon");
    assertThat(Read.headline(c).product()).isEqualTo("Rekognition");
  }

  @Test
  void theCompanyRefersToTheLastNamedCompany() {
    Classification c = Read.article("A reversal on police sales",
        "Amazon has long defended selling facial recognition to police. "
            + "On Wednesday the company announced a one-year moratorium on police use of the software.");
    assertThat(c.labels().actors()).containsExactly("Amazon");
    assertThat(c.labels().moratorium()).isEqualTo(MoratoriumStatus.ANNOUNCED);
  }

  @Test
  void thePassiveAgentActs() {
    Classification c = Read.title("Facial recognition limits approved by Denver City Council");
    assertThat(c.labels().actors()).containsExactly("Denver City Council");
    assertThat(c.labels().legislation()).isEqualTo(LegislationStatus.ENACTED);
  }

  @Test
  void aHeadlineWithoutSubjectBorrowsTheLeadsActor() {
    Classification c = Read.article("Moratorium on face recognition extended",
        "Axon said on Tuesday it will keep its moratorium on face recognition in body cameras in place.");
    assertThat(c.labels().actors()).containsExactly("Axon");
    assertThat(c.labels().moratorium()).isEqualTo(MoratoriumStatus.EXTENDED);
  }

  @Test
  void advocatesAreNeverTheActorsOfTheHeadline() {
    Classification c = Read.article("Amazon pauses police use of face recognition",
        "Activists welcomed the move but said the company must go further.");
    assertThat(c.labels().actors()).containsExactly("Amazon");
  }

  @Test
  void aVagueTitleDefersToTheLeadsLegislativeStep() {
    Classification c = Read.article("EU moves closer to banning facial recognition",
        "European Parliament committees approved a draft of the AI Act on Thursday that would ban "
            + "real-time facial recognition in public spaces.");
    assertThat(c.labels().legislation()).isEqualTo(LegislationStatus.ADVANCING);
  }

  @Test
  void aChamberVoteToAllowTheTechnologyIsLegislationToo() {
    Classification c = Read.article("Police facial recognition gets a reprieve",
        "The Virginia House of Delegates voted Tuesday to allow police to use facial recognition "
            + "technology again, reversing last year's ban.");
    assertThat(c.labels().legislation()).isEqualTo(LegislationStatus.ADVANCING);
  }
}
