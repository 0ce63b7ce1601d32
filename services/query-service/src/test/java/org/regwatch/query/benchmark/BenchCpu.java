package org.regwatch.query.benchmark;

import io.agroal.api.AgroalDataSource;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * CPU seconds of this JVM, of the calling thread and of the PostgreSQL server, for benchmarks
 * that print CPU next to wall-clock rates: on a machine shared with other builds the wall clock
 * mostly measures their load, the CPU what the code costs.
 */
final class BenchCpu {

  private BenchCpu() {}

  static double jvmSeconds() {
    return ((com.sun.management.OperatingSystemMXBean) ManagementFactory
        .getOperatingSystemMXBean()).getProcessCpuTime() / 1e9;
  }

  /**
   * CPU of the calling thread; the rest of the JVM's CPU is the JIT compiler, GC, the Kafka
   * clients and idle background threads.
   */
  static double threadSeconds() {
    return ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime() / 1e9;
  }

  static String loadAverage() {
    return PostgresCpu.loadAverage();
  }

  /** CPU of the PostgreSQL server this data source talks to (see {@link PostgresCpu}). */
  static double postgresSeconds(AgroalDataSource dataSource) throws SQLException, IOException {
    try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("SELECT pg_backend_pid()")) {
      rs.next();
      return PostgresCpu.seconds(PostgresCpu.parentOf(rs.getLong(1)));
    }
  }
}
