package org.regwatch.classifier.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.regwatch.events.Bill;
import org.regwatch.events.Development;
import org.regwatch.events.DevelopmentKind;
import org.regwatch.events.DevelopmentStatus;

/**
 * Which bill a legislative development names: the one in its own evidence sentence; for the
 * headline, else the one bill the title and lead name; never one from a background sentence, and
 * none rather than a guess.
 */
class BillRulesTest {

  @Test
  void theBillInTheHeadlinesOwnSentenceIsItsBill() {
    Development d = Read.headline(Read.article(
        "Washington Senate passes SB 6280 to limit government facial recognition",
        "OLYMPIA — The state Senate voted 30-19 on Tuesday to pass the bill, which would require "
            + "agencies to test facial recognition software for bias before using it."));
    assertThat(d.kind()).isEqualTo(DevelopmentKind.LEGISLATION);
    assertThat(d.bill()).isEqualTo(new Bill("SB 6280", null));
  }

  @Test
  void aTitleWithoutABillTakesTheOneBillTheLeadNames() {
    Development d = Read.headline(Read.article(
        "California Assembly passes ban on facial recognition in police body cameras",
        "The California Assembly on Thursday passed Assembly Bill 1215, which would bar police "
            + "from running facial recognition on body-camera footage for three years. The measure "
            + "now goes to the state Senate."));
    assertThat(d.bill()).isEqualTo(new Bill("AB 1215", null));
  }

  @Test
  void aNumberAndItsNameGiveTheWholeBill() {
    Development d = Read.headline(Read.article(
        "Senators introduce bill to halt federal use of facial recognition",
        "Two Democratic senators on Wednesday introduced S. 2052, the Facial Recognition and "
            + "Biometric Technology Moratorium Act, which would halt federal use of facial "
            + "recognition until Congress passes a law allowing it."));
    assertThat(d.status()).isEqualTo(DevelopmentStatus.PROPOSED);
    assertThat(d.bill()).isEqualTo(new Bill("S 2052", "Facial Recognition and Biometric Technology Moratorium Act"));
  }

  @Test
  void aBillNamedOnlyInABackgroundSentenceIsNotThisDevelopments() {
    Development d = Read.headline(Read.article(
        "Senators introduce bill to limit police facial recognition",
        "Two senators introduced a bill on Tuesday that would limit police use of facial "
            + "recognition. Congress passed the Patriot Act in 2001, widening surveillance powers "
            + "that critics say the software now extends."));
    assertThat(d.kind()).isEqualTo(DevelopmentKind.LEGISLATION);
    assertThat(d.bill()).isNull();
  }

  @Test
  void ofTwoBillsInTheEvidenceSentenceTheOneNearestItsVerbWins() {
    Development d = Read.headline(Read.title("Senate passes facial recognition bill SB 6280, which replaced HB 1654"));
    assertThat(d.bill()).isEqualTo(new Bill("SB 6280", null));
  }

  @Test
  void aBillTheLeadRecallsAsBackgroundDoesNotCompeteWithTheStorysBill() {
    Development d = Read.headline(Read.article(
        "Maine lawmakers pass limits on facial recognition",
        "Maine's House and Senate on Monday passed LD 1585, a bill that bars most government use "
            + "of facial recognition. A weaker bill, LD 1210, died in committee in 2019."));
    assertThat(d.bill()).isEqualTo(new Bill("LD 1585", null));
  }

  @Test
  void whenTheTitleAndLeadNameTwoBillsAndTheEvidenceNoneTheBillStaysUnnamed() {
    Development d = Read.headline(Read.article(
        "Iowa House passes facial recognition limits",
        "The Iowa House on Tuesday passed limits on police use of facial recognition. Lawmakers "
            + "merged House File 2 into Senate File 23, and the Senate approved SF 23 as well."));
    assertThat(d.kind()).isEqualTo(DevelopmentKind.LEGISLATION);
    assertThat(d.bill()).isNull();
  }

  @Test
  void aLegislativeDevelopmentThatNamesNoBillHasNone() {
    Development d = Read.headline(Read.title("Portland bans facial recognition in stores and city agencies"));
    assertThat(d.bill()).isNull();
  }

  @Test
  void aCitysOrdinanceIsTheBillOfItsBan() {
    Development d = Read.headline(Read.article(
        "Oakland bans city use of facial recognition",
        "The Oakland City Council on Tuesday unanimously approved the Surveillance Technology "
            + "Ordinance, which bans city departments from using facial recognition."));
    assertThat(d.bill()).isEqualTo(new Bill(null, "Surveillance Technology Ordinance"));
  }

  @Test
  void aCompanysPauseNamesNoBillEvenWhenItWaitsForOne() {
    Development d = Read.headline(Read.article(
        "Amazon pauses police use of Rekognition for one year",
        "Amazon said on Wednesday it would pause police use of Rekognition for one year, to give "
            + "Congress time to pass H.R. 3907, the bill that would regulate it."));
    assertThat(d.kind()).isEqualTo(DevelopmentKind.MORATORIUM);
    assertThat(d.bill()).isNull();
  }

  @Test
  void aBodyDevelopmentNamesTheBillOfItsOwnSentence() {
    Classification c = Read.article(
        "Amazon pauses police use of Rekognition for one year",
        "Amazon said on Wednesday it would pause police use of Rekognition for one year. The "
            + "company said it supports federal rules.\nSeparately, New Jersey lawmakers on Thursday "
            + "introduced A.B. 989, a bill to limit police facial recognition.");
    assertThat(c.developments()).anySatisfy(d -> {
      assertThat(d.headline()).isFalse();
      assertThat(d.kind()).isIn(DevelopmentKind.LEGISLATION, DevelopmentKind.BAN);
      assertThat(d.bill()).isEqualTo(new Bill("AB 989", null));
    });
  }
}
