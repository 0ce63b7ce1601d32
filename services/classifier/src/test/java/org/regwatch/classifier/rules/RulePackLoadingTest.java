package org.regwatch.classifier.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.regwatch.classifier.rules.pack.RulePackDefinition;
import org.regwatch.classifier.rules.pack.RulePackLoader;
import org.regwatch.events.LegislationStatus;
import org.regwatch.events.SubjectTech;

/** Rule packs are data: a new technology is a new file, loaded from a directory. */
class RulePackLoadingTest {

  private static final String EMOTION_PACK = """
      id: emotion-recognition
      version: 1
      technology:
        name: emotion recognition
        label: other
        terms: [emotion recognition, emotion detection, affect recognition]
      lexicons:
        tech_object:
          terms: [technology, software, systems, use]
        legislation_noun:
          terms: [bill, law, ban, regulation]
      cues:
        negation: {window: 4, terms: [not, never, yet to]}
        demand: {window: 8, terms: [call for, calls for, urge]}
      places:
        - {name: EU, level: supranational, aliases: [EU, European Union]}
      bodies:
        - {type: chamber, terms: [parliament]}
        - {type: municipal, terms: [city council]}
      triggers:
        - id: ban
          kind: ban
          status: by-actor
          terms: [ban, prohibit]
          requires: [tech_object]
          window: 6
        - id: passage
          kind: legislation
          status: passage
          terms: [pass, approve]
          requires: [legislation_noun]
          window: 6
      """;

  @Test
  void theShippedPackLoadsFromTheClasspathWithItsVersion() {
    List<RulePackDefinition> packs = new RulePackLoader().load(Optional.empty());
    assertThat(packs).extracting(RulePackDefinition::versionedId).containsExactly("facial-recognition@27");
  }

  @Test
  void aNewTechnologyIsANewFileInTheConfiguredDirectory(@TempDir Path dir) throws IOException {
    Files.writeString(dir.resolve("emotion-recognition.yaml"), EMOTION_PACK);
    RuleEngine engine = new RuleEngine(new RulePackLoader().load(Optional.of(dir)), 100_000);

    Classification c = engine.classify(new ArticleText(
        "Brussels city council bans emotion recognition software in job interviews", "", null));

    assertThat(engine.rulePacks()).containsExactly(Read.SHIPPED_PACK, "emotion-recognition@1");
    assertThat(c.rulePacks()).containsExactly(Read.SHIPPED_PACK, "emotion-recognition@1");
    assertThat(c.labels().relevant()).isTrue();
    assertThat(c.labels().legislation()).isEqualTo(LegislationStatus.ENACTED);
    assertThat(c.labels().subjectTech()).isEqualTo(SubjectTech.OTHER);
    assertThat(c.developments().get(0).technology()).isEqualTo("emotion recognition");
  }

  @Test
  void theNewPacksCuesApplyToo(@TempDir Path dir) throws IOException {
    Files.writeString(dir.resolve("emotion-recognition.yaml"), EMOTION_PACK);
    RuleEngine engine = new RuleEngine(new RulePackLoader().load(Optional.of(dir)), 100_000);
    Classification c = engine.classify(new ArticleText(
        "Unions call for EU to ban emotion recognition systems at work", "", null));
    assertThat(c.labels().relevant()).isFalse();
  }

  @Test
  void aPackInTheDirectoryReplacesTheShippedOneWithTheSameId(@TempDir Path dir) throws IOException {
    String shipped = new String(getClass().getClassLoader()
        .getResourceAsStream("rulepacks/facial-recognition.yaml").readAllBytes());
    // A version no shipped pack has: only the directory's copy can yield it.
    Files.writeString(dir.resolve("fr-v99.yml"), shipped.replaceFirst("(?m)^version: \\d+", "version: 99"));
    RuleEngine engine = new RuleEngine(new RulePackLoader().load(Optional.of(dir)), 100_000);
    assertThat(engine.rulePacks()).containsExactly("facial-recognition@99");
  }

  @Test
  void aPackThatNamesAnUnknownLexiconFailsAtLoadTimeNamingTheFile(@TempDir Path dir) throws IOException {
    Files.writeString(dir.resolve("broken.yaml"), EMOTION_PACK.replace("requires: [tech_object]", "requires: [nowhere]"));
    assertThatThrownBy(() -> new RulePackLoader().load(Optional.of(dir)))
        .hasMessageContaining("broken.yaml").hasMessageContaining("nowhere");
  }

  @Test
  void aPackWithoutTechnologyTermsIsRejected(@TempDir Path dir) throws IOException {
    Files.writeString(dir.resolve("empty.yaml"), "id: empty\nversion: 1\n");
    assertThatThrownBy(() -> new RulePackLoader().load(Optional.of(dir)))
        .hasMessageContaining("technology.terms");
  }

  @Test
  void theCdiProducerReadsItsConfiguration(@TempDir Path dir) throws IOException {
    Files.writeString(dir.resolve("emotion-recognition.yaml"), EMOTION_PACK);
    ClassifierConfig config = new ClassifierConfig() {
      @Override
      public Optional<Path> rulePacksDir() {
        return Optional.of(dir);
      }

      @Override
      public int maxTextChars() {
        return 10;
      }
    };
    RuleEngine engine = new ClassifierProducer().ruleEngine(config);
    assertThat(engine.rulePacks()).contains("emotion-recognition@1");
    assertThat(engine.classify(new ArticleText("t", "a text longer than ten characters", null)).truncated()).isTrue();
  }
}
