package org.regwatch.devstack.stack;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Properties;

/**
 * What a running {@code up} started: PIDs and ports, in {@code .regwatch/stack.properties}.
 *
 * <p>Written after each component starts, so that {@code down} (or the next {@code up}, after a
 * crash) can stop exactly what was started, by PID, and nothing else.
 */
public final class StackState {

  private final Path file;
  private final Properties values;

  private StackState(Path file, Properties values) {
    this.file = file;
    this.values = values;
  }

  public static StackState empty(Path file) {
    return new StackState(file, new Properties());
  }

  public static Optional<StackState> read(Path file) {
    if (!Files.isRegularFile(file)) {
      return Optional.empty();
    }
    Properties values = new Properties();
    try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      values.load(reader);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
    return Optional.of(new StackState(file, values));
  }

  public synchronized StackState put(String key, Object value) {
    values.setProperty(key, String.valueOf(value));
    save();
    return this;
  }

  public synchronized StackState remove(String key) {
    values.remove(key);
    save();
    return this;
  }

  public synchronized Optional<String> get(String key) {
    return Optional.ofNullable(values.getProperty(key));
  }

  public OptionalLong pid(String component) {
    return get(component + ".pid").filter(v -> v.matches("\\d+"))
        .map(v -> OptionalLong.of(Long.parseLong(v))).orElse(OptionalLong.empty());
  }

  public void delete() {
    try {
      Files.deleteIfExists(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Write-then-rename: a reader never sees half a file. */
  private void save() {
    try {
      Files.createDirectories(file.getParent());
      Path temporary = file.resolveSibling(file.getFileName() + ".tmp");
      try (Writer writer = Files.newBufferedWriter(temporary, StandardCharsets.UTF_8)) {
        values.store(writer, "written by the running `DevStack up`; deleted when it stops");
      }
      Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + file, e);
    }
  }
}
