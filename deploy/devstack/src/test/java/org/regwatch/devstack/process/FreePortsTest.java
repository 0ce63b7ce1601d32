package org.regwatch.devstack.process;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.net.ServerSocket;
import org.junit.jupiter.api.Test;

class FreePortsTest {

  @Test
  void aPortSomebodyListensOnIsNotFreeAndThePreferenceFallsBackToAnother() throws Exception {
    try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      int port = taken.getLocalPort();

      assertThat(FreePorts.isFree(port)).isFalse();
      assertThat(FreePorts.preferred(port)).isNotEqualTo(port);
    }
  }

  @Test
  void aFreePortIsPreferredAsIs() {
    int port = FreePorts.any();

    assertThat(FreePorts.isFree(port)).isTrue();
    assertThat(FreePorts.preferred(port)).isEqualTo(port);
  }
}
