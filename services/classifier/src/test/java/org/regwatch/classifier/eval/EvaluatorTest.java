package org.regwatch.classifier.eval;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.regwatch.classifier.rules.ArticleClassifier;
import org.regwatch.classifier.rules.Classification;
import org.regwatch.events.ArticleLabels;
import org.regwatch.events.Bill;
import org.regwatch.events.Development;
import org.regwatch.events.DevelopmentKind;
import org.regwatch.events.DevelopmentStatus;
import org.regwatch.events.Evidence;
import org.regwatch.events.LegislationStatus;
import org.regwatch.events.MoratoriumStatus;
import org.regwatch.events.SubjectTech;

/** The evaluation scores what it is given, reads only title/text/published, and prints both ways. */
class EvaluatorTest {

  @TempDir
  Path dir;

  @BeforeEach
  void writeThreeLabeledArticles() throws IOException {
    write("a.json", "Council bans face recognition", true, "none", "enacted", "[\"Council\"]");
    write("b.json", "Company pauses face recognition", true, "announced", "none", "[\"Company\"]");
    write("c.json", "Study of face recognition", false, "none", "none", "[]");
  }

  private void write(String name, String title, boolean relevant, String moratorium, String legislation,
      String actors) throws IOException {
    Files.writeString(dir.resolve(name), """
        {"source": "https://example.org/%s", "title": "%s", "published": "2021-06-01", "text": "Body.",
         "labels": {"relevant": %s, "moratorium": "%s", "legislation": "%s", "actors": %s,
                    "subject_tech": "facial recognition"},
         "evidence": "x", "notes": "the classifier must never see this"}
        """.formatted(name, title, relevant, moratorium, legislation, actors));
  }

  /** Says "relevant, enacted by Council" for everything, and records what it was shown. */
  private static final class AlwaysEnacted implements ArticleClassifier {
    @Override
    public Classification classify(org.regwatch.classifier.rules.ArticleText a) {
      assertThat(a.text()).isEqualTo("Body.");
      assertThat(a.published()).hasToString("2021-06-01");
      return new Classification(new ArticleLabels(true, MoratoriumStatus.NONE, LegislationStatus.ENACTED,
          List.of("Council"), SubjectTech.FACIAL_RECOGNITION), List.of(), "en", "", false, List.of("t@1"));
    }
  }

  @Test
  void countsTheLegislativeDevelopmentsThatNameTheirBillWithoutScoringThem() {
    ArticleClassifier twoBillsOneNamed = a -> new Classification(new ArticleLabels(true,
        MoratoriumStatus.NONE, LegislationStatus.ENACTED, List.of("Council"), SubjectTech.FACIAL_RECOGNITION),
        List.of(legislation(new Bill("Ordinance 2019-37", null)), legislation(null)), "en", "", false,
        List.of("t@1"));

    EvaluationReport r = new Evaluator(twoBillsOneNamed, List.of("t@1")).evaluate(dir);

    assertThat(r.legislativeDevelopments()).isEqualTo(6);
    assertThat(r.billsNamed()).isEqualTo(3);
    assertThat(ReportPrinter.text(r)).contains("bills named: 3 of 6 legislative developments");
  }

  private static Development legislation(Bill bill) {
    return new Development(DevelopmentKind.LEGISLATION, DevelopmentStatus.ENACTED, false, "Council",
        "facial recognition", null, null, null, null, null, null, 0.9,
        List.of(new Evidence(Evidence.Field.TITLE, 0, 7, "Council")), bill);
  }

  @Test
  void scoresPerFieldWithPrecisionRecallAndMacroF1() {
    EvaluationReport r = new Evaluator(new AlwaysEnacted(), List.of("t@1")).evaluate(dir);

    assertThat(r.files()).isEqualTo(3);
    FieldScore relevant = r.field("relevant");
    assertThat(relevant.accuracy()).isEqualTo(2.0 / 3);
    assertThat(relevant.precision("true")).isEqualTo(2.0 / 3);
    assertThat(relevant.recall("true")).isEqualTo(1.0);
    assertThat(relevant.f1("false")).isZero();
    assertThat(relevant.macroF1()).isEqualTo((0.8 + 0) / 2, org.assertj.core.data.Offset.offset(1e-9));
    FieldScore legislation = r.field("legislation");
    assertThat(legislation.count("none", "enacted")).isEqualTo(2);
    assertThat(legislation.values()).containsExactly("enacted", "none");
    assertThat(r.actorsAccuracy()).isEqualTo(1.0 / 3);
    assertThat(r.wrong()).extracting(EvaluationReport.WrongFile::file).containsExactly("b.json", "c.json");
  }

  @Test
  void theCommandPrintsJsonForMachinesWithTheFolderAsLastArgument() throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    int code = EvaluationCommand.run(new String[] {"eval", "--json", dir.toString()},
        new PrintStream(out, true, StandardCharsets.UTF_8), System.err);
    assertThat(code).isZero();
    JsonNode json = new ObjectMapper().readTree(out.toString(StandardCharsets.UTF_8));
    assertThat(json.path("files").asInt()).isEqualTo(3);
    assertThat(json.path("rulePacks").get(0).asText()).isEqualTo(new org.regwatch.classifier.rules.pack.RulePackLoader()
        .load(java.util.Optional.empty()).get(0).versionedId());
    assertThat(json.path("fields").path("moratorium").has("macroF1")).isTrue();
    assertThat(json.path("fields").path("legislation").path("confusion").isObject()).isTrue();
    assertThat(json.path("wrong").isArray()).isTrue();
  }

  @Test
  void theCommandPrintsTablesForPeople() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    EvaluationCommand.run(new String[] {"eval", dir.toString()},
        new PrintStream(out, true, StandardCharsets.UTF_8), System.err);
    String text = out.toString(StandardCharsets.UTF_8);
    assertThat(text).contains("relevant: accuracy", "macro-F1", "confusion (rows: gold, columns: predicted)",
        "wrong files:");
  }

  @Test
  void aMissingFolderIsAUsageError() {
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code = EvaluationCommand.run(new String[] {"eval", dir.resolve("nope").toString()}, System.out,
        new PrintStream(err, true, StandardCharsets.UTF_8));
    assertThat(code).isEqualTo(2);
    assertThat(err.toString(StandardCharsets.UTF_8)).contains("usage: eval");
  }

  @Test
  void actorNamesMatchLeniently() {
    assertThat(ActorMatch.setsMatch(List.of("Washington State (Gov. Jay Inslee)"), List.of("Governor Jay Inslee"))).isTrue();
    assertThat(ActorMatch.setsMatch(List.of("Amazon"), List.of("Microsoft"))).isFalse();
    assertThat(ActorMatch.setsMatch(List.of(), List.of())).isTrue();
  }
}
