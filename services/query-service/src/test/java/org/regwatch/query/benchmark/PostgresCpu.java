package org.regwatch.query.benchmark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/**
 * CPU time of a local PostgreSQL server from {@code /proc} (Linux): the postmaster, its live
 * children (backends, WAL writer, checkpointer, autovacuum) and the children it already reaped.
 */
final class PostgresCpu {

  /** USER_HZ: the unit of the times in /proc/PID/stat on Linux. */
  private static final double TICKS_PER_SECOND = 100.0;

  private PostgresCpu() {}

  static long parentOf(long pid) throws IOException {
    return Long.parseLong(fields(pid)[1]);
  }

  static double seconds(long postmaster) throws IOException {
    String[] own = fields(postmaster);
    // utime, stime, cutime, cstime: fields 14–17 of stat, 12–15 after "pid (comm)"
    long ticks = 0;
    for (int i = 11; i <= 14; i++) {
      ticks += Long.parseLong(own[i]);
    }
    try (Stream<Path> procs = Files.list(Path.of("/proc"))) {
      for (Path p : procs.filter(p -> p.getFileName().toString().matches("\\d+")).toList()) {
        try {
          String[] f = fields(Long.parseLong(p.getFileName().toString()));
          if (Long.parseLong(f[1]) == postmaster) {
            ticks += Long.parseLong(f[11]) + Long.parseLong(f[12]);
          }
        } catch (IOException | RuntimeException gone) {
          // the process ended between the listing and the read: its time went to cutime
        }
      }
    }
    return ticks / TICKS_PER_SECOND;
  }

  static String loadAverage() {
    try {
      return Files.readString(Path.of("/proc/loadavg")).trim();
    } catch (IOException e) {
      return "?";
    }
  }

  /** The fields after "pid (comm) ", so that a comm with spaces does not shift them. */
  private static String[] fields(long pid) throws IOException {
    String stat = Files.readString(Path.of("/proc/" + pid + "/stat"));
    return stat.substring(stat.lastIndexOf(')') + 2).split(" ");
  }
}
