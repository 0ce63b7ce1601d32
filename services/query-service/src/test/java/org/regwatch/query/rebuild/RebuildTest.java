package org.regwatch.query.rebuild;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import io.restassured.http.ContentType;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.regwatch.events.Bill;
import org.regwatch.events.DevelopmentStatus;
import org.regwatch.events.MoratoriumStatus;
import org.regwatch.events.Topics;
import org.regwatch.query.fixtures.Eventually;
import org.regwatch.query.fixtures.Story;
import org.regwatch.query.fixtures.TestKafka;
import org.regwatch.testsupport.RegwatchInfraResource;

/**
 * The rebuild replays the real topics from offset 0 into fresh tables and swaps them in: the
 * read models it produces equal, row by row, what the live projection built from the same topics.
 */
@QuarkusTest
@QuarkusTestResource(value = RegwatchInfraResource.class, restrictToAnnotatedClass = false)
class RebuildTest {

  private static final String OPERATOR = "Bearer test-operator-key";
  /** Primary keys, for a stable row order. */
  private static final Map<String, String> ORDER = Map.of(
      "article", "article_id",
      "article_search", "article_id",
      "article_classification", "article_id",
      "development", "development_id",
      "development_source", "article_id, dev_index",
      "moratorium_lapse", "development_id, expected_expiry");
  /** Wall-clock columns: set from now() when a row is written, so a replay must differ. */
  private static final Set<String> WALL_CLOCK = Set.of("article.updated_at",
      "article_classification.updated_at");
  /**
   * A development's version and updated_at count and date its aggregate changes, which a replay
   * in fewer, larger batches makes fewer of.
   */
  private static final Set<String> PATH_DEPENDENT =
      Set.of("development.version", "development.updated_at");

  private final Story story = new Story();
  private final TestKafka kafka = new TestKafka();

  @Inject
  AgroalDataSource dataSource;

  @AfterEach
  void close() throws SQLException {
    kafka.close();
    execute("DROP INDEX IF EXISTS public.article_url_probe_idx");
  }

  @Test
  void theCopiesGetKeysUniqueIndexesAndTheReplaysLookupsFirstAndEveryOtherIndexAfterTheReplay()
      throws SQLException {
    CopyIndexes plan;
    try (Connection c = dataSource.getConnection()) {
      plan = CopyIndexes.plan(c, RebuildTables.TABLES,
          Set.of("development_group_idx", "development_source_dev_idx"));
    }
    assertThat(plan.duringReplay()).extracting(CopyIndexes.LiveIndex::name).containsExactlyInAnyOrder(
        "article_pkey", "article_search_pkey", "article_classification_pkey", "development_pkey",
        "development_group_idx",
        "development_source_pkey", "development_source_dev_idx", "development_change_pkey",
        "moratorium_lapse_pkey");
    assertThat(plan.afterReplay()).extracting(CopyIndexes.LiveIndex::name).contains(
        "article_search_idx", "article_sort_idx", "article_first_seen_idx",
        "article_classification_actor_keys_idx",
        "development_order_idx", "development_known_idx");
    assertThat(plan.duringReplay()).filteredOn(i -> i.name().endsWith("_pkey"))
        .allSatisfy(i -> assertThat(i.constraintDef()).startsWith("PRIMARY KEY ("));
  }

  @Test
  void anIndexDefinitionIsReAimedAtTheCopyWithItsLiveName() {
    assertThat(CopyIndexes.onSchema(
        "CREATE INDEX article_sort_idx ON public.article USING btree (sort_time DESC)", "rebuild"))
        .isEqualTo("CREATE INDEX article_sort_idx ON rebuild.article USING btree (sort_time DESC)");
    assertThat(CopyIndexes.onSchema(
        "CREATE UNIQUE INDEX x_key ON public.x USING btree (a) WHERE (b IS NOT NULL)", "rebuild"))
        .isEqualTo("CREATE UNIQUE INDEX x_key ON rebuild.x USING btree (a) WHERE (b IS NOT NULL)");
  }

  @Test
  void theRebuiltReadModelsEqualTheLiveOnesRowByRow() throws Exception {
    String subscription = subscribeToAmazon();
    List<Story.Item> reports = story.amazon2020FourOutlets();
    for (Story.Item item : reports) {
      kafka.send(item.discovered());
      kafka.send(item.classified());
    }
    Story.Item extension = story.amazon2021Extension();
    // classification before discovery: the row must end complete either way
    kafka.send(extension.classified());
    kafka.send(extension.discovered());
    Story.Item late = story.amazon2020LateReport();
    kafka.send(late.discovered());
    kafka.send(late.classified());
    // a newer rule pack supersedes, and a revised title changes the article half
    kafka.send(story.reclassified(reports.get(2), "facial-recognition@2",
        MoratoriumStatus.ANNOUNCED, Instant.parse("2026-01-02T00:00:00Z")));
    kafka.send(story.revised(reports.get(1), "Amazon pauses police use of Rekognition (updated)",
        Instant.parse("2026-01-03T00:00:00Z")));
    kafka.sendRaw(Topics.ARTICLES, "garbage-" + story.run, "not an event");
    // bills: a founder naming none, filled by a later report; another bill of the same legislature
    String legislature = "Calloway State Legislature " + story.run;
    for (Story.Item bill : List.of(
        story.legislating("metro-wire", "2021-05-03T10:00:00Z",
            "Calloway lawmakers propose a ban on police facial recognition",
            DevelopmentStatus.PROPOSED, legislature, "Calloway", null),
        story.legislating("capitol-report", "2021-05-04T10:00:00Z",
            "Calloway lawmakers propose a ban on police facial recognition in AB 77",
            DevelopmentStatus.PROPOSED, legislature, "Calloway", new Bill("AB 77", null)),
        story.legislating("valley-observer", "2021-05-04T12:00:00Z",
            "Calloway lawmakers propose a ban on police facial recognition in AB 78",
            DevelopmentStatus.PROPOSED, legislature, "Calloway",
            new Bill("AB 78", "Police Face Scan Act")))) {
      kafka.send(bill.discovered());
      kafka.send(bill.classified());
    }

    awaitLiveProjectionSettled();
    Map<String, List<Map<String, String>>> live = snapshot();
    assertThat(live.get("article").stream().map(r -> r.get("article_id")))
        .contains(reports.get(0).id(), extension.id(), late.id());
    assertThat(live.get("development").stream().map(r -> r.get("bill_number")))
        .contains("AB 77", "AB 78");

    // as if a later migration had added an index: the rebuild must carry it over
    execute("CREATE INDEX article_url_probe_idx ON public.article (url)");
    Map<String, String> liveIndexes = indexDefinitions();
    Map<String, String> liveConstraints = constraintDefinitions();
    Map<String, String> liveStorage = storageParameters();

    Instant rebuildStarted = Instant.now();
    // a reader holding a lock the swap needs keeps the rebuild running, so that a second
    // request deterministically meets the first one
    try (Connection holder = dataSource.getConnection()) {
      holder.setAutoCommit(false);
      try (Statement s = holder.createStatement()) {
        s.execute("LOCK TABLE public.development_change IN SHARE MODE");
      }
      given().header("Authorization", OPERATOR).post("/api/admin/rebuild")
          .then().statusCode(202)
          .header("Location", org.hamcrest.Matchers.endsWith("/api/admin/rebuild"));
      Eventually.assertThat(Duration.ofSeconds(60), () -> assertThat(
          given().header("Authorization", OPERATOR).get("/api/admin/rebuild").jsonPath()
              .getString("phase")).isEqualTo("swapping"));
      given().header("Authorization", OPERATOR).post("/api/admin/rebuild")
          .then().statusCode(409).contentType("application/problem+json");
      holder.commit();
    }

    JsonPath done = awaitRebuild();
    assertThat(done.getString("state")).isEqualTo("succeeded");
    assertThat(done.getLong("eventsDone")).isEqualTo(done.getLong("eventsTotal"))
        .isGreaterThanOrEqualTo(20);

    Map<String, List<Map<String, String>>> rebuilt = snapshot();
    for (String table : List.of("article", "article_search", "article_classification",
        "development", "development_source", "moratorium_lapse")) {
      assertThat(differences(live.get(table), rebuilt.get(table))).as(table).isEmpty();
    }
    assertThat(sourcesWithoutHistory()).isZero();
    assertThat(schemaExists("rebuild")).isFalse();
    // every index and constraint is back under its live name, the probe included
    assertThat(indexDefinitions()).isEqualTo(liveIndexes).containsKey("article_url_probe_idx");
    assertThat(constraintDefinitions()).isEqualTo(liveConstraints);
    // and the tables keep their storage parameters (V20's fillfactor), which LIKE does not copy
    assertThat(storageParameters()).isEqualTo(liveStorage).containsEntry("article", "fillfactor=50");
    // a rebuild re-announces nothing: no webhook was queued while it ran
    assertThat(outboxRowsSince(subscription, rebuildStarted)).isZero();
  }

  @Test
  void aSubscriberKeyIsForbidden() {
    String key = given().header("Authorization", OPERATOR).contentType(ContentType.JSON)
        .body(Map.of("name", "Valley Observer " + story.run)).post("/api/subscribers")
        .then().statusCode(201).extract().path("key");
    given().header("X-Api-Key", key).post("/api/admin/rebuild").then().statusCode(403);
    given().header("X-Api-Key", key).get("/api/admin/rebuild").then().statusCode(403);
  }

  @Test
  void withoutTheOperatorRoleTheRebuildIsRefused() {
    given().post("/api/admin/rebuild").then().statusCode(401);
  }

  /** A subscriber following Amazon, so that the live projection queues alerts. */
  private String subscribeToAmazon() {
    String key = given().header("Authorization", OPERATOR).contentType(ContentType.JSON)
        .body(Map.of("name", "Northfield Courier " + story.run)).post("/api/subscribers")
        .then().statusCode(201).extract().path("key");
    return given().header("X-Api-Key", key).contentType(ContentType.JSON)
        .body(Map.of("url", "http://localhost:9/hooks/regwatch",
            "filters", Map.of("actors", List.of("Amazon"))))
        .post("/api/subscriptions").then().statusCode(201).extract().path("id");
  }

  private int outboxRowsSince(String subscription, Instant since) throws SQLException {
    try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(
        "SELECT count(*) FROM webhook_outbox WHERE subscription_id = ? AND created_at >= ?")) {
      ps.setString(1, subscription);
      ps.setTimestamp(2, java.sql.Timestamp.from(since));
      try (ResultSet rs = ps.executeQuery()) {
        rs.next();
        return rs.getInt(1);
      }
    }
  }

  /**
   * The history records the path the projection took (which order reports came in, which batch
   * re-founded what), so the live and the rebuilt history differ where the paths did; what must
   * hold is that the rebuilt history accounts for every source it has.
   */
  private int sourcesWithoutHistory() throws SQLException {
    try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("SELECT count(*) FROM development_source ds"
            + " WHERE NOT EXISTS (SELECT 1 FROM development_change h"
            + " WHERE h.development_id = ds.development_id AND h.change = 'source_added'"
            + " AND h.article_id = ds.article_id)")) {
      rs.next();
      return rs.getInt(1);
    }
  }

  private JsonPath awaitRebuild() throws InterruptedException {
    Instant deadline = Instant.now().plus(Duration.ofMinutes(3));
    while (Instant.now().isBefore(deadline)) {
      JsonPath status = given().header("Authorization", OPERATOR).get("/api/admin/rebuild")
          .then().statusCode(200).extract().jsonPath();
      if (!"running".equals(status.getString("state"))) {
        return status;
      }
      Thread.sleep(200);
    }
    throw new AssertionError("rebuild still running after 3 minutes");
  }

  /** Settled = both live consumer groups committed everything the topics hold. */
  private void awaitLiveProjectionSettled() {
    Properties p = new Properties();
    p.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG,
        ConfigProvider.getConfig().getValue("kafka.bootstrap.servers", String.class));
    try (Admin admin = Admin.create(p)) {
      Eventually.assertThat(Duration.ofSeconds(60), () -> {
        try {
          for (String[] g : new String[][] {{"regwatch-query-articles", Topics.ARTICLES},
              {"regwatch-query-classifications", Topics.CLASSIFICATIONS}}) {
            Map<TopicPartition, OffsetAndMetadata> committed =
                admin.listConsumerGroupOffsets(g[0]).partitionsToOffsetAndMetadata().get();
            Map<TopicPartition, OffsetSpec> latest = new LinkedHashMap<>();
            for (int i = 0; i < 6; i++) {
              latest.put(new TopicPartition(g[1], i), OffsetSpec.latest());
            }
            admin.listOffsets(latest).all().get().forEach((tp, info) -> {
              OffsetAndMetadata c = committed.get(tp);
              assertThat(c == null ? 0 : c.offset()).as(tp.toString()).isEqualTo(info.offset());
            });
          }
        } catch (Exception e) {
          throw new AssertionError(e);
        }
      });
    }
  }

  private Map<String, List<Map<String, String>>> snapshot() throws SQLException {
    Map<String, List<Map<String, String>>> out = new LinkedHashMap<>();
    try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
      for (Map.Entry<String, String> t : ORDER.entrySet()) {
        List<Map<String, String>> rows = new ArrayList<>();
        try (ResultSet rs = s.executeQuery(
            "SELECT * FROM public." + t.getKey() + " ORDER BY " + t.getValue())) {
          ResultSetMetaData md = rs.getMetaData();
          while (rs.next()) {
            Map<String, String> row = new LinkedHashMap<>();
            for (int i = 1; i <= md.getColumnCount(); i++) {
              String column = md.getColumnName(i);
              String qualified = t.getKey() + "." + column;
              if (!WALL_CLOCK.contains(qualified) && !PATH_DEPENDENT.contains(qualified)) {
                row.put(column, rs.getString(i));
              }
            }
            rows.add(row);
          }
        }
        out.put(t.getKey(), rows);
      }
    }
    return out;
  }

  private void execute(String sql) throws SQLException {
    try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
      s.execute(sql);
    }
  }

  /** index name → definition, for the read-model tables. */
  private Map<String, String> indexDefinitions() throws SQLException {
    return definitions("SELECT indexname, indexdef FROM pg_indexes WHERE schemaname = 'public'"
        + " AND tablename IN ('article', 'article_classification', 'development', 'development_source',"
        + " 'development_change', 'moratorium_lapse')");
  }

  /** table → storage parameters (e.g. fillfactor), for the read-model tables that have any. */
  private Map<String, String> storageParameters() throws SQLException {
    return definitions("SELECT relname, array_to_string(reloptions, ',') FROM pg_class"
        + " WHERE relnamespace = 'public'::regnamespace AND reloptions IS NOT NULL"
        + " AND relname IN ('article', 'article_classification', 'development', 'development_source',"
        + " 'development_change', 'moratorium_lapse')");
  }

  /** constraint name → definition (keys, foreign keys, checks), for the read-model tables. */
  private Map<String, String> constraintDefinitions() throws SQLException {
    return definitions("SELECT conname, pg_get_constraintdef(oid) FROM pg_constraint"
        + " WHERE conrelid IN ('public.article'::regclass,"
        + " 'public.article_classification'::regclass, 'public.development'::regclass,"
        + " 'public.development_source'::regclass, 'public.development_change'::regclass,"
        + " 'public.moratorium_lapse'::regclass)");
  }

  private Map<String, String> definitions(String query) throws SQLException {
    Map<String, String> out = new java.util.TreeMap<>();
    try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
        ResultSet rs = s.executeQuery(query)) {
      while (rs.next()) {
        out.put(rs.getString(1), rs.getString(2));
      }
    }
    return out;
  }

  private boolean schemaExists(String name) throws SQLException {
    try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
        ResultSet rs = s.executeQuery(
            "SELECT count(*) FROM pg_namespace WHERE nspname = '" + name + "'")) {
      rs.next();
      return rs.getInt(1) == 1;
    }
  }

  /** Row by row, the columns whose values differ (readable where a whole-row diff is not). */
  private static List<String> differences(List<Map<String, String>> live,
      List<Map<String, String>> rebuilt) {
    List<String> out = new ArrayList<>();
    if (live.size() != rebuilt.size()) {
      out.add("rows: live " + live.size() + ", rebuilt " + rebuilt.size());
    }
    for (int i = 0; i < Math.min(live.size(), rebuilt.size()); i++) {
      Map<String, String> a = live.get(i);
      Map<String, String> b = rebuilt.get(i);
      for (String column : a.keySet()) {
        if (!java.util.Objects.equals(a.get(column), b.get(column))) {
          out.add("row " + i + " " + column + ": live " + abbreviate(a.get(column)) + ", rebuilt "
              + abbreviate(b.get(column)) + " (" + a.values().stream().limit(2)
              .collect(Collectors.joining("/")) + ")");
        }
      }
    }
    return out;
  }

  private static String abbreviate(String v) {
    return v == null || v.length() <= 60 ? v : v.substring(0, 60) + "…";
  }
}
