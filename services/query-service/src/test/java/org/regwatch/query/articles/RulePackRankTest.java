package org.regwatch.query.articles;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.regwatch.events.ArticleClassified;
import org.regwatch.events.ArticleLabels;

class RulePackRankTest {

  @Test
  void aHigherPackVersionRanksAbove() {
    assertThat(RulePackRank.compare(
        RulePackRank.of(List.of("facial-recognition@2")),
        RulePackRank.of(List.of("facial-recognition@1")))).isPositive();
  }

  @Test
  void dottedVersionsCompareNumericallyNotAsText() {
    assertThat(RulePackRank.compare(
        RulePackRank.of(List.of("facial-recognition@1.10.0")),
        RulePackRank.of(List.of("facial-recognition@1.9.3")))).isPositive();
  }

  @Test
  void packsAreComparedInNameOrderWhateverTheirListingOrder() {
    assertThat(RulePackRank.of(List.of("b@2", "a@1")))
        .containsExactly(RulePackRank.of(List.of("a@1", "b@2")));
  }

  @Test
  void anOlderRulePackDoesNotSupersedeANewerOneEvenWhenItComesLater() {
    ClassificationVersion v2 = version("facial-recognition@2", "2021-01-01T00:00:00Z");
    ClassificationVersion v1Later = version("facial-recognition@1", "2021-02-01T00:00:00Z");
    assertThat(v1Later.supersedes(v2)).isFalse();
    assertThat(v2.supersedes(v1Later)).isTrue();
  }

  @Test
  void withTheSamePackTheLaterClassificationWins() {
    ClassificationVersion early = version("facial-recognition@1", "2021-01-01T00:00:00Z");
    ClassificationVersion late = version("facial-recognition@1", "2021-01-02T00:00:00Z");
    assertThat(late.supersedes(early)).isTrue();
    assertThat(early.supersedes(late)).isFalse();
  }

  private static ClassificationVersion version(String pack, String time) {
    ArticleClassified data = ArticleClassified.of("art-1", "disc-1", "h1", List.of(pack),
        ArticleLabels.IRRELEVANT, List.of(), "en", "", false);
    return new ClassificationVersion(data, "cls-" + pack + time, Instant.parse(time),
        RulePackRank.of(data.rulePacks()));
  }
}
