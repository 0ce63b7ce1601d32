package org.regwatch.query.developments;

import static org.assertj.core.api.Assertions.assertThat;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.regwatch.query.fixtures.DirectProjection;
import org.regwatch.query.fixtures.Story;
import org.regwatch.testsupport.RegwatchInfraResource;

/**
 * The same reports projected in two different orders, one event per batch as live consumption
 * would see them, through the real projection into the real PostgreSQL, end in the same
 * developments: ids, sources and aggregates. (Kafka is left out so the orders are exactly the
 * ones written here.)
 */
@QuarkusTest
@QuarkusTestResource(value = RegwatchInfraResource.class, restrictToAnnotatedClass = false)
class GroupingOrderTest {

  private final Story story = new Story();
  @Inject
  DirectProjection direct;

  @Inject
  AgroalDataSource dataSource;

  private final List<Story.Item> reports = new ArrayList<>();

  /**
   * These rows come from no topic: left behind, they would be dropped by any rebuild and make
   * the rebuild test see a difference.
   */
  @AfterEach
  void forgetThem() throws SQLException {
    forget(reports);
  }

  @Test
  void theSameReportsInTwoOrdersMakeTheSameDevelopments() throws SQLException {
    reports.addAll(story.northfieldBanFiveOutlets());

    // as published: the June 9 report arrives last and must re-found the development
    for (Story.Item item : reports) {
      project(item);
    }
    Map<String, List<Map<String, String>>> asPublished = snapshot(reports);
    forget(reports);
    // the reverse, classifications before their articles
    List<Story.Item> reverse = new ArrayList<>(reports);
    java.util.Collections.reverse(reverse);
    for (Story.Item item : reverse) {
      direct.one(item.classified());
      direct.one(item.discovered());
    }
    Map<String, List<Map<String, String>>> reversed = snapshot(reports);

    assertThat(reversed).isEqualTo(asPublished);
    // and what they are: June 9 founds; June 24 lies 15 days after it and founds its own
    List<Map<String, String>> developments = asPublished.get("development");
    assertThat(developments).extracting(d -> d.get("source_count")).containsExactly("4", "1");
    assertThat(developments).extracting(d -> d.get("occurred_at"))
        .containsExactly("2020-06-09", "2020-06-24");
  }

  private void project(Story.Item item) {
    direct.one(item.discovered());
    direct.one(item.classified());
  }

  /** Developments (without version and updated_at, which count writes) and sources. */
  private Map<String, List<Map<String, String>>> snapshot(List<Story.Item> items)
      throws SQLException {
    Map<String, List<Map<String, String>>> out = new LinkedHashMap<>();
    String mine = "(SELECT development_id FROM development_source WHERE article_id = ANY(?))";
    out.put("development", rows("SELECT * FROM development WHERE development_id IN " + mine
        + " ORDER BY occurred_at, development_id", items, "version", "updated_at"));
    out.put("development_source", rows("SELECT * FROM development_source"
        + " WHERE article_id = ANY(?) ORDER BY article_id, dev_index", items));
    return out;
  }

  private List<Map<String, String>> rows(String sql, List<Story.Item> items, String... skip)
      throws SQLException {
    List<Map<String, String>> out = new ArrayList<>();
    try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
      ps.setArray(1, c.createArrayOf("varchar", ids(items)));
      try (ResultSet rs = ps.executeQuery()) {
        ResultSetMetaData md = rs.getMetaData();
        while (rs.next()) {
          Map<String, String> row = new LinkedHashMap<>();
          for (int i = 1; i <= md.getColumnCount(); i++) {
            if (!List.of(skip).contains(md.getColumnName(i))) {
              row.put(md.getColumnName(i), rs.getString(i));
            }
          }
          out.add(row);
        }
      }
    }
    return out;
  }

  /** Removes this run's rows, so the second order starts from nothing again. */
  private void forget(List<Story.Item> items) throws SQLException {
    direct.forget(items);
  }

  private static Object[] ids(List<Story.Item> items) {
    return items.stream().map(Story.Item::id).toArray();
  }
}
