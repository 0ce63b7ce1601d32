package org.regwatch.classifier.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.regwatch.events.LegislationStatus;
import org.regwatch.events.MoratoriumStatus;
import org.regwatch.events.SubjectTech;

/**
 * Legislative verbs need a legislative object, defeat verbs reach further to their bill, and an
 * article about another technology is labelled "other" (sentences written for these tests).
 */
class LegislativeObjectAndTopicRulesTest {

  @Test
  void approvingPaymentsWithTheFaceIsNoBillAdvancing() {
    Classification c = Read.article("A new phone unlocks with your face",
        "The handset uses 3D facial recognition for unlocking the screen and approving payments in shops.");
    assertThat(c.labels().relevant()).isFalse();
  }

  @Test
  void approvingAnOrdinanceIsStillAVote() {
    Classification c = Read.article("Harbour City votes on face scanning",
        "The Harbour City Council approved an ordinance on Tuesday that bans police use of facial recognition.");
    assertThat(c.labels().legislation()).isEqualTo(LegislationStatus.ENACTED);
  }

  @Test
  void clearedToUseTheTechnologyAgainEndsAPauseWithoutAnyBill() {
    Classification c = Read.title("Riverton police cleared to use facial recognition again, ending three-year pause");
    assertThat(c.labels().legislation()).isEqualTo(LegislationStatus.NONE);
    assertThat(c.labels().moratorium()).isEqualTo(MoratoriumStatus.ENDED);
  }

  @Test
  void aBillThatFellShortAClauseLaterFailed() {
    Classification c = Read.article("Upper house vote on police face-search",
        "The facial recognition bill needed a two-thirds majority in the upper house on Friday, and it fell short.");
    assertThat(c.labels().legislation()).isEqualTo(LegislationStatus.FAILED);
  }

  @Test
  void statesBlockingTheBillDefeatIt() {
    Classification c = Read.title("States block facial recognition bill in the upper house");
    assertThat(c.labels().legislation()).isEqualTo(LegislationStatus.FAILED);
  }

  @Test
  void anArticleAboutPlateReadersIsAboutAnotherTechnology() {
    Classification c = Read.article("Riverton switches off its license plate reader cameras",
        "Riverton has turned off its automated license plate reader cameras for 60 days after an audit, the city said. "
            + "The city already bans facial recognition, the mayor noted.");
    assertThat(c.labels().relevant()).isFalse();
    assertThat(c.labels().subjectTech()).isEqualTo(SubjectTech.OTHER);
  }

  @Test
  void anIrrelevantArticleThatNamesOnlyFacialRecognitionKeepsThatTechnology() {
    Classification c = Read.article("How facial recognition matches a face",
        "Facial recognition software measures the distance between the eyes and compares it with stored photos.");
    assertThat(c.labels().subjectTech()).isEqualTo(SubjectTech.FACIAL_RECOGNITION);
  }
}
