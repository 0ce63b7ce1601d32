package org.regwatch.classifier.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.regwatch.events.DevelopmentKind;
import org.regwatch.events.LegislationStatus;
import org.regwatch.events.MoratoriumStatus;

/**
 * How title, lead and body combine into the headline development of a long, feed-like article
 * (sentences written for these tests).
 */
class ArticleStructureRulesTest {

  private static final String FILLER = "Shoppers at the Ridgeview mall said they had noticed the cameras for months. "
      + "The centre's owner did not respond to a request for comment on Friday. "
      + "Store managers said foot traffic had recovered since the spring. "
      + "A spokesperson for the shopping centre said questions should go to the tenants. ";

  /** Four lead sentences of a long council story that report no development. */
  private static final String COUNCIL_NIGHT =
      "Councillors sat for nine hours on Tuesday as residents queued to speak about the harbour redevelopment. "
          + "The debate over the ferry terminal took most of the evening and ended without a vote. "
          + "Several residents brought handmade signs about the closure of the old market hall. "
          + "The meeting also heard a long report on road repairs in the northern suburbs. ";

  @Test
  void aRelatedStoriesLineIsNotADevelopment() {
    Classification c = Read.article("Shopping centre adds more cameras",
        FILLER + "Related: Harbour City council pauses police use of facial recognition | Ten things to know about drones");
    assertThat(c.labels().relevant()).isFalse();
    assertThat(c.developments()).isEmpty();
  }

  /** The end of a product story as a text extractor returns the page (written for these tests). */
  private static final String KIOSK_STORY = "Harbour City's ferry terminal will let passengers board by "
      + "looking into a camera from next month, the port authority said on Monday.\n\n"
      + "Passengers who do not want their face scanned can still show a paper ticket at the gate.\n\n";

  @Test
  void aHeadlineInALinkListUnderAStandaloneRelatedHeaderIsNotADevelopment() {
    Classification c = Read.article("Ferry terminal to board passengers by face scan",
        KIOSK_STORY + "Related\nHarbour City council pauses police use of facial recognition for a year\n"
            + "Ten things to know about the new ferry timetable\n\nSign up for our newsletter.");
    assertThat(c.labels().relevant()).isFalse();
    assertThat(c.developments()).isEmpty();
  }

  @Test
  void aLinkListHeaderWithAColonAndBlankLinesBetweenHeadlinesIsStillALinkList() {
    Classification c = Read.article("Ferry terminal to board passengers by face scan",
        KIOSK_STORY + "Most read:\n\nWhy the port's new cranes are late\n\n"
            + "Westbrook bans police from using facial recognition\n\nTags: ferries, transport");
    assertThat(c.labels().relevant()).isFalse();
  }

  @Test
  void aStoryParagraphAfterALinkListIsReadAgain() {
    Classification c = Read.article("Ferry terminal to board passengers by face scan",
        KIOSK_STORY + "Editor's picks\nWhy the port's new cranes are late\n\n"
            + "Separately, Harbour City council voted on Tuesday to pause police use of facial recognition for a year.");
    assertThat(c.labels().relevant()).isTrue();
    assertThat(c.labels().moratorium()).isEqualTo(MoratoriumStatus.ANNOUNCED);
  }

  @Test
  void aShortLineThatIsNotUnderAListHeaderIsStillRead() {
    Classification c = Read.article("Harbour City pauses police facial recognition",
        "Harbour City council pauses police use of facial recognition for a year\n"
            + "The vote on Tuesday was 7-2 after three hours of public comment.");
    assertThat(c.labels().moratorium()).isEqualTo(MoratoriumStatus.ANNOUNCED);
  }

  @Test
  void aBylineAndANewsletterPlugDoNotTakeTheLeadsPlaces() {
    Classification c = Read.article("School tech week: Oregon freezes new face-scan contracts",
        "Our weekly roundup of the technology, privacy and security news that matters to school leaders.\n\n"
            + "By Maria Delacroix  Published June 10, 2022\n\n"
            + "Subscribe to School Tech Daily for top news, trends and analysis\n\n"
            + "Oregon puts school face scanning on hold\n\n"
            + "Oregon schools will not be able to sign new contracts for facial recognition services for the next three years "
            + "under a law signed by Gov. Tina Kotek this week.");
    assertThat(c.labels().moratorium()).isEqualTo(MoratoriumStatus.ANNOUNCED);
    assertThat(c.labels().legislation()).isEqualTo(LegislationStatus.ENACTED);
  }

  @Test
  void aWrittenByLineAndATimeStampDoNotTakeTheLeadsPlaces() {
    Classification c = Read.article("School tech week: Oregon freezes new face-scan contracts",
        "Posted by Maria Delacroix and Tom Reyes, staff writers\n"
            + "Last updated June 10, 2022 at 10:42 am ET\n\n"
            + "Our weekly roundup of the technology, privacy and security news that matters to school leaders.\n\n"
            + "Oregon puts school face scanning on hold\n\n"
            + "Oregon schools will not be able to sign new contracts for facial recognition services for the next three years "
            + "under a law signed by Gov. Tina Kotek this week.");
    assertThat(c.labels().legislation()).isEqualTo(LegislationStatus.ENACTED);
  }

  @Test
  void anAuthorsLatestPostsAreALinkList() {
    Classification c = Read.article("Ferry terminal to board passengers by face scan",
        KIOSK_STORY + "Latest from Maria\nWestbrook bans police from using facial recognition\n"
            + "How to clean a camera lens\n\nLeave a Reply");
    assertThat(c.labels().relevant()).isFalse();
  }

  @Test
  void readersCommentsBelowTheStoryAreNoReporting() {
    Classification c = Read.article("Ferry terminal to board passengers by face scan",
        KIOSK_STORY + "12 Comments\n\nDana K.\nThe Harbour City council voted on Tuesday to pause police use "
            + "of facial recognition for a year. The port should follow.\n\nReply");
    assertThat(c.labels().relevant()).isFalse();
  }

  @Test
  void aLeaveAReplyHeaderOpensTheComments() {
    Classification c = Read.article("Ferry terminal to board passengers by face scan",
        KIOSK_STORY + "Leave a Reply\n\nThe Westbrook City Council voted on Tuesday to ban police use of "
            + "facial recognition. Harbour City should do the same.");
    assertThat(c.labels().relevant()).isFalse();
  }

  @Test
  void aPublicCommentSubheadIsNoCommentsSection() {
    Classification c = Read.article("Harbour City pauses police face matching",
        "Residents queued for two hours to speak at Tuesday's meeting.\n\nPublic comment\n\n"
            + "After the speakers, the Harbour City council voted 7-2 to pause police use of facial "
            + "recognition for a year.");
    assertThat(c.labels().moratorium()).isEqualTo(MoratoriumStatus.ANNOUNCED);
  }

  @Test
  void aSentenceOpeningWithByThatIsNoBylineStaysInTheLead() {
    Classification c = Read.article("Westland pauses police face scans",
        "By a vote of 6-1, the Westland City Council on Tuesday paused police use of facial recognition for a year.");
    assertThat(c.labels().moratorium()).isEqualTo(MoratoriumStatus.ANNOUNCED);
  }

  @Test
  void aSentenceThatMerelyMentionsRelatedIssuesIsStillRead() {
    Classification c = Read.article("A pause on face scanning",
        "In a related move, Harbour City council voted on Tuesday to pause police use of facial recognition for a year.");
    assertThat(c.labels().relevant()).isTrue();
  }

  @Test
  void aBareMoratoriumInTheTitleDefersToTheLeadsExplicitStatus() {
    Classification c = Read.article("Harbour City's facial recognition moratorium runs its course",
        "The city's pause on face-matching software ended on Sunday with no replacement policy in place.");
    assertThat(c.labels().moratorium()).isEqualTo(MoratoriumStatus.ENDED);
  }

  @Test
  void aTitleWithAnExplicitStatusKeepsIt() {
    Classification c = Read.article("Harbour City extends its facial recognition moratorium",
        "The city first paused police use of face-matching software two years ago.");
    assertThat(c.labels().moratorium()).isEqualTo(MoratoriumStatus.EXTENDED);
  }

  @Test
  void aTitleThatOnlyAnnouncesPlansForALawDefersToTheLead() {
    Classification c = Read.article("Interior ministry sets out plans for a law on police facial recognition",
        "Ministers on Tuesday proposed legislation that would require a judge's warrant for each facial recognition search.");
    assertThat(c.labels().legislation()).isEqualTo(LegislationStatus.PROPOSED);
  }

  @Test
  void aTitleReadAsBackgroundDoesNotSilenceAClearLead() {
    Classification c = Read.article("Ferry operator suspends face scanning after passenger outcry",
        "Northwind Ferries said on Monday it would suspend its facial recognition boarding checks until a review is complete.");
    assertThat(c.labels().relevant()).isTrue();
    assertThat(c.labels().moratorium()).isEqualTo(MoratoriumStatus.ANNOUNCED);
  }

  @Test
  void aBodyDevelopmentByTheTitlesActorIsTheNewsWhenTitleAndLeadReportNone() {
    Classification c = Read.article("Harbour City council's long night ends at 2 a.m.",
        COUNCIL_NIGHT
            + "Shortly before midnight, the Harbour City Council voted 7-2 to ban police use of facial recognition.");
    assertThat(c.labels().relevant()).isTrue();
    assertThat(c.labels().legislation()).isEqualTo(LegislationStatus.ENACTED);
    assertThat(c.labels().actors()).containsExactly("Harbour City Council");
  }

  @Test
  void aPassingMentionOfAnotherPartysMeasureDeepInTheBodyStaysContext() {
    Classification c = Read.article("Harbour City council's long night ends at 2 a.m.",
        COUNCIL_NIGHT
            + "Across the bay, the Eastport City Council voted to ban police use of facial recognition.");
    assertThat(c.labels().relevant()).isFalse();
  }

  @Test
  void aMeasureThatLeavesTheTechnologyOutIsNotItsRegulation() {
    Classification c = Read.article("Data protection overhaul passes parliament, but facial recognition rules left for later",
        "The parliament on Thursday passed the data protection bill, creating a right to sue for misuse of personal data.");
    assertThat(c.labels().relevant()).isFalse();
    assertThat(c.labels().legislation()).isEqualTo(LegislationStatus.NONE);
  }

  @Test
  void aMeasureDroppedInPassingDoesNotExcludeTheTechnology() {
    Classification c = Read.article("Governor signs police law with limits on facial recognition",
        "The governor on Thursday signed a police law that limits how officers use facial recognition, "
            + "after lawmakers dropped a near-total ban.");
    assertThat(c.labels().legislation()).isEqualTo(LegislationStatus.ENACTED);
  }

  @Test
  void anOrganisationUnknownToTheGazetteerActsWhenItIsTheSubjectOfTheTrigger() {
    Classification c = Read.title("Tallow and Brindle pause facial recognition in their stores");
    assertThat(c.labels().moratorium()).isEqualTo(MoratoriumStatus.ANNOUNCED);
    assertThat(c.labels().actors()).containsExactly("Tallow", "Brindle");
  }

  @Test
  void aTitleWithoutSubjectTakesTheActorTheLeadNamesBeforeItsVerb() {
    Classification c = Read.article("Riverton detectives cleared to use facial recognition again, ending three-year pause",
        "The Riverton Police Board on Thursday lifted the department's pause on facial recognition searches.");
    assertThat(c.labels().moratorium()).isEqualTo(MoratoriumStatus.ENDED);
    assertThat(c.labels().actors()).containsExactly("Riverton Police Board");
  }

  @Test
  void aLoneDayOrCommonNounIsNotAnActor() {
    Classification c = Read.article("Face scanning paused at the depot",
        "On Thursday the depot's owners said they would pause facial recognition at the gates.");
    assertThat(c.labels().actors()).doesNotContain("Thursday", "On Thursday");
  }

  @Test
  void aSentenceOpenerIsNotTakenForAnActor() {
    Classification c = Read.title("After complaints, pause on facial recognition in stores");
    assertThat(c.labels().actors()).doesNotContain("After");
  }

  @Test
  void aPossessiveIsNotPartOfTheActorsName() {
    Classification c = Read.article("Face scanning halted",
        "Marlowe County's commissioners voted on Monday to halt the sheriff's use of facial recognition for a year.");
    assertThat(c.developments()).extracting(d -> d.actor()).doesNotContain("Marlowe County's");
    assertThat(c.developments()).extracting(d -> d.kind()).contains(DevelopmentKind.MORATORIUM);
  }
}
