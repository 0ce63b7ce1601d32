package org.regwatch.classifier.rules;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Singleton;
import jakarta.enterprise.inject.Produces;
import org.jboss.logging.Logger;
import org.regwatch.classifier.rules.pack.RulePackLoader;

/**
 * Makes the rule engine injectable: {@code @Inject ArticleClassifier}. Packs are loaded once at
 * startup, so a broken pack fails the start (with the file named) instead of misclassifying.
 */
@ApplicationScoped
public class ClassifierProducer {

  private static final Logger LOG = Logger.getLogger(ClassifierProducer.class);

  // Singleton, not a client proxy: the engine is immutable and final.
  @Produces
  @Singleton
  RuleEngine ruleEngine(ClassifierConfig config) {
    RuleEngine engine = new RuleEngine(
        new RulePackLoader().load(config.rulePacksDir()), config.maxTextChars());
    LOG.infof("classifier rule packs loaded: %s", engine.rulePacks());
    return engine;
  }
}
