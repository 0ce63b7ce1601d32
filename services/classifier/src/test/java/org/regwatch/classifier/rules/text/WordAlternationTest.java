package org.regwatch.classifier.rules.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.regwatch.classifier.rules.pack.RulePackDefinition;
import org.regwatch.classifier.rules.pack.RulePackLoader;

/**
 * The whole-word term alternation gives the answers of the regular expression it replaced — on
 * the shipped pack's term lists, over the held-out articles and over generated text full of case
 * variants, word-joining letters and numbers of other scripts.
 */
class WordAlternationTest {

  private static final List<String> OTHER = List.of("license plate reader", "plate reader",
      "plate readers", "=AI", "artificial intelligence", "drone", "drones", "cell-site simulator");

  @Test
  void findsATermWhateverItsCapitalisationButAnExactTermOnlyAsWritten() {
    WordAlternation a = WordAlternation.of(OTHER);

    assertThat(a.find("Police add DRONES to patrols")).isTrue();
    assertThat(a.find("The AI law passed")).isTrue();
    assertThat(a.find("He said he would aid the city")).isFalse();
    assertThat(a.find("an ai startup")).isFalse();
  }

  @Test
  void findsOnlyWholeWords() {
    WordAlternation a = WordAlternation.of(OTHER);

    assertThat(a.find("droneless skies and AIs")).isFalse();
    assertThat(a.find("drone2 and 3drones")).isFalse();
    assertThat(a.find("(drone)")).isTrue();
  }

  @Test
  void replacesTheFirstAlternativeThatEndsAWordLikeTheRegex() {
    WordAlternation a = WordAlternation.of(List.of("plate reader", "plate readers", "Clearview AI"));

    assertThat(a.replaceAll("Plate readers and clearview ai, plate reader.", "_"))
        .isEqualTo("_ and _, _.");
  }

  @Test
  void answersLikeTheRegexOnTheShippedTermListsAndHeldOutArticles() throws IOException {
    List<List<String>> lists = shippedTermLists();
    List<String> texts = new ArrayList<>();
    for (String folder : List.of("heldout", "heldout-2", "heldout-3", "heldout-4", "heldout-5")) {
      try (Stream<Path> files = Files.list(Path.of("src/test/resources", folder))) {
        for (Path f : files.sorted().toList()) {
          texts.add(Files.readString(f));
        }
      }
    }
    assertThat(texts).hasSizeGreaterThan(100);
    for (List<String> terms : lists) {
      assertSameAnswers(terms, texts);
    }
  }

  @Test
  void answersLikeTheRegexOnGeneratedTextWithUnicodeLettersAndNumbers() {
    List<List<String>> lists = new ArrayList<>(shippedTermLists());
    lists.add(List.of("straße", "ſtop", "\u212Aelvin", "İstanbul", "=Ω", "=AI", "ai ai", "a-b"));
    Random r = new Random(7);
    String[] glue = {" ", " ", ", ", "-", ".", "\n", "'", "é", "ß", "\u017F", "\u212A", "\u0130",
        "\u0663", "\u00B2", "\u216B", "_", "3", "(", "\u00A0", "\uD835\uDC00"};
    for (List<String> terms : lists) {
      List<String> texts = new ArrayList<>();
      for (int i = 0; i < 3_000; i++) {
        StringBuilder b = new StringBuilder();
        int parts = 1 + r.nextInt(6);
        for (int p = 0; p < parts; p++) {
          String t = terms.get(r.nextInt(terms.size()));
          t = t.startsWith("=") ? t.substring(1) : t;
          b.append(recase(t, r)).append(glue[r.nextInt(glue.length)]);
          if (r.nextInt(3) == 0) {
            b.append(recase(terms.get(r.nextInt(terms.size())), r), 0, 1 + r.nextInt(2));
          }
        }
        texts.add(b.toString());
      }
      assertSameAnswers(terms, texts);
    }
  }

  private static void assertSameAnswers(List<String> terms, List<String> texts) {
    WordAlternation a = WordAlternation.of(terms);
    Pattern regex = WordAlternation.regex(terms);
    for (String text : texts) {
      assertThat(a.find(text)).as("find %s in %s", terms, text).isEqualTo(regex.matcher(text).find());
      assertThat(a.replaceAll(text, " ")).as("replace %s in %s", terms, text)
          .isEqualTo(regex.matcher(text).replaceAll(" "));
    }
  }

  private static String recase(String s, Random r) {
    StringBuilder b = new StringBuilder(s.length());
    for (char c : s.toCharArray()) {
      int k = r.nextInt(4);
      b.append(k == 0 ? Character.toUpperCase(c) : k == 1 ? Character.toLowerCase(c) : c);
    }
    return b.toString();
  }

  private static List<List<String>> shippedTermLists() {
    RulePackDefinition d = new RulePackLoader().load(Optional.empty()).get(0);
    List<String> own = new ArrayList<>(d.technology().terms());
    if (d.technology().broader() != null) {
      own.addAll(d.technology().broader().terms());
    }
    List<String> names = new ArrayList<>();
    d.organisations().forEach(o -> names.addAll(o.aliases()));
    d.products().forEach(p -> names.addAll(p.aliases()));
    return List.of(own, names, d.lexicons().get("other_tech").terms());
  }
}
