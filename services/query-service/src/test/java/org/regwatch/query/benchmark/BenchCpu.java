package org.regwatch.query.benchmark;

import io.agroal.api.AgroalDataSource;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.stream.Stream;

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

  static String loadAverage() throws IOException {
    return Files.readString(Path.of("/proc/loadavg")).trim();
  }

  /** CPU of the postmaster, its live children and its reaped children (from /proc). */
  static double postgresSeconds(AgroalDataSource dataSource) throws SQLException, IOException {
    long backend;
    try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("SELECT pg_backend_pid()")) {
      rs.next();
      backend = rs.getLong(1);
    }
    long postmaster = Long.parseLong(stat(backend)[3]);
    String[] main = stat(postmaster);
    long ticks = Long.parseLong(main[13]) + Long.parseLong(main[14]) + Long.parseLong(main[15])
        + Long.parseLong(main[16]);
    try (Stream<Path> procs = Files.list(Path.of("/proc"))) {
      for (Path p : procs.filter(p -> p.getFileName().toString().matches("\\d+")).toList()) {
        try {
          String[] f = stat(Long.parseLong(p.getFileName().toString()));
          if (Long.parseLong(f[3]) == postmaster) {
            ticks += Long.parseLong(f[13]) + Long.parseLong(f[14]);
          }
        } catch (IOException gone) {
          // a process that ended meanwhile
        }
      }
    }
    return ticks / 100.0;
  }

  /** Fields of /proc/pid/stat, numbered from 0, after the command name (which may hold blanks). */
  private static String[] stat(long pid) throws IOException {
    String s = Files.readString(Path.of("/proc/" + pid + "/stat"));
    String[] rest = s.substring(s.lastIndexOf(')') + 2).split(" ");
    String[] out = new String[rest.length + 2];
    out[0] = Long.toString(pid);
    out[1] = "comm";
    System.arraycopy(rest, 0, out, 2, rest.length);
    return out;
  }
}
