package org.regwatch.devstack.process;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;

/** Port helpers: tests run next to other engineers' tests, so they never assume a fixed port. */
public final class FreePorts {

  private FreePorts() {}

  /** A port the OS considers free right now (a short race remains; callers start at once). */
  public static int any() {
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      socket.setReuseAddress(true);
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
