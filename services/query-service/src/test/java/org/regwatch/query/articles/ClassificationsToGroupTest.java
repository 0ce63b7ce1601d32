package org.regwatch.query.articles;

import static org.assertj.core.api.Assertions.assertThat;

import io.agroal.api.AgroalDataSource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.regwatch.events.ArticleClassified;
import org.regwatch.events.Event;
import org.regwatch.query.fixtures.Story;
import org.regwatch.testsupport.RegwatchInfraResource;

/**
 * Which changed classifications the upsert hands to the grouping: all but a first classification
 * that reports no development (never grouped, nothing to group; docs/query-service.md, "Seventh
 * round").
 */
@QuarkusTest
@QuarkusTestResource(value = RegwatchInfraResource.class, restrictToAnnotatedClass = false)
class ClassificationsToGroupTest {

  @Inject
  ArticleWriter writer;

  @Inject
  AgroalDataSource dataSource;

  private final Story story = new Story();
  private final Story.Item plain = story.plain("to-group", "2024-01-02T00:00:00Z",
      "Nothing regulatory here");
  private final Story.Item reporting = story.amazon2020FourOutlets().get(0);

  @AfterEach
  void forget() throws Exception {
    // written without a topic: a rebuild would drop them (RebuildTest compares)
    try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(
        "DELETE FROM article_classification WHERE article_id = ANY(?)")) {
      ps.setArray(1, c.createArrayOf("varchar", new Object[] {plain.id(), reporting.id()}));
      ps.executeUpdate();
    }
  }

  @Test
  void aFirstClassificationReportingNothingIsLeftOutAndEveryUpdateIsHandedOver() {
    ArticleWriter.ClassificationsWritten first =
        write(plain.classified(), reporting.classified());
    assertThat(first.changed()).containsExactlyInAnyOrder(plain.id(), reporting.id());
    assertThat(first.toGroup()).containsExactly(reporting.id());

    // the same events again: nothing changed, nothing to group
    ArticleWriter.ClassificationsWritten again =
        write(plain.classified(), reporting.classified());
    assertThat(again.changed()).isEmpty();
    assertThat(again.toGroup()).isEmpty();

    // a newer rule pack updates both rows: handed over whatever they report now, since the row
    // may have been grouped before (here the reporting one leaves its development)
    Instant later = Instant.parse("2026-01-01T00:00:00Z");
    ArticleWriter.ClassificationsWritten updated = write(
        story.reclassifiedIrrelevant(plain, "facial-recognition@9", later),
        story.reclassifiedIrrelevant(reporting, "facial-recognition@9", later));
    assertThat(updated.changed()).containsExactlyInAnyOrder(plain.id(), reporting.id());
    assertThat(updated.toGroup()).containsExactlyInAnyOrder(plain.id(), reporting.id());
  }

  @SafeVarargs
  private ArticleWriter.ClassificationsWritten write(Event<ArticleClassified>... events) {
    return QuarkusTransaction.requiringNew().call(() -> writer.upsertClassifications(
        List.of(events).stream().map(ClassificationVersion::of).toList()));
  }
}
