package org.regwatch.devstack.process;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * Finds, checks and stops local processes by PID.
 *
 * <p>Everything the dev stack starts is stopped by the PID it recorded, and only after checking
 * (through {@code /proc/<pid>/cmdline}) that the process behind that PID is still the one we started:
 * PIDs are reused, and we must never signal a stranger.
 */
public final class LocalProcesses {

  private LocalProcesses() {}

  /** The PID stored in the first line of a pid file (ours, or PostgreSQL's postmaster.pid). */
  public static OptionalLong readPid(Path pidFile) {
    try {
      if (!Files.isRegularFile(pidFile)) {
        return OptionalLong.empty();
      }
      String firstLine = Files.readAllLines(pidFile, StandardCharsets.UTF_8).stream()
          .findFirst().orElse("").trim();
      return firstLine.matches("\\d+") ? OptionalLong.of(Long.parseLong(firstLine)) : OptionalLong.empty();
    } catch (IOException e) {
      return OptionalLong.empty();
    }
  }

  public static void writePid(Path pidFile, long pid) {
    try {
      Files.createDirectories(pidFile.getParent());
      Files.writeString(pidFile, pid + "\n", StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write pid file " + pidFile, e);
    }
  }

  /** The command line of a live process, arguments separated by spaces; empty when it is gone. */
  public static Optional<String> commandLine(long pid) {
    try {
      byte[] raw = Files.readAllBytes(Path.of("/proc", Long.toString(pid), "cmdline"));
      if (raw.length == 0) {
        return Optional.empty(); // zombie or kernel thread
      }
      return Optional.of(new String(raw, StandardCharsets.UTF_8).replace('\0', ' ').trim());
    } catch (IOException e) {
      return Optional.empty();
    }
  }

  /** True when the PID is alive and its command line contains every marker (e.g. main class, data dir). */
  public static boolean isOurs(long pid, String... markers) {
    Optional<String> commandLine = commandLine(pid);
    if (commandLine.isEmpty()) {
      return false;
    }
    for (String marker : markers) {
      if (!commandLine.get().contains(marker)) {
        return false;
      }
    }
    return true;
  }

  /**
   * True while the process runs. A zombie counts as gone: it exited and holds no port or file, it
   * only waits for a parent to reap it (orphans here are re-parented to a PID 1 that may never do).
   */
  public static boolean isAlive(long pid) {
    return ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false) && !isZombie(pid);
  }

  /**
   * Sends {@code signal} (e.g. "TERM", or "INT" for PostgreSQL's fast shutdown), waits up to
   * {@code grace} for the process to exit, then kills it. Returns true if it had to be killed.
   */
  public static boolean stop(long pid, String signal, Duration grace) {
    if (!isAlive(pid)) {
      return false;
    }
    signal(pid, signal);
    if (awaitExit(pid, grace)) {
      return false;
    }
    ProcessHandle.of(pid).ifPresent(ProcessHandle::destroyForcibly);
    awaitExit(pid, Duration.ofSeconds(10));
    return true;
  }

  public static boolean awaitExit(long pid, Duration timeout) {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (isAlive(pid)) {
      if (System.nanoTime() > deadline) {
        return false;
      }
      sleep(Duration.ofMillis(50));
    }
    return true;
  }

  /** A child that exited but was not reaped yet still "exists"; it holds no ports or files. */
  private static boolean isZombie(long pid) {
    try {
      String stat = Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
      int afterName = stat.lastIndexOf(')');
      return afterName > 0 && stat.length() > afterName + 2 && stat.charAt(afterName + 2) == 'Z';
    } catch (IOException e) {
      return false;
    }
  }

  private static void signal(long pid, String signal) {
    if ("TERM".equals(signal)) {
      ProcessHandle.of(pid).ifPresent(ProcessHandle::destroy);
      return;
    }
    // The JDK can only send TERM and KILL; other signals go through kill(1).
    try {
      Process kill = new ProcessBuilder("kill", "-" + signal, Long.toString(pid))
          .redirectErrorStream(true)
          .redirectOutput(ProcessBuilder.Redirect.DISCARD)
          .start();
      kill.waitFor();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot signal process " + pid, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  public static void sleep(Duration duration) {
    try {
      Thread.sleep(duration.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    }
  }
}
