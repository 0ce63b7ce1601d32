package org.regwatch.classifier.eval;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.regwatch.classifier.rules.ArticleClassifier;
import org.regwatch.classifier.rules.Classification;
import org.regwatch.events.ArticleLabels;
import org.regwatch.events.Development;
import org.regwatch.events.DevelopmentKind;

/**
 * Classifies every {@code *.json} file of a folder from its title, text and publication date only,
 * and scores the result against its labels.
 */
public final class Evaluator {

  public static final List<String> FIELDS = List.of("relevant", "moratorium", "legislation", "subject_tech");

  private final ArticleClassifier classifier;
  private final List<String> rulePacks;
  private final ObjectMapper json = new ObjectMapper();

  public Evaluator(ArticleClassifier classifier, List<String> rulePacks) {
    this.classifier = classifier;
    this.rulePacks = List.copyOf(rulePacks);
  }

  public EvaluationReport evaluate(Path folder) {
    List<Path> files;
    try (Stream<Path> s = Files.list(folder)) {
      files = s.filter(p -> p.getFileName().toString().endsWith(".json")).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list " + folder, e);
    }
    Map<String, FieldScore> scores = new LinkedHashMap<>();
    FIELDS.forEach(f -> scores.put(f, new FieldScore(f)));
    List<String> unreadable = new ArrayList<>();
    List<EvaluationReport.WrongFile> wrong = new ArrayList<>();
    int actorHits = 0;
    int legislative = 0;
    int billsNamed = 0;
    int scored = 0;
    for (Path file : files) {
      LabeledArticle labeled;
      try {
        labeled = LabeledArticle.read(json, file);
      } catch (IOException | RuntimeException e) {
        unreadable.add(file.getFileName() + ": " + e.getMessage());
        continue;
      }
      scored++;
      Classification c = classifier.classify(labeled.article());
      for (Development d : c.developments()) {
        if (d.kind() == DevelopmentKind.LEGISLATION || d.kind() == DevelopmentKind.BAN) {
          legislative++;
          billsNamed += d.bill() != null ? 1 : 0;
        }
      }
      ArticleLabels p = c.labels();
      LabeledArticle.Gold g = labeled.gold();
      Map<String, String> predicted = Map.of(
          "relevant", String.valueOf(p.relevant()),
          "moratorium", p.moratorium().json(),
          "legislation", p.legislation().json(),
          "subject_tech", p.subjectTech().json());
      Map<String, String> gold = Map.of(
          "relevant", g.relevant(),
          "moratorium", g.moratorium(),
          "legislation", g.legislation(),
          "subject_tech", g.subjectTech());
      Map<String, String> mistakes = new LinkedHashMap<>();
      for (String f : FIELDS) {
        scores.get(f).add(gold.get(f), predicted.get(f));
        if (!gold.get(f).equals(predicted.get(f))) {
          mistakes.put(f, gold.get(f) + " -> " + predicted.get(f));
        }
      }
      if (ActorMatch.setsMatch(g.actors(), p.actors())) {
        actorHits++;
      } else {
        mistakes.put("actors", g.actors() + " -> " + p.actors());
      }
      if (!mistakes.isEmpty()) {
        wrong.add(new EvaluationReport.WrongFile(labeled.file(), mistakes));
      }
    }
    return new EvaluationReport(folder.toString(), rulePacks, scored, unreadable, scores,
        scored == 0 ? 0 : (double) actorHits / scored, wrong, legislative, billsNamed);
  }
}
