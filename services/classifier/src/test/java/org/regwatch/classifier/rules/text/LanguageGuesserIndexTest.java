package org.regwatch.classifier.rules.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The hashed ASCII function-word index answers as the word map it is built from. */
class LanguageGuesserIndexTest {

  @Test
  void asciiIndexAnswersAsTheWordMapForEveryFunctionWordAndRandomWords() throws Exception {
    Field indexField = LanguageGuesser.class.getDeclaredField("INDEX");
    indexField.setAccessible(true);
    @SuppressWarnings("unchecked")
    Map<String, Integer> index = (Map<String, Integer>) indexField.get(null);
    Field asciiField = LanguageGuesser.class.getDeclaredField("ASCII_INDEX");
    asciiField.setAccessible(true);
    Object ascii = asciiField.get(null);
    Method get = ascii.getClass().getDeclaredMethod("get", long.class);
    get.setAccessible(true);
    int checked = 0;
    for (Map.Entry<String, Integer> e : index.entrySet()) {
      long key = LanguageGuesser.asciiKey(e.getKey(), 0, e.getKey().length());
      if (key >= 0 && e.getKey().length() <= 8) {
        assertThat(get.invoke(ascii, key)).as(e.getKey()).isEqualTo(e.getValue());
        checked++;
      }
    }
    assertThat(checked).isGreaterThan(150);
    Random r = new Random(11);
    for (int i = 0; i < 200_000; i++) {
      char[] w = new char[1 + r.nextInt(8)];
      for (int j = 0; j < w.length; j++) {
        w[j] = (char) ((r.nextBoolean() ? 'a' : 'A') + r.nextInt(r.nextInt(4) == 0 ? 26 : 6));
      }
      String word = new String(w);
      long key = LanguageGuesser.asciiKey(word, 0, word.length());
      assertThat(get.invoke(ascii, key)).as(word).isEqualTo(index.get(word.toLowerCase(java.util.Locale.ROOT)));
    }
  }
}
