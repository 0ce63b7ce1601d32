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
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.regwatch.query.fixtures.DirectProjection;
import org.regwatch.query.fixtures.Story;
import org.regwatch.testsupport.RegwatchInfraResource;

/**
 * The full-text vector of an article is written by the article upsert into its own table
 * (article_search, V23), no longer generated in the article row: whatever order the events come
 * in, it is the one the former generated column gave — title weighted A, text weighted B — and a
 * classification leaves it alone.
 */
@QuarkusTest
@QuarkusTestResource(value = RegwatchInfraResource.class, restrictToAnnotatedClass = false)
class ArticleSearchVectorTest {

  /** The expression of the former generated column (V10), evaluated on the row as it is now. */
  private static final String AS_GENERATED = "setweight(to_tsvector('english',"
      + " coalesce(title, '')), 'A') || setweight(to_tsvector('english', coalesce(body, '')), 'B')";

  private final Story story = new Story();
  private final List<Story.Item> written = new ArrayList<>();

  @Inject
  DirectProjection direct;

  @Inject
  AgroalDataSource dataSource;

  @AfterEach
  void forgetThem() throws SQLException {
    direct.forget(written);
  }

  @Test
  void aClassificationThatComesFirstHasNoVectorUntilItsArticleWritesIt() throws SQLException {
    Story.Item item = story.news("Tech Ledger", "2024-03-04T09:00:00Z", "2024-03-04T09:05:00Z",
        "Stadium operator drops face scanning at turnstiles",
        "The operator said the face scanning trial at the turnstiles ends this season after"
            + " complaints from supporters' groups and a regulator's letter.");
    written.add(item);

    direct.one(item.classified());
    assertThat(vector(item)).isNull();

    direct.one(item.discovered());
    assertThat(vector(item)).isEqualTo(asGenerated(item)).contains("'turnstil':");
  }

  @Test
  void aRevisedTitleIsSearchedByItsNewWords() throws SQLException {
    Story.Item item = story.news("Civic Wire", "2024-05-02T07:30:00Z", "2024-05-02T07:40:00Z",
        "Council debates camera rules",
        "Councillors heard residents on the proposed rules for cameras in the town centre.");
    written.add(item);
    direct.one(item.discovered());
    direct.one(item.classified());

    direct.one(story.revised(item, "Council adopts biometric camera ban",
        Instant.parse("2024-05-02T12:00:00Z")));

    assertThat(vector(item)).isEqualTo(asGenerated(item)).contains("'biometr':");
  }

  @Test
  void aReclassificationLeavesTheVectorAsTheArticleWroteIt() throws SQLException {
    Story.Item item = story.amazon2020FourOutlets().get(2);
    written.add(item);
    direct.one(item.discovered());
    String before = vector(item);

    direct.one(item.classified());
    direct.one(story.reclassifiedIrrelevant(item, "facial-recognition@99",
        Instant.parse("2020-06-12T00:00:00Z")));

    assertThat(vector(item)).isEqualTo(before).isEqualTo(asGenerated(item));
  }

  private String vector(Story.Item item) throws SQLException {
    // a classification that came first has no article row yet (V24), only its own
    return one("SELECT (SELECT t.search::text FROM article_search t"
        + " WHERE t.article_id = v.id) FROM (SELECT ?::text AS id) v", item);
  }

  private String asGenerated(Story.Item item) throws SQLException {
    return one("SELECT (" + AS_GENERATED + ")::text FROM article WHERE article_id = ?", item);
  }

  private String one(String sql, Story.Item item) throws SQLException {
    try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
      ps.setString(1, item.id());
      try (ResultSet rs = ps.executeQuery()) {
        assertThat(rs.next()).as("row of %s", item.id()).isTrue();
        return rs.getString(1);
      }
    }
  }
}
