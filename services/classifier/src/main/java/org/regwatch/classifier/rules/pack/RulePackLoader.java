package org.regwatch.classifier.rules.pack;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Loads rule packs: the ones shipped on the classpath (listed in {@code rulepacks/index.txt},
 * because a classpath folder cannot be listed portably inside a packaged jar) and every
 * {@code *.yaml}/{@code *.yml} file of an optional directory. A pack in the directory with the same
 * id as a shipped one replaces it, so operators can try a new version without a rebuild.
 */
public final class RulePackLoader {

  public static final String CLASSPATH_INDEX = "rulepacks/index.txt";

  private final ObjectMapper yaml =
      new ObjectMapper(new YAMLFactory())
          .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

  public List<RulePackDefinition> load(Optional<Path> directory) {
    Map<String, RulePackDefinition> byId = new LinkedHashMap<>();
    for (RulePackDefinition pack : fromClasspath()) {
      byId.put(pack.id(), pack);
    }
    directory.ifPresent(dir -> fromDirectory(dir).forEach(pack -> byId.put(pack.id(), pack)));
    return List.copyOf(byId.values());
  }

  public List<RulePackDefinition> fromClasspath() {
    ClassLoader loader = Thread.currentThread().getContextClassLoader();
    if (loader == null) {
      loader = RulePackLoader.class.getClassLoader();
    }
    List<RulePackDefinition> packs = new ArrayList<>();
    try (InputStream index = loader.getResourceAsStream(CLASSPATH_INDEX)) {
      if (index == null) {
        return packs;
      }
      for (String line : new String(index.readAllBytes(), StandardCharsets.UTF_8).split("\\R")) {
        String name = line.strip();
        if (name.isEmpty() || name.startsWith("#")) {
          continue;
        }
        try (InputStream in = loader.getResourceAsStream("rulepacks/" + name)) {
          if (in == null) {
            throw new IllegalStateException("rule pack listed in " + CLASSPATH_INDEX + " is missing: " + name);
          }
          packs.add(validate(yaml.readValue(in, RulePackDefinition.class), "classpath:rulepacks/" + name));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the shipped rule packs", e);
    }
    return packs;
  }

  public List<RulePackDefinition> fromDirectory(Path dir) {
    if (!Files.isDirectory(dir)) {
      throw new IllegalArgumentException("rule-packs-dir is not a directory: " + dir);
    }
    try (Stream<Path> files = Files.list(dir)) {
      List<Path> yamlFiles = files
          .filter(p -> p.getFileName().toString().matches("(?i).+\\.ya?ml"))
          .sorted()
          .toList();
      List<RulePackDefinition> packs = new ArrayList<>();
      for (Path file : yamlFiles) {
        packs.add(fromFile(file));
      }
      return packs;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list rule packs in " + dir, e);
    }
  }

  public RulePackDefinition fromFile(Path file) {
    try (InputStream in = Files.newInputStream(file)) {
      return validate(yaml.readValue(in, RulePackDefinition.class), file.toString());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read rule pack " + file, e);
    }
  }

  /** Fails at load time, with the file named, rather than misclassifying later. */
  static RulePackDefinition validate(RulePackDefinition pack, String origin) {
    if (pack.id() == null || pack.id().isBlank()) {
      throw new IllegalArgumentException(origin + ": rule pack needs an id");
    }
    if (pack.version() < 1) {
      throw new IllegalArgumentException(origin + ": rule pack needs a version >= 1");
    }
    if (pack.technology() == null || pack.technology().terms().isEmpty()) {
      throw new IllegalArgumentException(origin + ": rule pack needs technology.terms");
    }
    for (RulePackDefinition.Trigger t : pack.triggers()) {
      CompiledPack.parseKind(t.kind(), origin + " trigger " + t.id());
      for (String lexicon : t.requires()) {
        if (!pack.lexicons().containsKey(lexicon)) {
          throw new IllegalArgumentException(
              origin + ": trigger " + t.id() + " requires unknown lexicon " + lexicon);
        }
      }
    }
    for (RulePackDefinition.Modifier m : pack.modifiers()) {
      if (!pack.lexicons().containsKey(m.lexicon())) {
        throw new IllegalArgumentException(origin + ": modifier uses unknown lexicon " + m.lexicon());
      }
    }
    RulePackDefinition.Lexicon singleChamber = pack.lexicons().get(CompiledPack.SINGLE_CHAMBER_PARLIAMENT);
    if (singleChamber != null) {
      for (String term : singleChamber.terms()) {
        // the engine compares the last word of an actor's name, in any case: "verkhovna rada" or
        // "=Knesset" would never match, so the pack is wrong, not just ineffective
        if (term == null || term.isBlank() || term.strip().matches(".*\\s.*") || term.strip().startsWith("=")) {
          throw new IllegalArgumentException(origin + ": lexicon " + CompiledPack.SINGLE_CHAMBER_PARLIAMENT
              + " lists \"" + term + "\": each term must be one plain word (no"
              + " '='), the last word of a one-chamber parliament's name (\"rada\" for \"Verkhovna Rada\")");
        }
      }
    }
    return pack;
  }
}
