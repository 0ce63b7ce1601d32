package org.regwatch.devstack.process;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;

/** Port helpers: tests run next to other engineers' tests, so they never assume a fixed port. */
public final class FreePorts {

  private static final int LOW = 20000;
  private static final int HIGH = 32000;

  private FreePorts() {}

  /**
   * A port free right now, drawn from below Linux's ephemeral range (32768-60999). A port the OS
   * hands out for "port 0" lies inside that range, where any outgoing connection of any process
   * (a Kafka client, another test) may take it before our child process binds it; seen here as
   * "port in use" failures when several test JVMs run side by side.
   */
  public static int any() {
    java.util.concurrent.ThreadLocalRandom random = java.util.concurrent.ThreadLocalRandom.current();
    for (int attempt = 0; attempt < 200; attempt++) {
      int port = random.nextInt(LOW, HIGH);
      if (isFree(port)) {
        return port;
      }
    }
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException("no free port", e);
    }
  }

  /** The preferred port if nothing listens there, else any free port. */
  public static int preferred(int port) {
    return isFree(port) ? port : any();
  }

  /** Nobody listens on the port (IPv4 or IPv6 loopback) and we could bind it. */
  public static boolean isFree(int port) {
    // Probe first: a bound ServerSocket is already listening, so probing after binding finds ourselves.
    if (isListening("127.0.0.1", port) || isListening("::1", port)) {
      return false;
    }
    try (ServerSocket socket = new ServerSocket()) {
      socket.setReuseAddress(true);
      socket.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port));
      return true;
    } catch (IOException e) {
      return false;
    }
  }

  public static boolean isListening(String host, int port) {
    try (Socket socket = new Socket()) {
      socket.connect(new InetSocketAddress(host, port), 300);
      return true;
    } catch (IOException e) {
      return false;
    }
  }
}
