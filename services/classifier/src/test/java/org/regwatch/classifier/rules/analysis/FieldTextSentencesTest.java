package org.regwatch.classifier.rules.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.regwatch.classifier.rules.pack.CompiledPack;
import org.regwatch.classifier.rules.pack.RulePackLoader;
import org.regwatch.events.Evidence;

/**
 * Where the text field runs the sentence model: on every line until the lead is certainly
 * split, and afterwards only on lines that carry a trigger, a named party or the technology —
 * the only lines whose inner boundaries can change what the rules read.
 */
class FieldTextSentencesTest {

  private static final CompiledPack PACK =
      new CompiledPack(new RulePackLoader().load(Optional.empty()).get(0));

  /** Seven sentences of six words or more and no pack phrase: the lead and room for title repeats. */
  private static final String OPENING = "The city council met on a rainy evening downtown. "
      + "Residents filled every seat in the old hall. Several neighbours spoke about the new "
      + "bus routes. Others raised the cost of parking near the river. The mayor listened and "
      + "took careful notes. A vote on the routes is expected next month. The meeting ended "
      + "shortly after nine o'clock.\n";

  @Test
  void theOpeningLinesAreSplitIntoSentencesEvenWithoutAPackPhrase() {
    FieldText f = new FieldText(Evidence.Field.TEXT, OPENING, PACK);

    assertThat(texts(f)).hasSize(7).first().isEqualTo("The city council met on a rainy evening downtown.");
  }

  @Test
  void aLaterLineWithoutTriggerPartyOrTechnologyStaysOneSentence() {
    String filler = "The weather stayed mild all week. Farmers planted their fields early this year.";
    FieldText f = new FieldText(Evidence.Field.TEXT, OPENING + filler, PACK);

    assertThat(texts(f)).hasSize(8).last().isEqualTo(filler);
  }

  @Test
  void aLaterLineThatNamesTheTechnologyIsSplitByTheModel() {
    String line = "The weather stayed mild all week. Police in the county use facial recognition.";
    FieldText f = new FieldText(Evidence.Field.TEXT, OPENING + line, PACK);

    assertThat(texts(f)).hasSize(9).endsWith("The weather stayed mild all week.",
        "Police in the county use facial recognition.");
  }

  @Test
  void aTitleIsOneSentenceFromItsFirstToItsLastCharacterWhateverItsStopsAndLineBreaks() {
    String title = "  Portland bans facial recognition. Council votes 8-1 on Tuesday!\nU.S. reacts.  ";
    FieldText f = new FieldText(Evidence.Field.TITLE, title, PACK);

    assertThat(f.sentences()).hasSize(1);
    assertThat(texts(f)).containsExactly(title.strip());
    assertThat(new FieldText(Evidence.Field.TITLE, " \n -- ", PACK).sentences()).isEmpty();
  }

  @Test
  void sentenceSpansStayOffsetsIntoTheOriginalText() {
    String text = OPENING + "The weather stayed mild.  Farmers planted early.\n";
    FieldText f = new FieldText(Evidence.Field.TEXT, text, PACK);

    for (var s : f.sentences()) {
      assertThat(f.evidence(s).quote()).isEqualTo(text.substring(s.start(), s.end())).isNotBlank();
    }
  }

  private static List<String> texts(FieldText f) {
    return f.sentences().stream().map(s -> f.original().substring(s.start(), s.end())).toList();
  }
}
