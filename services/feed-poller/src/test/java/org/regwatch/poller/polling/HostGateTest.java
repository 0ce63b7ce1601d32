package org.regwatch.poller.polling;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class HostGateTest {

  private static final long SECOND = 1_000_000_000L;

  @Test
  void atMostNRequestsToOneHostAreInFlight_acrossItsFeeds() {
    HostGate gate = new HostGate(2, 0);

    assertThat(gate.tryAcquire("https://news.example.org/a.xml", 0)).isTrue();
    assertThat(gate.tryAcquire("https://NEWS.example.org/b.xml", 0)).isTrue();
    assertThat(gate.tryAcquire("https://news.example.org/c.xml", 0)).isFalse();
    gate.release("https://news.example.org/a.xml");
    assertThat(gate.tryAcquire("https://news.example.org/c.xml", 0)).isTrue();
  }

  @Test
  void requestsToOneHostStartAtLeastTheMinimumDelayApart() {
    HostGate gate = new HostGate(10, SECOND);

    assertThat(gate.tryAcquire("https://a.example/1", 0)).isTrue();
    assertThat(gate.tryAcquire("https://a.example/2", SECOND / 2)).isFalse();
    assertThat(gate.tryAcquire("https://a.example/2", SECOND)).isTrue();
  }

  @Test
  void otherHostsAreNotHeldBack() {
    HostGate gate = new HostGate(1, SECOND);

    assertThat(gate.tryAcquire("https://a.example/1", 0)).isTrue();
    assertThat(gate.tryAcquire("https://b.example/1", 0)).isTrue();
  }
}
