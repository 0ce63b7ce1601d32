package org.regwatch.query.webhooks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The SSRF guard, with a resolver the test controls (no real DNS). */
class UrlGuardTest {

  private static InetAddress ip(String literal) {
    try {
      return InetAddress.getByName(literal);
    } catch (UnknownHostException e) {
      throw new IllegalArgumentException(e);
    }
  }

  private final Map<String, InetAddress[]> dns = Map.of(
      "alerts.example.org", new InetAddress[] {ip("93.184.216.34")},
      "rebind.example.org", new InetAddress[] {ip("93.184.216.34"), ip("10.0.0.5")},
      "metadata.example.org", new InetAddress[] {ip("169.254.169.254")},
      "receiver.internal", new InetAddress[] {ip("10.1.2.3")});

  private final UrlGuard guard = new UrlGuard(Set.of("receiver.internal"), host -> {
    InetAddress[] a = dns.get(host);
    if (a != null) {
      return a;
    }
    // literals resolve to themselves, as InetAddress does without a lookup
    if (host.matches("[0-9.]+") || host.contains(":")) {
      return new InetAddress[] {ip(host)};
    }
    throw new UnknownHostException(host);
  });

  @ParameterizedTest
  @ValueSource(strings = {
      "http://127.0.0.1/hook", "http://127.8.9.10/", "http://10.0.0.1/", "http://172.16.5.4/",
      "http://192.168.1.1/", "http://169.254.169.254/latest/meta-data/", "http://0.0.0.0/",
      "http://224.0.0.1/", "http://100.64.0.1/", "http://255.255.255.255/",
      "http://[::1]/", "http://[::]/", "http://[fc00::1]/", "http://[fd12:3456::1]/",
      "http://[fe80::1]/", "http://[ff02::1]/", "http://[::ffff:127.0.0.1]/",
      "http://[::ffff:169.254.169.254]/", "http://[64:ff9b::a00:1]/",
      "http://metadata.example.org/", "http://rebind.example.org/"})
  void refusesUrlsThatReachNonPublicAddresses(String url) {
    assertThatThrownBy(() -> guard.check(url)).isInstanceOf(UrlGuard.Refused.class)
        .hasMessageContaining("public addresses");
  }

  @Test
  void acceptsAPublicHostAndReturnsTheAddressToConnectTo() {
    UrlGuard.Target t = guard.check("https://alerts.example.org/regwatch?team=policy");

    assertThat(t.address().getHostAddress()).isEqualTo("93.184.216.34");
    assertThat(t.host()).isEqualTo("alerts.example.org");
    assertThat(t.port()).isEqualTo(443);
    assertThat(t.https()).isTrue();
    assertThat(t.pathAndQuery()).isEqualTo("/regwatch?team=policy");
  }

  @Test
  void anAllowListedHostMayResolveToAPrivateAddress() {
    assertThat(guard.check("http://receiver.internal:8089/hook").address().getHostAddress())
        .isEqualTo("10.1.2.3");
  }

  @ParameterizedTest
  @ValueSource(strings = {"ftp://alerts.example.org/", "file:///etc/passwd",
      "http://user:pw@alerts.example.org/", "not a url", "http:///nohost"})
  void refusesOtherSchemesCredentialsAndMalformedUrls(String url) {
    assertThatThrownBy(() -> guard.check(url)).isInstanceOf(UrlGuard.Refused.class);
  }

  @Test
  void refusesAHostThatDoesNotResolve() {
    assertThatThrownBy(() -> guard.check("https://nowhere.example.org/"))
        .isInstanceOf(UrlGuard.Refused.class).hasMessageContaining("does not resolve");
  }
}
