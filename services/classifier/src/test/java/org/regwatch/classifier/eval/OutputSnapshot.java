package org.regwatch.classifier.eval;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.regwatch.classifier.rules.ArticleText;
import org.regwatch.classifier.rules.RuleEngine;

/**
 * A harness, not a test (the suite never runs it): writes the engine's full output — labels,
 * developments with dates and evidence offsets, language, note — for every labeled article of the
 * given folders, for each of their paragraphs read as an article of its own (more lead, title
 * and sentence-boundary situations than the whole articles give), and for the benchmark
 * articles. A speed change must leave this file byte-identical: dump before, dump after, {@code
 * cmp}. Run:
 * {@code mvn -B -q -o -pl services/classifier test-compile exec:java -Dexec.classpathScope=test
 * -Dexec.mainClass=org.regwatch.classifier.eval.OutputSnapshot -Dexec.args="OUT DIR..."}
 */
public final class OutputSnapshot {

  private OutputSnapshot() {}

  public static void main(String[] args) throws IOException {
    RuleEngine engine = RuleEngine.withShippedPacks();
    ObjectMapper json = new ObjectMapper();
    int lines = 0;
    try (PrintWriter out = new PrintWriter(Files.newBufferedWriter(Path.of(args[0]), StandardCharsets.UTF_8))) {
      for (int i = 1; i < args.length; i++) {
        List<Path> files;
        try (Stream<Path> s = Files.list(Path.of(args[i]))) {
          files = s.filter(p -> p.getFileName().toString().endsWith(".json")).sorted().toList();
        }
        for (Path file : files) {
          ArticleText a = LabeledArticle.read(json, file).article();
          String name = file.getFileName().toString();
          out.println(name + " " + engine.classify(a));
          String[] paragraphs = a.text().split("\n");
          for (int p = 0; p < paragraphs.length; p++) {
            if (paragraphs[p].isBlank()) {
              continue;
            }
            out.println(name + "#" + p + " " + engine.classify(
                new ArticleText(p == 0 ? "" : paragraphs[p - 1], paragraphs[p], a.published())));
            lines++;
          }
          // Without a publication date the relative dates must stay unresolved the same way.
          out.println(name + " undated " + engine.classify(new ArticleText(a.title(), a.text(), null)));
          lines += 2;
        }
      }
      List<ArticleText> bench = ThroughputBenchmark.articles(500, 4096);
      for (int i = 0; i < bench.size(); i++) {
        out.println("bench-" + i + " " + engine.classify(bench.get(i)));
        lines++;
      }
    }
    System.out.println(lines + " classifications written to " + args[0]);
  }
}
