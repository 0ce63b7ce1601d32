package org.regwatch.classifier.pipeline;

import io.quarkus.arc.DefaultBean;
import jakarta.enterprise.context.ApplicationScoped;
import org.regwatch.classifier.rules.ArticleClassifier;
import org.regwatch.classifier.rules.ArticleText;
import org.regwatch.classifier.rules.Classification;

/**
 * Test-only: lets the Quarkus tests of the pipeline start while the rule engine's bean is not in
 * the module yet. {@link DefaultBean}, so the real rule engine replaces it as soon as it exists;
 * the pipeline tests assert only what does not depend on rule quality, plus the moratorium of
 * the test article, which any rule engine must find.
 */
@DefaultBean
@ApplicationScoped
public class InterimRuleEngine implements ArticleClassifier {

  private final ArticleClassifier delegate = FakeClassifiers.pauseSpotter();

  @Override
  public Classification classify(ArticleText article) {
    return delegate.classify(article);
  }
}
