package org.regwatch.devstack;

import java.io.PrintStream;
import org.regwatch.devstack.stack.StackConfig;
import org.regwatch.devstack.stack.StackDown;
import org.regwatch.devstack.stack.StackHome;
import org.regwatch.devstack.stack.StackStatus;
import org.regwatch.devstack.stack.StackUp;

/**
 * The dev stack CLI: {@code up} (foreground, Ctrl-C stops), {@code down}, {@code status}.
 * Run from the repository root (or with {@code -Dregwatch.home}); {@code deploy/run} wraps it.
 */
public final class DevStack {

  private DevStack() {}

  public static void main(String[] args) throws Exception {
    PrintStream out = System.out;
    String command = args.length == 0 ? "" : args[0];
    int status;
    try {
      StackHome home = StackHome.find();
      status = switch (command) {
        case "up" -> new StackUp(home, StackConfig.fromSystem(), out).run();
        case "down", "stop" -> new StackDown(home, out).run();
        case "status" -> new StackStatus(home, out).run();
        default -> {
          out.println("usage: DevStack up|down|status");
          yield 2;
        }
      };
    } catch (IllegalStateException e) {
      out.println(e.getMessage());
      status = 1;
    }
    // System.exit runs the shutdown hooks: after a normal stop they find nothing left to do.
    System.exit(status);
  }
}
