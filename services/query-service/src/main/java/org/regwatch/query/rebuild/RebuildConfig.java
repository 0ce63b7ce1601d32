package org.regwatch.query.rebuild;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import io.smallrye.config.WithName;
import java.time.Duration;
import java.util.Set;

@ConfigMapping(prefix = "regwatch.rebuild")
public interface RebuildConfig {

  /**
   * Events per transaction while replaying. Larger than the live projection's 500: the
   * grouping's statements are a fixed handful per batch, and nobody waits for a replayed event.
   */
  @WithDefault("2000")
  int batchSize();

  /** The swap transaction holds the live tables locked while it catches up; bound it. */
  @WithName("swap-timeout")
  @WithDefault("10M")
  Duration swapTimeout();

  /**
   * The non-unique live indexes the projectors READ while replaying, so the copies have them from
   * the start: the grouping's lookup by key and date range ({@code development_group_idx}) and the
   * sources of a development ({@code development_source_dev_idx}, also what the foreign key's
   * cascade uses). Every other non-unique index is built after the replay; keys and unique
   * indexes are always there from the start.
   */
  @WithName("replay-indexes")
  @WithDefault("development_group_idx,development_source_dev_idx")
  Set<String> replayIndexes();

  /** Sort memory for building the deferred indexes (PostgreSQL's maintenance_work_mem). */
  @WithName("index-memory")
  @WithDefault("256MB")
  String indexMemory();

  /**
   * Parallel transactions (connections) that write one topic's part of a replay batch, each the
   * records of some partitions: one PostgreSQL backend uses one core, and parsing the articles'
   * text for the full-text column is most of the replay's database work.
   */
  @WithDefault("2")
  int writers();

  /**
   * Fill the copies as UNLOGGED tables (no write-ahead log) and SET LOGGED them before the swap.
   */
  @WithDefault("false")
  boolean unlogged();
}
