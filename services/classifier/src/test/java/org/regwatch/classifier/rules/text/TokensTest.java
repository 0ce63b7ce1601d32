package org.regwatch.classifier.rules.text;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.regwatch.classifier.rules.ArticleText;

/**
 * {@link Tokens#of}'s own reading of ASCII pieces against Lucene's {@code StandardTokenizer} alone
 * ({@link Tokens#ofLucene}): the same words and punctuation tokens, offset for offset, on every
 * dev, held-out and benchmark text (raw and masked), on every string of up to five characters over
 * an alphabet of each word-break class, and on random and adversarial strings.
 */
class TokensTest {

  private static void same(String text) {
    Tokens fast = Tokens.of(text);
    Tokens lucene = Tokens.ofLucene(text);
    if (!equal(fast, lucene)) {
      assertThat(dump(fast)).as("tokens of <%s>", text).isEqualTo(dump(lucene));
    }
  }

  private static boolean equal(Tokens a, Tokens b) {
    if (a.size() != b.size()) {
      return false;
    }
    for (int i = 0; i < a.size(); i++) {
      if (a.start(i) != b.start(i) || a.end(i) != b.end(i)) {
        return false;
      }
    }
    return true;
  }

  private static List<String> dump(Tokens t) {
    List<String> out = new ArrayList<>();
    for (int i = 0; i < t.size(); i++) {
      out.add(t.start(i) + "-" + t.end(i) + ":" + t.text(i));
    }
    return out;
  }

  @Test
  void sameAsLuceneOnEveryCorpusText() throws Exception {
    List<String> texts = corpusTexts();
    assertThat(texts).hasSizeGreaterThan(1_000);
    for (String t : texts) {
      same(t);
      same(TextMasker.mask(t));
    }
  }

  /** Each UAX #29 word-break class the fast path reads, and neighbours it leaves to Lucene. */
  private static final String ALPHABET = "aZ1._':,;-\" \n@/\u2014\u00e9\u2019\u0301#";

  @Test
  void sameAsLuceneOnEveryShortString() {
    char[] a = ALPHABET.toCharArray();
    char[] buf = new char[5];
    for (int len = 1; len <= 5; len++) {
      int[] idx = new int[len];
      while (true) {
        for (int i = 0; i < len; i++) {
          buf[i] = a[idx[i]];
        }
        same(new String(buf, 0, len));
        int k = len - 1;
        while (k >= 0 && ++idx[k] == a.length) {
          idx[k] = 0;
          k--;
        }
        if (k < 0) {
          break;
        }
      }
    }
  }

  @Test
  void sameAsLuceneOnEveryAsciiPair() {
    for (char x = 0; x < 0x80; x++) {
      for (char y = 0; y < 0x80; y++) {
        for (String mid : new String[] {"", "a", "1", "_", ".", "'", ":", ","}) {
          same("" + x + mid + y);
          same("a" + x + mid + y + "b");
          same("1" + x + mid + y + "2");
        }
      }
    }
  }

  @Test
  void sameAsLuceneOnRandomStrings() {
    String pool = "abcXYZ0123456789._':,;-\"()!?@/#*%&+=<>[]{}|\\~`$^ \n\t\r"
        + "\u2013\u2014\u00e9\u00df\u2019\u2018\u201c\u201d\u2026\u00a0\u0301\u200d\ufe0f\u20e3"
        + "\u05d0\u30a2\u4e2d\uac00\u0e01\u00b7\u2024\u0085\u000b\u000c\u007f\u00ad\u2060";
    Random r = new Random(29);
    StringBuilder b = new StringBuilder();
    for (int round = 0; round < 300_000; round++) {
      b.setLength(0);
      int len = 1 + r.nextInt(round % 10 == 0 ? 400 : 30);
      boolean ascii = r.nextBoolean();
      for (int i = 0; i < len; i++) {
        int p = r.nextInt(10);
        if (p < 4) {
          b.append((char) ('a' + r.nextInt(26)));
        } else if (p < 5) {
          b.append((char) ('0' + r.nextInt(10)));
        } else if (p == 9 && r.nextInt(20) == 0) {
          b.appendCodePoint(0x1F600 + r.nextInt(80)); // emoji: a surrogate pair
        } else {
          b.append(pool.charAt(r.nextInt(ascii ? pool.indexOf('\u2013') : pool.length())));
        }
      }
      same(b.toString());
    }
  }

  @Test
  void sameAsLuceneOnAdversarialStrings() {
    String[] cases = {
      "won't", "Amazon.com", "U.S.", "U.S", "20,000", "one-year", "3.14", "1,2,3", "a.b.c.", ".a.",
      "e.g.,", "v1.2.3-beta", "http://example.com/a_b?c=d&e=f#g", "https://www.nytimes.com/2020/06/10/x.html",
      "jane.doe@example.org", "mailto:someone@x.y", "a:b", "12:30", "10:30pm", "O'Neill's", "'quoted'",
      "rock'n'roll", "__init__", "a_b_1", "_1_", "____", "1st", "2nd.", "$1.5bn", "£20m", "5%", "H.R.",
      "S.B. 1234", "No. 5", "a--b", "x---y", "co-op", "e-mail", "A.I.-powered", "3,000.50", "1.2.3.4",
      "192.168.0.1:8080", "#tag", "@user", "C++", "C#", ".NET", "Node.js", "p.m.", "a..b", "a''b", "1,,2",
      "1.,2", "a.'b", "x'.y", "'s", "s'", "'", ".", "..", "...", "a\u2014b", "a\u2013b", "1\u20132",
      "caf\u00e9", "na\u00efve", "e\u0301t\u00e9", "Stra\u00dfe", "\u00a91", "#\ufe0f\u20e3", "1\ufe0f\u20e3",
      "a\u200db", "\u05d0\"\u05d1", "\u30a2\u30a2_a", "a\u00adb", "a\u2060b", "x\r\ny", "x\u000cy",
      "a" + "b".repeat(300), "1".repeat(1100), "a.".repeat(200), "word ".repeat(1000),
      "a".repeat(255), "a".repeat(256), "a".repeat(1024), "a".repeat(1025) + " b",
    };
    for (String c : cases) {
      same(c);
      same(" " + c + " ");
      same("x" + c + "y");
      same("1" + c + "2");
      same("The " + c + ", said (" + c + ") \u2014 " + c + ".\n" + c);
    }
  }

  private static List<String> corpusTexts() throws Exception {
    List<String> texts = new ArrayList<>();
    List<Path> dirs = new ArrayList<>();
    try (Stream<Path> s = Files.list(Path.of("src/test/resources"))) {
      s.filter(p -> p.getFileName().toString().startsWith("heldout")).sorted().forEach(dirs::add);
    }
    Path dev = Path.of("../../../shared/corpus/dev").toAbsolutePath().normalize();
    if (Files.isDirectory(dev)) {
      dirs.add(dev);
    }
    ObjectMapper json = new ObjectMapper();
    for (Path dir : dirs) {
      List<Path> files;
      try (Stream<Path> s = Files.list(dir)) {
        files = s.filter(p -> p.toString().endsWith(".json")).sorted().toList();
      }
      for (Path f : files) {
        JsonNode n = json.readTree(f.toFile());
        texts.add(n.path("title").asText(""));
        texts.add(n.path("text").asText(""));
      }
    }
    Method m = Class.forName("org.regwatch.classifier.eval.ThroughputBenchmark")
        .getDeclaredMethod("articles", int.class, int.class);
    m.setAccessible(true);
    @SuppressWarnings("unchecked")
    List<ArticleText> bench = (List<ArticleText>) m.invoke(null, 500, 4096);
    for (ArticleText a : bench) {
      texts.add(a.title());
      texts.add(a.text());
    }
    return texts;
  }
}
