package org.regwatch.classifier.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.regwatch.classifier.rules.pack.Inflector;
import org.regwatch.classifier.rules.text.LanguageGuesser;
import org.regwatch.classifier.rules.text.Sentence;
import org.regwatch.classifier.rules.text.SentenceSplitter;
import org.regwatch.classifier.rules.text.TextMasker;
import org.regwatch.classifier.rules.text.Tokens;

/** The text building blocks: OpenNLP sentences with the news-abbreviation veto, masking,
 *  inflection and the two-step language check. */
class TextBuildingBlocksTest {

  @Test
  void abbreviationsAndInitialsDoNotEndASentence() {
    String text = "Sen. Ed Markey, D-Mass., filed the bill in the U.S. Senate on Jan. 5. It failed. Then J. Smith spoke.";
    List<Sentence> s = SentenceSplitter.split(text);
    assertThat(s).extracting(x -> text.substring(x.start(), x.end())).containsExactly(
        "Sen. Ed Markey, D-Mass., filed the bill in the U.S. Senate on Jan. 5.", "It failed.",
        "Then J. Smith spoke.");
  }

  @Test
  void abbreviationsInCapitalsOrWithAccentsAreRecognisedLikeLowerCaseOnes() {
    String text = "The CALIF. Senate and the Montréal Sept. meeting met in Dr. Émile's office. Then they left.";
    List<Sentence> s = SentenceSplitter.split(text);
    assertThat(s).extracting(x -> text.substring(x.start(), x.end())).containsExactly(
        "The CALIF. Senate and the Montréal Sept. meeting met in Dr. Émile's office.", "Then they left.");
  }

  @Test
  void aDottedBillPrefixBeforeItsNumberDoesNotEndASentence() {
    String text = "Assemblymember Ruiz introduced A.B. 989 on Monday. The House passed H.R. 3907. "
        + "S.B. 6280 now goes to the governor.";
    List<Sentence> s = SentenceSplitter.split(text);
    assertThat(s).extracting(x -> text.substring(x.start(), x.end())).containsExactly(
        "Assemblymember Ruiz introduced A.B. 989 on Monday.", "The House passed H.R. 3907.",
        "S.B. 6280 now goes to the governor.");
  }

  @Test
  void dottedInitialsAtTheEndOfASentenceStillEndItBeforeAWord() {
    String text = "The bill now heads to the U.S. Senate. It was filed by the A.C.L.U. Supporters cheered.";
    assertThat(SentenceSplitter.split(text)).extracting(x -> text.substring(x.start(), x.end()))
        .contains("Supporters cheered.");
  }

  @Test
  void aLineBreakEndsASentence() {
    String text = "Amazon halts police use\nThe company said so.";
    assertThat(SentenceSplitter.split(text)).hasSize(2);
  }

  @Test
  void maskingKeepsTheLengthSoOffsetsStayValid() {
    String html = "<p>Amazon&rsquo;s pause</p>\u2019\uD800";
    String masked = TextMasker.mask(html);
    assertThat(masked).hasSize(html.length());
    assertThat(masked).doesNotContain("<p>").doesNotContain("&rsquo;");
    assertThat(masked.charAt(html.length() - 2)).isEqualTo('\'');
  }

  @Test
  void theFirstWordOfATriggerIsInflected() {
    assertThat(Inflector.forms("ban")).contains("ban", "bans", "banned", "banning");
    assertThat(Inflector.forms("put a halt on")).contains("putting a halt on", "puts a halt on");
    assertThat(Inflector.forms("pause")).contains("paused", "pausing", "pauses");
    assertThat(Inflector.forms("strike down")).contains("struck down");
  }

  @Test
  void aTitleBeforeANameDoesNotEndTheSentenceTheModelWouldEnd() {
    // The UD English model alone breaks after "Gov." and cuts the signer from the verb.
    String text = "Oregon Gov. Kate Brown signed the bill. Amazon.com Inc., the retailer, paused sales.";
    assertThat(SentenceSplitter.split(text)).extracting(x -> text.substring(x.start(), x.end()))
        .containsExactly("Oregon Gov. Kate Brown signed the bill.", "Amazon.com Inc., the retailer, paused sales.");
  }

  @Test
  void sentenceSpansAreOffsetsIntoTheOriginalText() {
    String text = "  Heading without a stop\n\nThe ban passed. \"It is final,\" she said.\n";
    assertThat(SentenceSplitter.split(text)).extracting(x -> text.substring(x.start(), x.end()))
        .containsExactly("Heading without a stop", "The ban passed.", "\"It is final,\" she said.");
  }

  @Test
  void wordsFollowUnicodeWordBoundariesAndClausePunctuationIsKept() {
    String text = "Amazon's one-year pause won't end; the U.S. fine (20,000 euros) -- \"final\", she said.";
    Tokens t = Tokens.of(text);
    List<String> tokens = new java.util.ArrayList<>();
    for (int i = 0; i < t.size(); i++) {
      tokens.add(t.text(i));
    }
    assertThat(tokens).containsExactly("Amazon's", "one", "year", "pause", "won't", "end", ";", "the",
        "U.S", "fine", "(", "20,000", "euros", ")", "-", "\"", "final", "\"", ",", "she", "said");
  }

  @Test
  void englishIsToldByItsFunctionWordsWithoutTheModel() {
    assertThat(LanguageGuesser.guess("The council voted to ban the use of the technology by the police.")).isEqualTo("en");
  }

  @Test
  void aLanguageWithoutAFunctionWordListIsToldByTheOpenNlpDetector() {
    String polish = "Rada miejska przegłosowała w poniedziałek zakaz używania systemów rozpoznawania twarzy "
        + "przez policję, a prezydent miasta zapowiedział, że przepisy wejdą w życie jeszcze w tym roku.";
    assertThat(LanguageGuesser.guess(polish)).isEqualTo("pl");
  }

  @Test
  void anotherLanguagesFunctionWordsAreConfirmedByTheDetector() {
    assertThat(LanguageGuesser.guess("Le conseil a voté pour interdire la reconnaissance faciale dans les écoles et les rues.")).isEqualTo("fr");
  }

  @Test
  void aSingleWordIsTooShortToTell() {
    assertThat(LanguageGuesser.guess("Ban")).isEqualTo("und");
  }
}
