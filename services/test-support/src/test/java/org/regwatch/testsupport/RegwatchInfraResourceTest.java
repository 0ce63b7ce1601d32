package org.regwatch.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.junit.jupiter.api.Test;
import org.regwatch.events.Topics;

/** Drives the resource the way Quarkus does: start() per application start, stop() in between. */
class RegwatchInfraResourceTest {

  @Test
  void theResourceHandsOutAReachableBrokerWithTheTopicsAndAReachableDatabase() throws Exception {
    Map<String, String> config = new RegwatchInfraResource().start();

    assertThat(config).containsOnlyKeys("kafka.bootstrap.servers", "quarkus.datasource.jdbc.url",
        "quarkus.datasource.username", "quarkus.datasource.password");
    try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG,
        config.get("kafka.bootstrap.servers")))) {
      assertThat(admin.listTopics().names().get(30, TimeUnit.SECONDS)).containsAll(List.of(
          Topics.FEEDS, Topics.ARTICLES, Topics.CLASSIFICATIONS, Topics.POLLER_STATE, Topics.DEAD_LETTERS));
    }
    try (Connection connection = DriverManager.getConnection(config.get("quarkus.datasource.jdbc.url"),
            config.get("quarkus.datasource.username"), config.get("quarkus.datasource.password"));
        Statement statement = connection.createStatement();
        ResultSet rows = statement.executeQuery("SELECT current_database()")) {
      rows.next();
      assertThat(rows.getString(1)).isEqualTo("regwatch");
    }
  }

  @Test
  void aSecondStartAfterStopReusesTheSameBrokerAndDatabase() {
    RegwatchInfraResource first = new RegwatchInfraResource();
    Map<String, String> before = first.start();
    first.stop();

    Map<String, String> after = new RegwatchInfraResource().start();

    assertThat(after).isEqualTo(before);
  }
}
