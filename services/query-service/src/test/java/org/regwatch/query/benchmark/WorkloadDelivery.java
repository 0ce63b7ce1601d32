package org.regwatch.query.benchmark;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Future;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.regwatch.events.Event;
import org.regwatch.events.EventCodec;

/**
 * How the Kafka projection benchmarks deliver a workload and know it arrived: send without waiting
 * record by record, then poll the read model for the last record of every partition (partitions
 * are projected in order, so the last one projected means all were).
 */
final class WorkloadDelivery {

  /** Where the read model is read from: the test's data source or a plain JDBC URL. */
  interface Connections {
    Connection open() throws SQLException;
  }

  private WorkloadDelivery() {}

  /** The events' wire bytes, encoded before a measured phase so it times the service only. */
  static List<byte[]> encode(EventCodec codec, List<? extends Event<?>> events) {
    List<byte[]> values = new ArrayList<>(events.size());
    events.forEach(e -> values.add(codec.encode(e)));
    return values;
  }

  /** Sends without waiting record by record; returns the key of the last record per partition. */
  static Map<Integer, String> send(KafkaProducer<String, byte[]> producer, String topic,
      List<? extends Event<?>> events, List<byte[]> values) throws Exception {
    List<Future<RecordMetadata>> acks = new ArrayList<>(events.size());
    for (int i = 0; i < events.size(); i++) {
      acks.add(producer.send(new ProducerRecord<>(topic, events.get(i).subject(), values.get(i))));
    }
    producer.flush();
    Map<Integer, String> last = new HashMap<>();
    Map<Integer, Long> offset = new HashMap<>();
    for (int i = 0; i < acks.size(); i++) {
      RecordMetadata m = acks.get(i).get();
      if (m.offset() >= offset.getOrDefault(m.partition(), -1L)) {
        offset.put(m.partition(), m.offset());
        last.put(m.partition(), events.get(i).subject());
      }
    }
    return last;
  }

  /**
   * Waits until these articles' rows carry {@code column} (their topic's half was projected). The
   * classification half is its own table since V24; a build from before it (measured with
   * {@code -Dbench.jar}) keeps it in the article row.
   */
  static void awaitProjected(Connections connections, Collection<String> ids, String column)
      throws Exception {
    long deadline = System.nanoTime() + 600_000_000_000L;
    String table = "article";
    if (column.startsWith("classification")) {
      try (Connection c = connections.open(); Statement s = c.createStatement();
          ResultSet rs = s.executeQuery(
              "SELECT to_regclass('article_classification') IS NOT NULL")) {
        rs.next();
        table = rs.getBoolean(1) ? "article_classification" : "article";
      }
    }
    while (System.nanoTime() < deadline) {
      try (Connection c = connections.open(); PreparedStatement ps = c.prepareStatement(
          "SELECT count(*) FROM " + table + " WHERE article_id = ANY(?) AND " + column
              + " IS NOT NULL")) {
        ps.setArray(1, c.createArrayOf("varchar", ids.toArray()));
        try (ResultSet rs = ps.executeQuery()) {
          rs.next();
          if (rs.getInt(1) == ids.size()) {
            return;
          }
        }
      }
      Thread.sleep(20);
    }
    throw new AssertionError("not projected within 10 minutes: " + ids);
  }
}
