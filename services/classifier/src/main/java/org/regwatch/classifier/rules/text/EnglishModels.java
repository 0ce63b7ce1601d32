package org.regwatch.classifier.rules.text;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import opennlp.tools.langdetect.LanguageDetectorModel;
import opennlp.tools.langdetect.ThreadSafeLanguageDetectorME;
import opennlp.tools.sentdetect.SentenceModel;

/**
 * The Apache OpenNLP models the engine uses, read from the classpath (the
 * {@code org.apache.opennlp:opennlp-models-*} jars of Maven Central: UD English Web Treebank
 * sentence model, and the 103-language detector). Nothing is downloaded at run time.
 *
 * <p>One copy per JVM, each loaded on first use (holder classes): the models are read-only once
 * loaded, loading costs ~0.1 s (sentences) to ~2 s (language detector, 10 MB), and every
 * {@code RuleEngine} built in a process — tests build dozens — must not pay it again. The
 * language detector's {@code ThreadSafe*} wrapper keeps one detector per thread, since the
 * OpenNLP {@code *ME} classes themselves are not thread-safe; the sentence model is asked
 * boundary by boundary ({@link SentenceBoundaryModel}).
 */
public final class EnglishModels {

  static final String SENTENCE_MODEL = "/opennlp-en-ud-ewt-sentence-1.3-2.5.4.bin";
  static final String LANGUAGE_MODEL = "/langdetect-183.bin";

  private EnglishModels() {}

  /** The UD English sentence model (read-only, shared); see {@link SentenceBoundaryModel}. */
  static SentenceModel sentenceModel() {
    return Sentences.MODEL;
  }

  /** OpenNLP's language detector (ISO 639-3 codes); thread-safe. */
  public static ThreadSafeLanguageDetectorME languages() {
    return Languages.DETECTOR;
  }

  private static final class Sentences {
    static final SentenceModel MODEL = EnglishModels.<SentenceModel>load(SENTENCE_MODEL, SentenceModel::new);
  }

  private static final class Languages {
    static final ThreadSafeLanguageDetectorME DETECTOR = new ThreadSafeLanguageDetectorME(
        EnglishModels.<LanguageDetectorModel>load(LANGUAGE_MODEL, LanguageDetectorModel::new));
  }

  private interface ModelReader<T> {
    T read(InputStream in) throws IOException;
  }

  private static <T> T load(String resource, ModelReader<T> reader) {
    try (InputStream in = EnglishModels.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("OpenNLP model " + resource + " is not on the classpath");
      }
      return reader.read(in);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read OpenNLP model " + resource, e);
    }
  }
}
