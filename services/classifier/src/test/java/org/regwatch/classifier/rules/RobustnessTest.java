package org.regwatch.classifier.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.regwatch.classifier.rules.pack.RulePackLoader;
import org.regwatch.events.Evidence;

/** Bad input never throws; it yields an honest classification with a note. */
class RobustnessTest {

  @Test
  void anEmptyArticleIsIrrelevantWithANote() {
    Classification c = Read.ENGINE.classify(new ArticleText(null, null, null));
    assertThat(c.labels().relevant()).isFalse();
    assertThat(c.note()).isEqualTo("empty article");
    assertThat(c.rulePacks()).containsExactly(Read.SHIPPED_PACK);
  }

  @Test
  void aTitleAloneIsEnough() {
    Classification c = Read.ENGINE.classify(new ArticleText("Boston bans facial recognition", "", null));
    assertThat(c.labels().relevant()).isTrue();
  }

  @Test
  void tenMegabytesAreTruncatedAndFlagged() {
    String paragraph = "The city council met on Tuesday to discuss parking, parks and the budget. ";
    StringBuilder b = new StringBuilder("The city council voted to ban police use of facial recognition. ");
    while (b.length() < 10_000_000) {
      b.append(paragraph);
    }
    String text = b.toString();
    long start = System.nanoTime();
    Classification c = Read.ENGINE.classify(new ArticleText("Council acts", text, LocalDate.of(2021, 1, 5)));
    long millis = (System.nanoTime() - start) / 1_000_000;
    assertThat(c.truncated()).isTrue();
    assertThat(c.labels().relevant()).isTrue();
    assertThat(millis).isLessThan(5_000);
  }

  @Test
  void aShortLimitTruncatesAtThatLimit() {
    RuleEngine small = new RuleEngine(new RulePackLoader().load(Optional.empty()), 50);
    Classification c = small.classify(new ArticleText("Title",
        "Some words here and there. The city council voted to ban facial recognition.", null));
    assertThat(c.truncated()).isTrue();
    assertThat(c.labels().relevant()).isFalse();
  }

  @Test
  void germanTextIsDetectedAndNotRead() {
    Classification c = Read.article("Stadt verbietet Gesichtserkennung",
        "Der Stadtrat hat am Dienstag beschlossen, die Gesichtserkennung durch die Polizei zu verbieten. "
            + "Die Entscheidung wurde mit großer Mehrheit getroffen und gilt ab sofort für alle Behörden der Stadt.");
    assertThat(c.labels().relevant()).isFalse();
    assertThat(c.language()).isEqualTo("de");
    assertThat(c.note()).isEqualTo("not English (de)");
  }

  @Test
  void aSwedishArticleNamingEnglishProductsIsDetectedAndNotRead() {
    // No Swedish function-word list exists: the OpenNLP detector tells it, the English names in it
    // ("Clearview AI", "facial recognition") must not make it an English development.
    Classification c = Read.article("IMY bötfäller polisen för Clearview AI",
        "Integritetsskyddsmyndigheten har beslutat att polisen ska betala en sanktionsavgift på 2,5 "
            + "miljoner kronor för att ha använt Clearview AI, ett verktyg för facial recognition, utan "
            + "att ha gjort en konsekvensbedömning. Myndigheten förbjuder också fortsatt användning.");
    assertThat(c.labels().relevant()).isFalse();
    assertThat(c.language()).isEqualTo("sv");
    assertThat(c.note()).isEqualTo("not English (sv)");
  }

  @Test
  void htmlRemnantsAreReadAsTextAndSpansStillIndexTheOriginal() {
    String text = "<div class=\"lead\"><b>Boston</b> City Council &amp; mayor: the council "
        + "<a href=\"/x\">voted</a> to ban facial recognition.</div><script>var x = 1;</script>";
    Classification c = Read.article("", text);
    assertThat(c.labels().relevant()).isTrue();
    Evidence e = Read.headline(c).evidence().get(0);
    assertThat(text.substring(e.start(), e.end())).isEqualTo(e.quote());
  }

  @Test
  void invalidCharactersDoNotBreakTheEngine() {
    String text = "Amazon \uD800 pauses \u0000 police use \uDFFF of facial recognition \uFFFD for a year.";
    Classification c = Read.article("\uDBFF", text);
    assertThat(c.labels().relevant()).isTrue();
  }

  @Test
  void punctuationOnlyAndWhitespaceOnlyTextsAreIrrelevant() {
    for (String text : List.of("   \n\t  ", "...!!!???", "<<<>>>&&&;;;", "\u2014\u2014\u2014")) {
      Classification c = Read.article("", text);
      assertThat(c.labels().relevant()).as(text).isFalse();
    }
  }
}
