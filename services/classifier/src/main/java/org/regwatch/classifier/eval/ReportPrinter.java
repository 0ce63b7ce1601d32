package org.regwatch.classifier.eval;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Locale;
import java.util.Map;

/** Renders an {@link EvaluationReport} for people (aligned tables) or machines ({@code --json}). */
public final class ReportPrinter {

  private ReportPrinter() {}

  public static String text(EvaluationReport r) {
    StringBuilder b = new StringBuilder();
    b.append(String.format(Locale.ROOT, "Evaluated %d files in %s with %s%n", r.files(), r.folder(),
        String.join(", ", r.rulePacks())));
    for (String u : r.unreadable()) {
      b.append("  unreadable: ").append(u).append('\n');
    }
    b.append('\n');
    for (FieldScore s : r.fields().values()) {
      b.append(String.format(Locale.ROOT, "%s: accuracy %.3f  macro-F1 %.3f%n", s.field(), s.accuracy(),
          s.macroF1()));
      b.append(String.format(Locale.ROOT, "  %-20s %9s %6s %6s %7s%n", "value", "precision", "recall", "F1",
          "support"));
      for (String v : s.values()) {
        b.append(String.format(Locale.ROOT, "  %-20s %9.3f %6.3f %6.3f %7d%n", v, s.precision(v),
            s.recall(v), s.f1(v), s.support(v)));
      }
      b.append("  confusion (rows: gold, columns: predicted)\n");
      b.append(String.format(Locale.ROOT, "  %-20s", ""));
      for (String v : s.values()) {
        b.append(String.format(Locale.ROOT, " %12s", v));
      }
      b.append('\n');
      for (String g : s.values()) {
        b.append(String.format(Locale.ROOT, "  %-20s", g));
        for (String p : s.values()) {
          b.append(String.format(Locale.ROOT, " %12d", s.count(g, p)));
        }
        b.append('\n');
      }
      b.append('\n');
    }
    b.append(String.format(Locale.ROOT, "actors: set-match accuracy %.3f%n", r.actorsAccuracy()));
    b.append(String.format(Locale.ROOT, "bills named: %d of %d legislative developments (not scored)%n%n",
        r.billsNamed(), r.legislativeDevelopments()));
    b.append(String.format(Locale.ROOT, "wrong files: %d%n", r.wrong().size()));
    for (EvaluationReport.WrongFile w : r.wrong()) {
      b.append("  ").append(w.file()).append(":");
      for (Map.Entry<String, String> e : w.fields().entrySet()) {
        b.append(' ').append(e.getKey()).append(" ").append(e.getValue()).append(';');
      }
      b.append('\n');
    }
    return b.toString();
  }

  public static String json(EvaluationReport r) {
    ObjectMapper m = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    ObjectNode root = m.createObjectNode();
    root.put("folder", r.folder());
    root.put("files", r.files());
    root.set("rulePacks", m.valueToTree(r.rulePacks()));
    root.set("unreadable", m.valueToTree(r.unreadable()));
    ObjectNode fields = root.putObject("fields");
    for (FieldScore s : r.fields().values()) {
      ObjectNode f = fields.putObject(s.field());
      f.put("accuracy", round(s.accuracy()));
      f.put("macroF1", round(s.macroF1()));
      ObjectNode perValue = f.putObject("perValue");
      ObjectNode confusion = f.putObject("confusion");
      for (String v : s.values()) {
        ObjectNode pv = perValue.putObject(v);
        pv.put("precision", round(s.precision(v)));
        pv.put("recall", round(s.recall(v)));
        pv.put("f1", round(s.f1(v)));
        pv.put("support", s.support(v));
        ObjectNode row = confusion.putObject(v);
        for (String p : s.values()) {
          row.put(p, s.count(v, p));
        }
      }
    }
    root.putObject("actors").put("setMatchAccuracy", round(r.actorsAccuracy()));
    root.putObject("bills").put("named", r.billsNamed()).put("legislativeDevelopments", r.legislativeDevelopments());
    ArrayNode wrong = root.putArray("wrong");
    for (EvaluationReport.WrongFile w : r.wrong()) {
      ObjectNode o = wrong.addObject();
      o.put("file", w.file());
      o.set("fields", m.valueToTree(w.fields()));
    }
    try {
      return m.writeValueAsString(root);
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  private static double round(double d) {
    return Math.round(d * 10000) / 10000.0;
  }
}
