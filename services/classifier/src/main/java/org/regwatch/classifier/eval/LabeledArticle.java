package org.regwatch.classifier.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import org.regwatch.classifier.rules.ArticleText;

/**
 * One labeled file of the corpus format (docs/domain.md). The classifier sees only {@link
 * #article()} (title, text, published); the gold labels are kept apart for scoring.
 */
record LabeledArticle(String file, ArticleText article, Gold gold) {

  record Gold(String relevant, String moratorium, String legislation, List<String> actors,
      String subjectTech) {}

  static LabeledArticle read(ObjectMapper json, Path file) throws IOException {
    JsonNode root = json.readTree(file.toFile());
    JsonNode labels = root.path("labels");
    if (!labels.isObject()) {
      throw new IOException("no labels object");
    }
    LocalDate published = null;
    String p = root.path("published").asText(null);
    if (p != null && !p.isBlank() && !root.path("published").isNull()) {
      try {
        published = LocalDate.parse(p.length() > 10 ? p.substring(0, 10) : p);
      } catch (DateTimeParseException e) {
        published = null;
      }
    }
    ArticleText article = new ArticleText(root.path("title").asText(""), root.path("text").asText(""),
        published);
    List<String> actors = new ArrayList<>();
    labels.path("actors").forEach(a -> actors.add(a.asText()));
    Gold gold = new Gold(
        String.valueOf(labels.path("relevant").asBoolean(false)),
        labels.path("moratorium").asText("none"),
        labels.path("legislation").asText("none"),
        actors,
        labels.path("subject_tech").asText("none"));
    return new LabeledArticle(file.getFileName().toString(), article, gold);
  }
}
