package org.regwatch.classifier.eval;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import opennlp.tools.lemmatizer.LemmatizerME;
import opennlp.tools.lemmatizer.LemmatizerModel;
import opennlp.tools.postag.POSModel;
import opennlp.tools.postag.POSTaggerME;
import opennlp.tools.tokenize.TokenizerME;
import opennlp.tools.tokenize.TokenizerModel;
import java.util.Optional;
import org.regwatch.classifier.rules.ArticleText;
import org.regwatch.classifier.rules.analysis.FieldText;
import org.regwatch.classifier.rules.pack.CompiledPack;
import org.regwatch.classifier.rules.pack.RulePackLoader;
import org.regwatch.classifier.rules.text.TextMasker;
import org.regwatch.events.Evidence;
import org.regwatch.classifier.rules.RuleEngine;
import org.regwatch.classifier.rules.text.LanguageGuesser;
import org.regwatch.classifier.rules.text.SentenceSplitter;
import org.regwatch.classifier.rules.text.Tokens;

/**
 * A harness, not a test (no {@code @Test}: the suite never runs it): CPU cost of each text stage
 * of the engine on the {@link ThroughputBenchmark}'s ~4 KB articles, and of the OpenNLP stages the
 * engine does NOT run (tokenizer, POS tagger, lemmatizer models), per sentence, to show why.
 * Prints microseconds of thread CPU time per call. Run:
 * {@code mvn -B -q -o -pl services/classifier test-compile exec:java -Dexec.classpathScope=test
 * -Dexec.mainClass=org.regwatch.classifier.eval.NlpStagesBenchmark -Dexec.args=5}
 */
public final class NlpStagesBenchmark {

  private static final ThreadMXBean CPU = ManagementFactory.getThreadMXBean();
  private static final String SENTENCE =
      "Amazon said on Wednesday it is implementing a one-year moratorium on police use of Rekognition.";
  private static final String SWEDISH = ("Integritetsskyddsmyndigheten har beslutat att polisen ska "
      + "betala en sanktionsavgift för att ha använt ett verktyg för ansiktsigenkänning utan att först "
      + "ha gjort en konsekvensbedömning. Myndigheten förbjuder också fortsatt användning. ").repeat(5);

  private NlpStagesBenchmark() {}

  public static void main(String[] args) throws Exception {
    double seconds = args.length > 0 ? Double.parseDouble(args[0]) : 5;
    List<ArticleText> articles = ThroughputBenchmark.articles(200, 4096);
    RuleEngine engine = RuleEngine.withShippedPacks();
    CompiledPack pack = new CompiledPack(new RulePackLoader().load(Optional.empty()).get(0));
    TokenizerME tokenizer = new TokenizerME(new TokenizerModel(
        resource("/opennlp-en-ud-ewt-tokens-1.3-2.5.4.bin")));
    POSTaggerME tagger = new POSTaggerME(new POSModel(resource("/opennlp-en-ud-ewt-pos-1.3-2.5.4.bin")));
    LemmatizerME lemmatizer = new LemmatizerME(new LemmatizerModel(
        resource("/opennlp-en-ud-ewt-lemmas-1.3-2.5.4.bin")));
    String[] tokens = tokenizer.tokenize(SENTENCE);
    String[] tags = tagger.tag(tokens);

    for (int round = 0; round < 2; round++) {
      String label = round == 0 ? "warm-up" : "measured";
      System.out.println("-- " + label);
      time(label, "whole engine, per ~4 KB article", seconds, articles, engine::classify);
      time(label, "language, English article (function words only)", seconds, articles,
          a -> LanguageGuesser.guess(a.text()));
      time(label, "language, Swedish 1,000 chars (OpenNLP detector)", seconds, List.of(SWEDISH),
          LanguageGuesser::guess);
      time(label, "sentences (OpenNLP + veto), per ~4 KB article", seconds, articles,
          a -> SentenceSplitter.split(a.text()));
      time(label, "words (Lucene UAX #29 + punctuation), per ~4 KB article", seconds, articles,
          a -> Tokens.of(a.text()));
      time(label, "masking (HTML, quotes), per ~4 KB article", seconds, articles,
          a -> TextMasker.mask(a.text()));
      time(label, "pack phrases (Aho-Corasick), per ~4 KB article", seconds, articles,
          a -> pack.scan(a.text()));
      time(label, "text field ready (all of the above + sentences as used)", seconds, articles,
          a -> new FieldText(Evidence.Field.TEXT, a.text(), pack));
      time(label, "NOT USED: OpenNLP tokenizer, per 16-word sentence", seconds, List.of(SENTENCE),
          tokenizer::tokenize);
      List<String[]> tokenized = java.util.Collections.singletonList(tokens);
      time(label, "NOT USED: OpenNLP POS tagger, per sentence", seconds, tokenized, tagger::tag);
      time(label, "NOT USED: OpenNLP lemmatizer, per sentence", seconds, tokenized,
          t -> lemmatizer.lemmatize(t, tags));
    }
  }

  private static java.io.InputStream resource(String name) {
    return NlpStagesBenchmark.class.getResourceAsStream(name);
  }

  private static <T> void time(String round, String what, double seconds, List<T> inputs, Consumer<T> stage) {
    long budget = (long) (seconds * 1e9);
    long start = CPU.getCurrentThreadCpuTime();
    long calls = 0;
    while (CPU.getCurrentThreadCpuTime() - start < budget) {
      for (T in : inputs) {
        stage.accept(in);
        calls++;
      }
    }
    double micros = (CPU.getCurrentThreadCpuTime() - start) / 1e3 / calls;
    System.out.printf(Locale.ROOT, "%-8s %-58s %9.1f µs/call %10.0f calls per CPU-second%n",
        round, what, micros, 1e6 / micros);
  }
}
