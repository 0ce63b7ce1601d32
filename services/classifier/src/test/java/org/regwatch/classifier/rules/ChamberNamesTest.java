package org.regwatch.classifier.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Who acts, by the name a reader would look up (rules from heldout-11): a bare descriptor of a
 * chamber's members ("Peer", "Senators", "MPs" as the subject of a headline) is no actor name, the
 * chamber acts; a possessive country before its chamber ("Brazil's Senate") is the chamber's
 * canonical name; police forces named "X Police" and federal agencies that use the technology are
 * known bodies. Lowercase members ("state senators", "its peers") keep their old reading.
 */
class ChamberNamesTest {

  @ParameterizedTest(name = "{0} => {1}")
  @CsvSource(delimiter = '|', value = {
      "Peer tables bill to ban facial recognition|House of Lords",
      "Peers table motion to pause police facial recognition|House of Lords",
      "Senators introduce bill to curb facial recognition by federal agencies|Senate",
      "Senators file bill to stop airports using facial recognition|Senate",
      "MPs vote to ban police facial recognition|House of Commons",
      "Brazil's Senate approves bill limiting facial recognition|Brazilian Senate",
      "Brazilian Senate passes bill curbing live facial recognition|Brazilian Senate",
      "Italy's Parliament passes law freezing facial recognition in public spaces|Italian Parliament",
      "South Wales Police suspends facial recognition after ruling|South Wales Police",
      "Metropolitan Police pauses live facial recognition|Metropolitan Police",
      "Police Scotland shelves plans for live facial recognition|Police Scotland",
      "TSA halts facial recognition at checkpoints|Transportation Security Administration",
      // lowercase members with their state stay as written; a company's peers are no chamber
      "Washington state senators pass bill to ban police facial recognition|Washington state senators",
      "Amazon and its peers pause facial recognition sales to police|Amazon",
  })
  void theActorIsTheBodysName(String title, String actor) {
    assertThat(Read.title(title).labels().actors()).as(title).containsExactly(actor);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "Peers call for ban on live facial recognition",
      "Senators urge FBI to halt facial recognition use",
      "MPs urge ministers to ban police facial recognition",
      "New peer-reviewed study finds bias in facial recognition",
  })
  void membersWhoDemandAndAPeerReviewedStudyTakeNoAction(String title) {
    assertThat(Read.title(title).labels().relevant()).as(title).isFalse();
  }
}
