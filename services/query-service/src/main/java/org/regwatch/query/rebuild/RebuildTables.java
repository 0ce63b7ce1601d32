package org.regwatch.query.rebuild;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Set;

/**
 * The read-model tables and the DDL that copies them into the {@code rebuild} schema and swaps
 * them in. The projection's SQL names its tables without a schema, so a transaction that sets
 * {@code search_path} to {@code rebuild, public} writes into the copies through the same code.
 */
final class RebuildTables {

  static final String SCHEMA = "rebuild";

  /** In dependency order (article_search references article, development_source development). */
  static final List<String> TABLES = List.of("article", "article_search",
      "article_classification", "development", "development_source", "development_change",
      "moratorium_lapse");

  private RebuildTables() {}

  /**
   * Fresh, empty copies with the same columns, defaults, generated columns and constraints, and of
   * the live indexes only those the replay needs (see {@link CopyIndexes}); returns the plan whose
   * {@link CopyIndexes#afterReplay()} {@link #complete} builds. UNLOGGED copies write no
   * write-ahead log while they fill; {@link #complete} makes them durable before the swap.
   */
  static CopyIndexes create(Connection c, boolean unlogged, Set<String> replayReads)
      throws SQLException {
    CopyIndexes plan = CopyIndexes.plan(c, TABLES, replayReads);
    try (Statement s = c.createStatement()) {
      s.execute("DROP SCHEMA IF EXISTS " + SCHEMA + " CASCADE");
      s.execute("CREATE SCHEMA " + SCHEMA);
      for (String t : TABLES) {
        s.execute("CREATE " + (unlogged ? "UNLOGGED " : "") + "TABLE " + SCHEMA + "." + t
            + " (LIKE public." + t + " INCLUDING ALL EXCLUDING INDEXES)");
      }
      copyStorageParameters(c);
      CopyIndexes.create(c, SCHEMA, plan.duringReplay());
      // LIKE copies no foreign keys; same names as the ones V2 and V23 created
      s.execute("ALTER TABLE " + SCHEMA + ".article_search ADD CONSTRAINT"
          + " article_search_article_id_fkey FOREIGN KEY (article_id) REFERENCES "
          + SCHEMA + ".article (article_id) ON DELETE CASCADE");
      s.execute("ALTER TABLE " + SCHEMA + ".development_source ADD CONSTRAINT"
          + " development_source_development_id_fkey FOREIGN KEY (development_id) REFERENCES "
          + SCHEMA + ".development (development_id) ON DELETE CASCADE");
    }
    return plan;
  }

  /**
   * Readies the filled copies for the swap, outside its lock: makes UNLOGGED copies durable
   * (before the indexes, which SET LOGGED would otherwise rewrite too), builds the indexes the
   * replay did without, with {@code indexMemory} of sort memory so that each builds in one pass,
   * and gathers the planner's statistics, so that the first queries after the swap are planned
   * on the real sizes instead of an empty table's.
   */
  static void complete(Connection c, CopyIndexes plan, boolean unlogged, String indexMemory)
      throws SQLException {
    try (Statement s = c.createStatement()) {
      s.execute("SET LOCAL maintenance_work_mem TO '" + indexMemory.replace("'", "") + "'");
      if (unlogged) {
        // referenced tables first: a logged table may not reference an unlogged one
        for (String t : TABLES) {
          s.execute("ALTER TABLE " + SCHEMA + "." + t + " SET LOGGED");
        }
      }
      CopyIndexes.create(c, SCHEMA, plan.afterReplay());
      for (String t : TABLES) {
        s.execute("ANALYZE " + SCHEMA + "." + t);
      }
    }
  }

  /**
   * LIKE … INCLUDING ALL copies no storage parameters: without this a rebuild would silently drop
   * a migration's {@code fillfactor} (V20), and the swapped-in article table would go back to
   * index-touching updates.
   */
  private static void copyStorageParameters(Connection c) throws SQLException {
    try (PreparedStatement read = c.prepareStatement(
            "SELECT array_to_string(reloptions, ', ') FROM pg_class"
                + " WHERE oid = to_regclass('public.' || ?) AND reloptions IS NOT NULL");
        Statement alter = c.createStatement()) {
      for (String t : TABLES) {
        read.setString(1, t);
        try (ResultSet rs = read.executeQuery()) {
          if (rs.next()) {
            alter.execute("ALTER TABLE " + SCHEMA + "." + t + " SET (" + rs.getString(1) + ")");
          }
        }
      }
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
   * Drops the live tables and moves the copies into {@code public}. The copies' indexes and
   * constraints carry the live names already, so later migrations that name one still find it.
   */
  static void swap(Connection c) throws SQLException {
    try (Statement s = c.createStatement()) {
      for (int i = TABLES.size() - 1; i >= 0; i--) {
        s.execute("DROP TABLE public." + TABLES.get(i));
      }
      for (String t : TABLES) {
        s.execute("ALTER TABLE " + SCHEMA + "." + t + " SET SCHEMA public");
      }
      s.execute("DROP SCHEMA " + SCHEMA);
    }
  }
}
