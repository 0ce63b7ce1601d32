package org.regwatch.classifier.rules;

import java.time.LocalDate;
import org.regwatch.events.Development;

/** Test helper: one engine for all rule tests (loading the shipped pack once), and short calls. */
final class Read {

  static final RuleEngine ENGINE = RuleEngine.withShippedPacks();
  /** The shipped pack's id@version as loaded, so a version bump does not break every test. */
  static final String SHIPPED_PACK = new org.regwatch.classifier.rules.pack.RulePackLoader()
      .load(java.util.Optional.empty()).get(0).versionedId();
  static final LocalDate PUBLISHED = LocalDate.of(2021, 6, 10); // a Thursday

  private Read() {}

  static Classification title(String title) {
    return ENGINE.classify(new ArticleText(title, "", PUBLISHED));
  }

  static Classification article(String title, String text) {
    return ENGINE.classify(new ArticleText(title, text, PUBLISHED));
  }

  /** The rows of a table of sentences (`a|b|c` per line; blank lines and `#` comments skipped),
   *  each split on `|` with the last cell stripped. */
  static java.util.List<String[]> table(String resource) {
    try (java.io.InputStream in = Read.class.getResourceAsStream(resource)) {
      java.util.List<String[]> rows = new java.util.ArrayList<>();
      for (String line : new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).split("\n")) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] p = line.split("\\|", -1);
        p[p.length - 1] = p[p.length - 1].strip();
        rows.add(p);
      }
      return rows;
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  /** The rows of a sentence table as test arguments: family, title, text, expected label line. */
  static java.util.stream.Stream<org.junit.jupiter.params.provider.Arguments> rows(String resource) {
    return table(resource).stream()
        .map(p -> org.junit.jupiter.params.provider.Arguments.of(p[0], p[1], p[2], p[3]));
  }

  static Development headline(Classification c) {
    Development d = c.developments().isEmpty() ? null : c.developments().get(0);
    if (d == null || !d.headline()) {
      throw new AssertionError("no headline development in " + c);
    }
    return d;
  }

  /** "relevant moratorium legislation" as the sentence tables write them, e.g. "true extended none". */
  static String labelLine(String title, String text) {
    Classification c = article(title, text);
    return c.labels().relevant() + " " + c.labels().moratorium().json() + " "
        + c.labels().legislation().json();
  }
}
