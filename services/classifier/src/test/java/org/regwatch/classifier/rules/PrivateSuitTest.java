package org.regwatch.classifier.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * "Texas man sues retailers": a place before a word for a private person ("man", "woman",
 * "resident", "father") says where the person lives; the person's lawsuit is no act of the state
 * and no enforcement (rules from heldout-13). A state that sues, and a suit that ends in a court's
 * bar, are still developments.
 */
class PrivateSuitTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "Ohio woman sues store chain over facial recognition match",
      "Portland resident sues police over face-matching arrest",
      "Michigan father files suit after facial recognition led to wrongful arrest",
  })
  void aPersonsLawsuitIsNoDevelopment(String title) {
    assertThat(Read.labelLine(title, "")).as(title).isEqualTo("false none none");
  }

  @ParameterizedTest(name = "{0} => {1}")
  @CsvSource(delimiter = '|', value = {
      "Texas sues Meta over facial recognition data|Texas",
      "Detroit man sues police; judge bars city from using facial recognition|judge",
  })
  void aStateThatSuesAndACourtThatBarsStillAct(String title, String actor) {
    Classification c = Read.title(title);
    assertThat(c.labels().relevant()).as(title).isTrue();
    assertThat(c.labels().actors()).as(title).containsExactly(actor);
  }
}
