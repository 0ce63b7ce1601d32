package org.regwatch.classifier.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.regwatch.classifier.rules.pack.RulePackDefinition;
import org.regwatch.classifier.rules.pack.RulePackLoader;
import org.regwatch.events.LegislationStatus;

/**
 * Which parliaments have one chamber is pack data (lexicon {@code single_chamber_parliament}, docs/rules.md
 * "Rule-pack format"): a new country's parliament is a pack change, and a pack without the lexicon
 * (an older pack, another technology's) loads and has no single-chamber parliament.
 */
class SingleChamberParliamentTest {

  private static final String LEXICON_HEAD = "  single_chamber_parliament:\n    terms: [";
  private static final String ONE_CHAMBER_VOTE = "Westland's Volksraad passed a bill on Tuesday that bans"
      + " police from using facial recognition cameras in public spaces.";
  private static final String TWO_CHAMBER_VOTE = "Westland's Senate passed a bill on Tuesday that bans"
      + " police from using facial recognition cameras in public spaces.";
  private static final String FOLKETING_VOTE = "Denmark's Folketing passed a bill on Tuesday that bans"
      + " police from using facial recognition cameras in public spaces.";

  /** The shipped pack with the made-up Volksraad as a chamber body (so it is found as an actor). */
  private static String shippedWithVolksraadBody() throws IOException {
    String shipped;
    try (var in = SingleChamberParliamentTest.class.getClassLoader()
        .getResourceAsStream("rulepacks/facial-recognition.yaml")) {
      shipped = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    assertThat(shipped).contains("bundestag, committee,").contains(LEXICON_HEAD);
    return shipped.replace("bundestag, committee,", "bundestag, volksraad, committee,");
  }

  private static RuleEngine engine(Path dir, String yaml) throws IOException {
    Path file = dir.resolve("pack.yaml");
    Files.writeString(file, yaml);
    return new RuleEngine(List.of(new RulePackLoader().fromFile(file)), 100_000);
  }

  private static LegislationStatus legislation(RuleEngine engine, String text) {
    return engine.classify(new ArticleText("Bill", text, LocalDate.of(2021, 6, 10))).labels().legislation();
  }

  @Test
  void aParliamentListedInThePacksLexiconMakesLawByItsVote(@TempDir Path dir) throws IOException {
    RuleEngine engine = engine(dir, shippedWithVolksraadBody()
        .replace(LEXICON_HEAD, LEXICON_HEAD + "volksraad, "));

    assertThat(legislation(engine, ONE_CHAMBER_VOTE)).isEqualTo(LegislationStatus.ENACTED);
    assertThat(legislation(engine, TWO_CHAMBER_VOTE)).isEqualTo(LegislationStatus.ADVANCING);
    assertThat(legislation(engine, FOLKETING_VOTE)).isEqualTo(LegislationStatus.ENACTED);
  }

  @Test
  void aChamberTheLexiconDoesNotListStaysAStep(@TempDir Path dir) throws IOException {
    RuleEngine engine = engine(dir, shippedWithVolksraadBody());

    assertThat(legislation(engine, ONE_CHAMBER_VOTE)).isEqualTo(LegislationStatus.ADVANCING);
    assertThat(legislation(engine, FOLKETING_VOTE)).isEqualTo(LegislationStatus.ENACTED);
  }

  @Test
  void aPackWithoutTheLexiconLoadsAndHasNoSingleChamberParliament(@TempDir Path dir) throws IOException {
    String without = shippedWithVolksraadBody()
        .replaceFirst("(?m)^  single_chamber_parliament:\\n    terms: \\[[^\\]]*\\]\\n", "");
    assertThat(without).doesNotContain("single_chamber_parliament:");
    RuleEngine engine = engine(dir, without);

    assertThat(legislation(engine, ONE_CHAMBER_VOTE)).isEqualTo(LegislationStatus.ADVANCING);
    assertThat(legislation(engine, FOLKETING_VOTE)).isEqualTo(LegislationStatus.ADVANCING);
    assertThat(legislation(engine, TWO_CHAMBER_VOTE)).isEqualTo(LegislationStatus.ADVANCING);
  }

  @Test
  void aLexiconTermOfMoreThanOneWordFailsAtLoadTimeNamingTheFile(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("two-words.yaml");
    Files.writeString(file, shippedWithVolksraadBody()
        .replace(LEXICON_HEAD, LEXICON_HEAD + "verkhovna rada, "));
    assertThatThrownBy(() -> new RulePackLoader().fromFile(file))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("two-words.yaml")
        .hasMessageContaining("single_chamber_parliament")
        .hasMessageContaining("verkhovna rada");
  }

  @Test
  void theShippedPackListsTheOneChamberParliaments() {
    RulePackDefinition shipped = new RulePackLoader().fromClasspath().get(0);
    assertThat(shipped.lexicons().get("single_chamber_parliament").terms())
        .contains("folketing", "knesset", "rada")
        .doesNotContain("national assembly");
  }
}
