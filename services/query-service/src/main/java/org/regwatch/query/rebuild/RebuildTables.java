package org.regwatch.query.rebuild;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The read-model tables and the DDL that copies them into the {@code rebuild} schema and swaps
 * them in. The projection's SQL names its tables without a schema, so a transaction that sets
 * {@code search_path} to {@code rebuild, public} writes into the copies through the same code.
 */
final class RebuildTables {

  static final String SCHEMA = "rebuild";

  /** In dependency order (development_source references development). */
  static final List<String> TABLES = List.of("article", "development", "development_source",
      "development_change", "moratorium_lapse");

  private static final Pattern INDEX_DEF =
      Pattern.compile("^CREATE (UNIQUE )?INDEX (\\S+) ON (\\S+)\\.(.*)$");

  private RebuildTables() {}

  /** Fresh, empty copies with the same columns, defaults, generated columns and indexes. */
  static void create(Connection c) throws SQLException {
    try (Statement s = c.createStatement()) {
      s.execute("DROP SCHEMA IF EXISTS " + SCHEMA + " CASCADE");
      s.execute("CREATE SCHEMA " + SCHEMA);
      for (String t : TABLES) {
        s.execute("CREATE TABLE " + SCHEMA + "." + t + " (LIKE public." + t + " INCLUDING ALL)");
      }
      // LIKE copies no foreign keys; same name as the one V2 created
      s.execute("ALTER TABLE " + SCHEMA + ".development_source ADD CONSTRAINT"
          + " development_source_development_id_fkey FOREIGN KEY (development_id) REFERENCES "
          + SCHEMA + ".development (development_id) ON DELETE CASCADE");
    }
  }

  /** Makes the projection's unqualified SQL hit the copies, until the transaction ends. */
  static void useCopies(Connection c) throws SQLException {
    try (Statement s = c.createStatement()) {
      s.execute("SET LOCAL search_path TO " + SCHEMA + ", public");
    }
  }

  /**
   * The replay's transactions do not wait for the disk: a crash in the middle loses only copies
   * that the next rebuild creates afresh, and the swap commits synchronously, which flushes the
   * write-ahead log up to its own commit record and so every replay commit before it.
   */
  static void commitWithoutWaiting(Connection c) throws SQLException {
    try (Statement s = c.createStatement()) {
      s.execute("SET LOCAL synchronous_commit TO off");
    }
  }

  /** Blocks the live projection's writes (readers go on) until the transaction ends. */
  static void lockLive(Connection c) throws SQLException {
    try (Statement s = c.createStatement()) {
      s.execute("LOCK TABLE " + String.join(", ", TABLES.stream().map(t -> "public." + t).toList())
          + " IN EXCLUSIVE MODE");
    }
  }

  /**
   * Drops the live tables and moves the copies into {@code public}, renaming the copies' indexes
   * to the names Flyway gave the originals (LIKE generates its own), so later migrations that
   * name an index still find it.
   */
  static void swap(Connection c) throws SQLException {
    Map<String, String> liveNames = new HashMap<>();
    indexes(c, "public").forEach((name, shape) -> liveNames.put(shape, name));
    Map<String, String> copies = indexes(c, SCHEMA);
    try (Statement s = c.createStatement()) {
      for (int i = TABLES.size() - 1; i >= 0; i--) {
        String t = TABLES.get(i);
        s.execute("DROP TABLE public." + t);
      }
      for (String t : TABLES) {
        s.execute("ALTER TABLE " + SCHEMA + "." + t + " SET SCHEMA public");
      }
      for (Map.Entry<String, String> copy : copies.entrySet()) {
        String original = liveNames.get(copy.getValue());
        if (original != null && !original.equals(copy.getKey())) {
          s.execute("ALTER INDEX public." + copy.getKey() + " RENAME TO " + original);
        }
      }
      s.execute("DROP SCHEMA " + SCHEMA);
    }
  }

  /** index name → its definition without name and schema, for the read-model tables. */
  private static Map<String, String> indexes(Connection c, String schema) throws SQLException {
    Map<String, String> out = new HashMap<>();
    try (PreparedStatement ps = c.prepareStatement(
        "SELECT indexname, indexdef FROM pg_indexes WHERE schemaname = ? AND tablename = ANY(?)")) {
      ps.setString(1, schema);
      ps.setArray(2, c.createArrayOf("varchar", TABLES.toArray()));
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          Matcher m = INDEX_DEF.matcher(rs.getString(2));
          if (m.matches()) {
            out.put(rs.getString(1), (m.group(1) == null ? "" : m.group(1)) + m.group(4));
          }
        }
      }
    }
    return out;
  }
}
