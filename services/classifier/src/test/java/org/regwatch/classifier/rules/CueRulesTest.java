package org.regwatch.classifier.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.regwatch.events.DevelopmentKind;
import org.regwatch.events.MoratoriumStatus;

/** Negation, hedging, demands and background are not actions by the subject. */
class CueRulesTest {

  @Test
  void aPlainPauseByACompanyIsAMoratorium() {
    Classification c = Read.title("Vendor X-ray: Motorola pauses sales of facial recognition to police");
    assertThat(c.labels().relevant()).isTrue();
    assertThat(c.labels().moratorium()).isEqualTo(MoratoriumStatus.ANNOUNCED);
  }

  @Test
  void hasYetToBanIsNoActionBySubject() {
    Classification c = Read.title("Google has yet to ban police use of its face recognition tools");
    assertThat(c.labels().relevant()).isFalse();
    assertThat(c.note()).contains("negated");
  }

  @Test
  void didNotPauseIsNoAction() {
    Classification c = Read.title("Microsoft did not pause sales of facial recognition to federal agencies");
    assertThat(c.labels().relevant()).isFalse();
  }

  @Test
  void wontCommitToAMoratoriumIsNoAction() {
    Classification c = Read.title("Apple chief won't commit to a moratorium on facial recognition sales");
    assertThat(c.labels().relevant()).isFalse();
  }

  @Test
  void hasNotMerelyPausedIsNotAMoratoriumByThatCompany() {
    Classification c = Read.title("Unlike its rival, IBM hasn't merely paused its facial recognition work");
    assertThat(c.labels().moratorium()).isEqualTo(MoratoriumStatus.NONE);
  }

  @Test
  void aConditionalPauseIsHedged() {
    Classification c = Read.title("Amazon could pause facial recognition sales to police if Congress fails to act");
    assertThat(c.labels().relevant()).isFalse();
    assertThat(c.note()).contains("hedged");
  }

  @Test
  void plansToConsiderABanAreHedged() {
    Classification c = Read.title("Retailer plans to consider halting its facial recognition pilot");
    assertThat(c.labels().relevant()).isFalse();
  }

  @Test
  void reportedFutureIsAnAnnouncementNotAHedge() {
    Classification c = Read.article("Tech giant changes course",
        "Amazon said on Wednesday it would stop selling its facial recognition software to police for a year.");
    assertThat(c.labels().moratorium()).isEqualTo(MoratoriumStatus.ANNOUNCED);
  }

  @Test
  void callsForABanAreAdvocacy() {
    Classification c = Read.title("Civil rights groups call for a nationwide ban on face recognition");
    assertThat(c.labels().relevant()).isFalse();
    assertThat(c.developments()).extracting(d -> d.kind()).contains(DevelopmentKind.ADVOCACY);
  }

  @Test
  void mustCommitIsADemandNotAnAction() {
    Classification c = Read.article("Privacy groups respond",
        "\"The company must fully commit to a blanket moratorium on police use of face recognition,\" the group said.");
    assertThat(c.labels().relevant()).isFalse();
  }

  @Test
  void urgingACompanyIsAdvocacy() {
    Classification c = Read.title("Shareholders urge Amazon to halt sales of Rekognition to police");
    assertThat(c.labels().relevant()).isFalse();
  }

  @Test
  void anAdvocacyGroupAsSubjectDoesNotAct() {
    Classification c = Read.title("ACLU pushes for facial recognition ban in Detroit");
    assertThat(c.labels().relevant()).isFalse();
  }

  @Test
  void lastYearsBanIsBackgroundNotNews() {
    Classification c = Read.article("Facial recognition keeps spreading",
        "A new survey found that most large police departments use face recognition. "
            + "Last year, Portland banned the technology for city agencies.");
    assertThat(c.labels().relevant()).isFalse();
  }

  @Test
  void aBackgroundMentionBesideTheNewsIsNotASecondDevelopment() {
    Classification c = Read.article("Amazon extends its Rekognition moratorium for police indefinitely",
        "With last year's one-year moratorium about to lapse, Amazon said on Tuesday that it has"
            + " extended its ban on police use of Rekognition indefinitely.");
    assertThat(c.developments()).extracting(d -> d.status().toString().toLowerCase())
        .containsExactly("extended");
  }

  @Test
  void aBanInAnEarlierYearIsBackground() {
    Classification c = Read.article("Police keep buying face recognition",
        "Sales of facial recognition software to police rose again, a trade group said. "
            + "Somerville banned city use of the technology in 2019, the report notes.");
    assertThat(c.labels().relevant()).isFalse();
  }

  @Test
  void aQuestionAsksItDoesNotReport() {
    Classification c = Read.title("Will Amazon extend its moratorium on police use of facial recognition?");
    assertThat(c.labels().relevant()).isFalse();
  }

  @Test
  void aPushToRegulateIsNobodysStep() {
    Classification c = Read.article("Inside the push to regulate face recognition",
        "Across the country, activists are calling for bans on facial recognition.");
    assertThat(c.labels().relevant()).isFalse();
  }
}
