package org.regwatch.classifier.rules.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.regwatch.classifier.rules.pack.RulePackDefinition;
import org.regwatch.classifier.rules.pack.RulePackLoader;
import org.regwatch.events.Bill;

/**
 * How a sentence names a bill, with the shipped pack's {@code bills} section: every number style
 * to its canonical form, titles, and what is no bill. Which sentence's bill a development gets is
 * in {@code BillRulesTest}.
 */
class BillNamesTest {

  private static final BillNames NAMES =
      new BillNames(new RulePackLoader().load(Optional.empty()).get(0).bills());

  private static List<Bill> in(String sentence) {
    return NAMES.in(sentence, 0, sentence.length(), false).stream().map(BillNames.Named::bill).toList();
  }

  private static List<Bill> inTitleCaseHeadline(String headline) {
    return NAMES.in(headline, 0, headline.length(), true).stream().map(BillNames.Named::bill).toList();
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(delimiter = '|', textBlock = """
      The Assembly passed AB 1215 on Thursday.                              | AB 1215
      The Assembly passed A.B. 1215 on Thursday.                            | AB 1215
      Assembly Bill 1215 now goes to the Senate.                            | AB 1215
      Lawmakers approved SB 6280 by a vote of 30 to 19.                     | SB 6280
      Lawmakers approved S.B. 6280 by a vote of 30 to 19.                   | SB 6280
      Senate Bill 6280 was signed by the governor.                          | SB 6280
      Senate Bill No. 6280 was signed by the governor.                      | SB 6280
      Democrats introduced H.R. 3907 in the House.                          | HR 3907
      Democrats introduced HR 3907 in the House.                            | HR 3907
      The senators filed S. 2052 on Wednesday.                              | S 2052
      The House passed HB 1202 with a veto-proof majority.                  | HB 1202
      House Bill 1202 cleared the chamber.                                  | HB 1202
      The House approved H.F. 2 late on Monday.                             | HF 2
      House File 2 would bar police from using the software.                | HF 2
      The Senate approved SF 23 without debate.                             | SF 23
      Senate File 23 now heads to the governor.                             | SF 23
      Maine lawmakers enacted LD 1585 last week.                            | LD 1585
      Maine lawmakers enacted L.D. 1585 last week.                          | LD 1585
      Ottawa tabled Bill C-27 in the Commons.                               | C-27
      Quebec's National Assembly adopted Bill 64 on Tuesday.                | Bill 64
      Supervisors passed Ordinance 2019-37 by a vote of 8 to 1.             | Ordinance 2019-37
      The board approved File No. 190110 unanimously.                       | File 190110
      """)
  void aBillNumberInAnyStyleJournalistsWriteIsNormalised(String sentence, String number) {
    assertThat(in(sentence)).containsExactly(new Bill(number, null));
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(delimiter = '|', textBlock = """
      Senator Markey reintroduced the Facial Recognition and Biometric Technology Moratorium Act on Tuesday. | Facial Recognition and Biometric Technology Moratorium Act
      Supervisors approved the Surveillance Technology Ordinance in a second vote.                           | Surveillance Technology Ordinance
      The European Parliament adopted the Artificial Intelligence Act on Wednesday.                          | Artificial Intelligence Act
      The council passed Local Law 3 to regulate biometric identifiers.                                      | Local Law 3
      House Democrats unveiled the Justice in Policing Act of 2020 on Monday.                                | Justice in Policing Act of 2020
      The EU's General Data Protection Regulation took effect in 2018.                                       | General Data Protection Regulation
      Members approved the Law Enforcement Directive after a long debate.                                    | Law Enforcement Directive
      An opposition TD published the Biometric Surveillance (Prohibition) Bill 2024 on Tuesday.             | Biometric Surveillance (Prohibition) Bill 2024
      """)
  void aCapitalisedNameEndingInActOrdinanceLawRegulationOrDirectiveIsATitle(String sentence, String title) {
    assertThat(in(sentence)).containsExactly(new Bill(null, title));
  }

  @Test
  void aQuotedNameBeforeOrdinanceIsTheTitleWithTheWordItEndsIn() {
    assertThat(in("The council voted 9-0 for the \"Stop Secret Surveillance\" ordinance on Tuesday."))
        .containsExactly(new Bill(null, "Stop Secret Surveillance Ordinance"));
  }

  @Test
  void aNumberAndATitleInAppositionAreOneBill() {
    assertThat(in("The Assembly passed AB 1215, the Body Camera Accountability Act, on Thursday."))
        .containsExactly(new Bill("AB 1215", "Body Camera Accountability Act"));
    assertThat(in("The Facial Recognition Privacy Act (HB 1202) cleared the House."))
        .containsExactly(new Bill("HB 1202", "Facial Recognition Privacy Act"));
  }

  @Test
  void twoBillsInOneSentenceStayTwo() {
    assertThat(in("The Senate passed SB 6280 a year after AB 1215 stalled."))
        .containsExactly(new Bill("SB 6280", null), new Bill("AB 1215", null));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      The law takes effect in January.
      The bill would ban police use of facial recognition.
      Lawmakers passed a new act on Tuesday.
      The Act bars police from using the technology.
      The House Bill failed by two votes.
      The ban violates Article 8 of the convention, critics said.
      Advocates said the ordinance violates the First Amendment.
      The U.S. 2020 census counted 331 million people.
      The measure passed the Senate 49-1.
      """)
  void genericWordsArticlesAndAmendmentsNameNoBill(String sentence) {
    assertThat(in(sentence)).isEmpty();
  }

  @Test
  void aPossessiveBeforeANameIsNotPartOfIt() {
    assertThat(in("Markey's Facial Recognition Act was never brought to a vote."))
        .containsExactly(new Bill(null, "Facial Recognition Act"));
  }

  @Test
  void aLawTheBillAmendsOrThatASuitCitesIsNotTheBill() {
    assertThat(in("The bill would amend the Civil Rights Act to cover face surveillance.")).isEmpty();
    assertThat(in("The company was sued under the Biometric Information Privacy Act.")).isEmpty();
    assertThat(in("The committee approved a revision to the Personal Information Protection Act.")).isEmpty();
  }

  @Test
  void inATitleCaseHeadlineANameCountsOnlyAfterTheOrAPossessive() {
    assertThat(inTitleCaseHeadline("Senators Act To Curb Police Face Scanning")).isEmpty();
    assertThat(inTitleCaseHeadline("Council Passes Surveillance Technology Ordinance")).isEmpty();
    assertThat(inTitleCaseHeadline("House Passes The Facial Recognition Privacy Act"))
        .containsExactly(new Bill(null, "Facial Recognition Privacy Act"));
    assertThat(inTitleCaseHeadline("Maine's Facial Surveillance Act Takes Effect"))
        .containsExactly(new Bill(null, "Facial Surveillance Act"));
    assertThat(inTitleCaseHeadline("Senate Passes SB 6280 On Facial Recognition"))
        .containsExactly(new Bill("SB 6280", null));
  }

  @Test
  void aPackWithoutABillsSectionNamesNoBill() {
    BillNames none = new BillNames(new RulePackDefinition.Bills(null, null));
    assertThat(none.in("The Senate passed SB 6280, the Facial Recognition Act.", 0, 52, false)).isEmpty();
  }

  @Test
  void aNumberStyleWithoutItsFormFailsAtLoad() {
    RulePackDefinition.Bills bad = new RulePackDefinition.Bills(
        List.of(new RulePackDefinition.BillNumber("SB", List.of("SB"), null)), null);
    assertThatThrownBy(() -> new BillNames(bad)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("{n}");
  }
}
