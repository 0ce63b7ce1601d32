package org.regwatch.classifier.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * "Two senators from opposite parties put forward a bill": a count before members of a legislature
 * describes them; it names no one (rule from heldout-12). The actor is the body they sit in: US
 * Congress when the text marks them as federal (a "Sen. Name, R-Mo." tag, a federal bill number,
 * Congress named), else the chamber of the member noun. Names keep their reading.
 */
class CountedMembersTest {

  @Test
  void twoSenatorsTaggedAsMembersOfCongressAreCongress() {
    Classification c = Read.article("Bill would curb facial recognition at stores",
        "WASHINGTON — Two senators on Tuesday introduced a bill to limit facial recognition in"
            + " stores. Sen. Jane Roe, D-Ore., and Sen. John Doe, R-Utah, said the bill would require consent.");
    assertThat(c.labels().legislation().json()).isEqualTo("proposed");
    assertThat(c.labels().actors()).containsExactly("US Congress");
  }

  @Test
  void countedLawmakersWithAFederalBillNumberAreCongress() {
    Classification c = Read.article("Facial recognition bill filed",
        "Three lawmakers filed S. 2210 on Monday, a bill that would bar federal agencies from using"
            + " facial recognition.");
    assertThat(c.labels().actors()).containsExactly("US Congress");
  }

  @Test
  void countedSenatorsWithNoFederalMarkIsTheirChamber() {
    Classification c = Read.article("Facial recognition bill filed",
        "Two senators filed a bill on Monday to ban police use of facial recognition in the state.");
    assertThat(c.labels().actors()).containsExactly("Senate");
  }

  @Test
  void stateSenatorsStayInTheirStatesChamberEvenWithAPartyTag() {
    Classification c = Read.article("Facial recognition bill filed",
        "Two senators filed a bill on Monday to ban police use of facial recognition. State Sen. Ann"
            + " Lee, D-Dayton, said the ban would protect protesters.");
    assertThat(c.labels().actors()).containsExactly("Senate");
  }

  @Test
  void aNamedSenatorIsNoCount() {
    Classification c = Read.article("Facial recognition bill filed",
        "Sen. Ed Markey introduced a bill on Monday to ban federal use of facial recognition.");
    assertThat(c.labels().actors()).doesNotContain("Senate", "Legislature");
  }
}
