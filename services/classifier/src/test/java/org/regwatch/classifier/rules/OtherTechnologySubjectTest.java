package org.regwatch.classifier.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.regwatch.events.SubjectTech;

/**
 * A regulatory step about another technology is a story with subject {@code other}: the title
 * reports a step (a law signed, a moratorium, a fine, a tool shut down) and neither title nor lead
 * names facial recognition — a later paragraph that recalls it does not change what the story
 * regulates. A title that asks for the step, hedges or denies it before naming it reports none.
 */
class OtherTechnologySubjectTest {

  @Test
  void aMoratoriumOnCryptoMiningIsAboutAnotherTechnology() {
    Classification c = Read.article("Governor signs two-year moratorium on crypto mining permits",
        "The law places a two-year pause on new air permits for fossil-fuel power plants that run"
            + " proof-of-work mining operations.");
    assertThat(c.labels().relevant()).isFalse();
    assertThat(c.labels().subjectTech()).isEqualTo(SubjectTech.OTHER);
  }

  @Test
  void aCouncilBanOnLeafBlowersIsAboutAnotherTechnology() {
    Classification c = Read.article("City council bans gas-powered leaf blowers from next spring",
        "The council voted 6-3 on Tuesday to phase out the machines, citing noise and air quality"
            + " complaints from residents.");
    assertThat(c.labels().subjectTech()).isEqualTo(SubjectTech.OTHER);
  }

  @Test
  void aFineOverCustomerDataIsAboutAnotherTechnology() {
    Classification c = Read.article("Regulator fines bank over mishandled customer data",
        "The data protection authority said the bank had kept account records for years longer than"
            + " the law allowed.");
    assertThat(c.labels().subjectTech()).isEqualTo(SubjectTech.OTHER);
  }

  @Test
  void aToolShutDownIsAboutItsOwnTechnologyEvenWhenALaterParagraphRecallsAFacialRecognitionPause() {
    Classification c = Read.article("Doorbell maker shuts down tool police used to ask for video",
        "The company said on Wednesday that public safety agencies will no longer be able to request"
            + " footage from users through its app.\n"
            + "Agencies that want footage will have to get a warrant or ask owners directly, the company"
            + " said in a blog post.\n"
            + "Critics had long complained that the feature turned private cameras into a police network.\n"
            + "Police and fire departments can still post safety alerts and updates in the app, the"
            + " company added.\n"
            + "The company's parent paused police sales of its facial recognition software in 2020, a"
            + " separate decision.");
    assertThat(c.labels().relevant()).isFalse();
    assertThat(c.labels().subjectTech()).isEqualTo(SubjectTech.OTHER);
  }

  @Test
  void anOpinionThatAsksForAPauseStaysAboutTheTechnologyItDescribes() {
    Classification c = Read.article("Opinion: the city's cameras need a pause, not more pilots",
        "A city that photographs its residents at every junction owes them a law that says why.\n"
            + "Police officers carry tablets with an app that compares a photo with a database of people"
            + " with records.\n"
            + "The state calls its command centre one of the largest in the country.\n"
            + "Facial recognition systems have been bought by police in at least a dozen states.");
    assertThat(c.labels().relevant()).isFalse();
    assertThat(c.labels().subjectTech()).isEqualTo(SubjectTech.FACIAL_RECOGNITION);
  }

  @Test
  void aDemandForABanIsNoStepSoTheStoryIsNotClassedAsAnotherTechnologysRegulation() {
    Classification c = Read.article("Activists demand ban on crypto mining near rivers",
        "Environmental groups said the operations draw too much water and power from the region.");
    assertThat(c.labels().subjectTech()).isEqualTo(SubjectTech.NONE);
  }

  @Test
  void aStudyWithoutAStepKeepsTheTechnologyItMeasures() {
    Classification c = Read.article("Study finds bias in face recognition algorithms",
        "Researchers measured error rates across dozens of algorithms submitted by vendors worldwide.");
    assertThat(c.labels().subjectTech()).isEqualTo(SubjectTech.FACIAL_RECOGNITION);
  }
}
