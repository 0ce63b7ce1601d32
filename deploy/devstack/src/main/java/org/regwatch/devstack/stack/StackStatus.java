package org.regwatch.devstack.stack;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.regwatch.devstack.process.FreePorts;

/** {@code status}: what the recorded stack runs, with PIDs, ports, and whether each is alive. */
public final class StackStatus {

  private final StackHome home;
  private final PrintStream out;

  public StackStatus(StackHome home, PrintStream out) {
    this.home = home;
    this.out = out;
  }

  /** Exit code 0 when a stack is running, 3 when not (like `systemctl status`). */
  public int run() {
    Optional<StackState> recorded = StackState.read(home.stateFile());
    StackComponents components = new StackComponents(home);
    if (recorded.isEmpty() || !components.isRunning(recorded.get(), StackComponents.UP)) {
      out.println("Regwatch is not running.");
      return 3;
    }
    StackState state = recorded.get();
    out.printf("Regwatch is running (up pid %d)%n", state.pid(StackComponents.UP).getAsLong());
    out.printf("  %-14s %-8s %-7s %s%n", "component", "pid", "port", "state");
    List<String> rows = new ArrayList<>(List.of(StackComponents.KAFKA, StackComponents.POSTGRES));
    ServiceSpec.ALL.forEach(spec -> rows.add(spec.name()));
    for (String component : rows) {
      String pid = state.pid(component).isPresent() ? Long.toString(state.pid(component).getAsLong()) : "-";
      String port = state.get(component + ".port").orElse("-");
      String alive;
      if (state.pid(component).isEmpty()) {
        alive = StackComponents.POSTGRES.equals(component) && state.get("postgres.owned").orElse("").equals("false")
            ? "configured server, not ours" : "not started";
      } else {
        alive = components.isRunning(state, component)
            ? (port.equals("-") || FreePorts.isListening("localhost", Integer.parseInt(port)) ? "running" : "starting")
            : "GONE";
      }
      out.printf("  %-14s %-8s %-7s %s%n", component, pid, port, alive);
    }
    state.get("demo.url").ifPresent(url -> out.printf("  %-14s %-8s %-7s %s%n", "demo feed", "(up)",
        state.get("demo.port").orElse("-"), url));
    return 0;
  }
}
