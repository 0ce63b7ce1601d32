package org.regwatch.devstack.stack;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * {@code down}: stops, by their recorded PIDs, the running {@code up} (whose shutdown hook stops
 * what it started) and then anything it recorded that still runs (in case {@code up} itself was
 * killed). Touches nothing it did not start.
 */
public final class StackDown {

  private final StackHome home;
  private final PrintStream out;

  public StackDown(StackHome home, PrintStream out) {
    this.home = home;
    this.out = out;
  }

  public int run() {
    Optional<StackState> recorded = StackState.read(home.stateFile());
    if (recorded.isEmpty()) {
      out.println("Regwatch is not running (no " + home.stateFile() + ").");
      return 0;
    }
    StackState state = recorded.get();
    StackComponents components = new StackComponents(home);
    if (components.stopIfRunning(state, StackComponents.UP)) {
      out.println("Stopped the running stack (pid " + state.pid(StackComponents.UP).getAsLong() + ").");
    }
    List<String> order = new ArrayList<>();
    ServiceSpec.ALL.forEach(spec -> order.add(0, spec.name())); // reverse start order
    order.add(StackComponents.POSTGRES);
    order.add(StackComponents.KAFKA);
    for (String component : order) {
      if (components.stopIfRunning(state, component)) {
        out.println("Stopped " + component + " (pid " + state.pid(component).getAsLong() + ").");
      }
    }
    state.delete();
    return 0;
  }
}
