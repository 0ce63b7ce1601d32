package org.regwatch.classifier.eval;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.regwatch.classifier.rules.RuleEngine;
import org.regwatch.classifier.rules.pack.RulePackLoader;

/**
 * {@code eval [--json] [--rule-packs-dir DIR] FOLDER}: evaluates the rule engine on a folder of
 * labeled JSON files. Plain Java (no Quarkus start), so it runs from Maven or {@code java -cp}.
 */
public final class EvaluationCommand {

  private EvaluationCommand() {}

  public static void main(String[] args) {
    System.exit(run(args, System.out, System.err));
  }

  static int run(String[] args, PrintStream out, PrintStream err) {
    boolean json = false;
    Path packsDir = null;
    Path folder = null;
    for (int i = 0; i < args.length; i++) {
      String a = args[i];
      if (i == 0 && a.equals("eval")) {
        continue;
      }
      switch (a) {
        case "--json" -> json = true;
        case "--rule-packs-dir" -> {
          if (i + 1 >= args.length) {
            return usage(err, "--rule-packs-dir needs a directory");
          }
          packsDir = Path.of(args[++i]);
        }
        default -> {
          if (a.startsWith("--")) {
            return usage(err, "unknown option " + a);
          }
          folder = Path.of(a);
        }
      }
    }
    if (folder == null) {
      return usage(err, "missing folder");
    }
    if (!Files.isDirectory(folder)) {
      return usage(err, "not a folder: " + folder);
    }
    RuleEngine engine = new RuleEngine(new RulePackLoader().load(Optional.ofNullable(packsDir)),
        RuleEngine.DEFAULT_MAX_TEXT_CHARS);
    EvaluationReport report = new Evaluator(engine, engine.rulePacks()).evaluate(folder);
    out.print(json ? ReportPrinter.json(report) + System.lineSeparator() : ReportPrinter.text(report));
    return 0;
  }

  private static int usage(PrintStream err, String problem) {
    err.println(problem);
    err.println("usage: eval [--json] [--rule-packs-dir DIR] FOLDER");
    return 2;
  }
}
