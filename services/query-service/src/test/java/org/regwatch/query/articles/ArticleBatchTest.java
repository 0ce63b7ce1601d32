package org.regwatch.query.articles;

import static org.assertj.core.api.Assertions.assertThat;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.regwatch.events.ArticleClassified;
import org.regwatch.events.ArticleLabels;
import org.regwatch.events.Event;
import org.regwatch.events.LegislationStatus;
import org.regwatch.events.MoratoriumStatus;
import org.regwatch.events.SubjectTech;
import org.regwatch.query.fixtures.DirectProjection;
import org.regwatch.query.fixtures.Story;
import org.regwatch.testsupport.RegwatchInfraResource;

/**
 * An article's discovery and its revision polled in ONE batch (as a replay from offset 0 does)
 * end in the same row as when they come in two batches. The batch is handed to the real pipeline
 * directly, so both events are certainly in one batch.
 */
@QuarkusTest
@QuarkusTestResource(value = RegwatchInfraResource.class, restrictToAnnotatedClass = false)
class ArticleBatchTest {

  private final Story story = new Story();
  @Inject
  DirectProjection direct;

  @Inject
  AgroalDataSource dataSource;

  private final List<String> written = new java.util.ArrayList<>();

  /** This row comes from no topic: left behind, a rebuild would drop it. */
  @AfterEach
  void forgetIt() throws SQLException {
    for (String table : List.of("article", "article_classification")) {
      try (Connection c = dataSource.getConnection(); PreparedStatement ps =
          c.prepareStatement("DELETE FROM " + table + " WHERE article_id = ANY(?)")) {
        ps.setArray(1, c.createArrayOf("varchar", written.toArray()));
        ps.executeUpdate();
      }
    }
  }

  @Test
  void aDiscoveryAndItsRevisionInOneBatchKeepTheDiscoveryAsFirstSeenAndTheRevisedTitle()
      throws SQLException {
    Story.Item item = story.amazon2020FourOutlets().get(1);
    written.add(item.id());
    Instant revisedAt = Instant.parse("2020-06-11T08:00:00Z");
    direct.batch(List.<Event<?>>of(item.discovered(),
        story.revised(item, "Amazon bars police from Rekognition for a year (updated)",
            revisedAt)));

    try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(
        "SELECT first_seen_at, title, article_event_time FROM article WHERE article_id = ?")) {
      ps.setString(1, item.id());
      try (ResultSet rs = ps.executeQuery()) {
        assertThat(rs.next()).isTrue();
        assertThat(rs.getTimestamp(1).toInstant()).isEqualTo(item.discovered().time());
        assertThat(rs.getString(2)).isEqualTo("Amazon bars police from Rekognition for a year (updated)");
        assertThat(rs.getTimestamp(3).toInstant()).isEqualTo(revisedAt);
      }
    }
  }

  @Test
  void replayingEventsThatChangeNothingLeavesTheRowUntouched() throws SQLException {
    Story.Item item = story.faceUnlockProduct();
    written.add(item.id());
    direct.one(item.discovered());
    direct.one(item.classified());
    String before = rowVersion(item.id());

    direct.one(item.discovered());
    direct.one(item.classified());

    // same row version: neither half was rewritten, so no index entry or grouping work either
    assertThat(rowVersion(item.id())).isEqualTo(before);
  }

  @Test
  void anActorWithACommaQuotesAndABackslashIsStoredAsOneActor() throws SQLException {
    Story.Item item = story.faceUnlockProduct();
    written.add(item.id());
    String actor = "Clearview AI, Inc. (\"CV\") \\ US";
    ArticleClassified old = item.classified().data();
    ArticleClassified data = ArticleClassified.of(old.articleId(), old.articleEventId(),
        old.contentHash(), List.of("facial-recognition@1"), new ArticleLabels(false,
            MoratoriumStatus.NONE, LegislationStatus.NONE, List.of(actor, "Amazon"),
            SubjectTech.NONE), List.of(), "en", "", false);
    direct.one(item.discovered());
    direct.one(Event.of("cls-" + old.articleId(), "/regwatch/classifier", old.articleId(),
        item.classified().time(), data));

    try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(
        "SELECT actors, actor_keys FROM article_classification WHERE article_id = ?")) {
      ps.setString(1, item.id());
      try (ResultSet rs = ps.executeQuery()) {
        assertThat(rs.next()).isTrue();
        assertThat((Object[]) rs.getArray(1).getArray()).containsExactly(actor, "Amazon");
        assertThat((Object[]) rs.getArray(2).getArray())
            .containsExactly("clearview ai, inc. (\"cv\") \\ us", "amazon");
      }
    }
  }

  private String rowVersion(String articleId) throws SQLException {
    try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(
        "SELECT a.xmin::text || '/' || a.updated_at || ' ' || c.xmin::text || '/' || c.updated_at"
            + " FROM article a JOIN article_classification c USING (article_id)"
            + " WHERE article_id = ?")) {
      ps.setString(1, articleId);
      try (ResultSet rs = ps.executeQuery()) {
        assertThat(rs.next()).isTrue();
        return rs.getString(1);
      }
    }
  }
}
