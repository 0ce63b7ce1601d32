package org.regwatch.classifier.rules.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** {@link Tokens#lower}: the token's text lower-cased with Locale.ROOT, whatever its characters. */
class TokensLowerTest {

  @Test
  void isTheRootLowerCaseOfEveryToken() {
    Random r = new Random(5);
    String[] pieces = {"Ban", "BAN", "ban", "U.S.", "Amazon's", "won't", "20,000", "Zürich",
        "İstanbul", "ΣΟΦΙΑ", "\u212Aelvin", "Straße", "é", "—", "(", ",", "AB_c", "x1Y", "@Z"};
    for (int i = 0; i < 5_000; i++) {
      StringBuilder b = new StringBuilder();
      int n = 1 + r.nextInt(12);
      for (int j = 0; j < n; j++) {
        b.append(pieces[r.nextInt(pieces.length)]).append(r.nextInt(4) == 0 ? "" : " ");
      }
      Tokens t = Tokens.of(b.toString());
      for (int k = 0; k < t.size(); k++) {
        assertThat(t.lower(k)).as(b.toString()).isEqualTo(t.text(k).toLowerCase(Locale.ROOT));
      }
    }
  }
}
