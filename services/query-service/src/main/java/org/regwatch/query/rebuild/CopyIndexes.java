package org.regwatch.query.rebuild;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The indexes of the copies, taken from the LIVE tables' definitions (so an index a later
 * migration adds is never forgotten) and split in two: the ones the replay needs — those behind a
 * primary key or unique constraint (the upserts' ON CONFLICT), any unique index, and the lookups
 * the projectors make while replaying — are created on the empty copies; every other one (the API's
 * full-text GIN, sort and keyset indexes, filters) is built once after the replay, from sorted data
 * in one pass, instead of being maintained row by row through about two writes per article.
 * Every index keeps its live name, so the swap needs no renaming.
 */
final class CopyIndexes {

  private static final Pattern ON_LIVE_TABLE =
      Pattern.compile("^(CREATE (?:UNIQUE )?INDEX \\S+ ON )(?:ONLY )?public\\.(.*)$");

  /**
   * One live index. {@code constraint} and {@code constraintDef} are set when a primary key,
   * unique or exclusion constraint owns it: the copy then gets the constraint, not a bare index.
   */
  record LiveIndex(String table, String name, String definition, boolean unique,
      String constraint, String constraintDef) {}

  private final List<LiveIndex> duringReplay = new ArrayList<>();
  private final List<LiveIndex> afterReplay = new ArrayList<>();

  private CopyIndexes(List<LiveIndex> live, Set<String> replayReads) {
    for (LiveIndex i : live) {
      boolean needed = i.constraint() != null || i.unique() || replayReads.contains(i.name());
      (needed ? duringReplay : afterReplay).add(i);
    }
  }

  /** Reads the live tables' indexes now; {@code replayReads} names the lookups to keep. */
  static CopyIndexes plan(Connection c, List<String> tables, Set<String> replayReads)
      throws SQLException {
    return new CopyIndexes(live(c, tables), replayReads);
  }

  List<LiveIndex> duringReplay() {
    return List.copyOf(duringReplay);
  }

  List<LiveIndex> afterReplay() {
    return List.copyOf(afterReplay);
  }

  /** Creates the given indexes (or their constraints) on the copies in {@code schema}. */
  static void create(Connection c, String schema, List<LiveIndex> indexes) throws SQLException {
    try (Statement s = c.createStatement()) {
      for (LiveIndex i : indexes) {
        s.execute(i.constraint() != null
            ? "ALTER TABLE " + schema + "." + i.table() + " ADD CONSTRAINT " + i.constraint() + " "
                + i.constraintDef()
            : onSchema(i.definition(), schema));
      }
    }
  }

  /** The live definition re-aimed at the copy: {@code … ON public.t …} → {@code … ON rebuild.t …}. */
  static String onSchema(String liveDefinition, String schema) {
    Matcher m = ON_LIVE_TABLE.matcher(liveDefinition);
    if (!m.matches()) {
      throw new IllegalStateException("unexpected index definition: " + liveDefinition);
    }
    return m.group(1) + schema + "." + m.group(2);
  }

  private static List<LiveIndex> live(Connection c, List<String> tables) throws SQLException {
    // conindid of a FOREIGN KEY points at the referenced table's key: only p/u/x own an index
    try (PreparedStatement ps = c.prepareStatement("""
        SELECT t.relname, i.relname, pg_get_indexdef(x.indexrelid), x.indisunique,
               con.conname, pg_get_constraintdef(con.oid)
          FROM pg_index x
          JOIN pg_class i ON i.oid = x.indexrelid
          JOIN pg_class t ON t.oid = x.indrelid
          LEFT JOIN pg_constraint con ON con.conindid = x.indexrelid AND con.conrelid = t.oid
                                     AND con.contype IN ('p', 'u', 'x')
         WHERE t.relnamespace = 'public'::regnamespace AND t.relname = ANY(?)
         ORDER BY t.relname, i.relname""")) {
      ps.setArray(1, c.createArrayOf("varchar", tables.toArray()));
      List<LiveIndex> out = new ArrayList<>();
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          out.add(new LiveIndex(rs.getString(1), rs.getString(2), rs.getString(3),
              rs.getBoolean(4), rs.getString(5), rs.getString(6)));
        }
      }
      return out;
    }
  }
}
