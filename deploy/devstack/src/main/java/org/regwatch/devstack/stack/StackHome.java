package org.regwatch.devstack.stack;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The repository the stack runs from, and the git-ignored {@code .regwatch/} folder at its root
 * where everything the stack owns lives: broker and database data, logs, PIDs.
 */
public record StackHome(Path root) {

  /** {@code -Dregwatch.home}, else the nearest directory upwards holding pom.xml and services/. */
  public static StackHome find() {
    String configured = System.getProperty("regwatch.home");
    if (configured != null && !configured.isBlank()) {
      return new StackHome(Path.of(configured).toAbsolutePath().normalize());
    }
    for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
      if (Files.isRegularFile(dir.resolve("pom.xml")) && Files.isDirectory(dir.resolve("services"))) {
        return new StackHome(dir);
      }
    }
    throw new IllegalStateException(
        "not inside the Regwatch repository (no pom.xml + services/ found upwards); run from the repo root or pass -Dregwatch.home=<repo>");
  }

  public Path stateDirectory() {
    return root.resolve(".regwatch");
  }

  public Path stateFile() {
    return stateDirectory().resolve("stack.properties");
  }

  public Path logs() {
    return stateDirectory().resolve("logs");
  }

  public Path kafka() {
    return stateDirectory().resolve("kafka");
  }

  public Path postgres() {
    return stateDirectory().resolve("postgres");
  }

  public Path serviceJar(String service) {
    return root.resolve("services").resolve(service).resolve("target/quarkus-app/quarkus-run.jar");
  }
}
