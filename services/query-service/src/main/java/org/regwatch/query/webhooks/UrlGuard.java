package org.regwatch.query.webhooks;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.Locale;
import java.util.Set;

/**
 * The SSRF guard: a webhook URL may only reach public addresses. The host is resolved ONCE and
 * the caller connects to the returned address (DNS rebinding between check and connect is then
 * impossible). Every resolved address must be public, not just the first, so that a name with a
 * public and a private record cannot slip through. Allow-listed host names skip the address check.
 */
@ApplicationScoped
public class UrlGuard {

  /** Where to connect: the address checked, plus what the request needs (Host, SNI, path). */
  public record Target(URI uri, String host, InetAddress address, int port, boolean https,
      String pathAndQuery) {}

  public static class Refused extends RuntimeException {
    public Refused(String message) {
      super(message);
    }
  }

  /** Resolves host names; replaceable in unit tests of the guard. */
  public interface Resolver {
    InetAddress[] resolve(String host) throws UnknownHostException;
  }

  private final Set<String> allowedHosts;
  private final Resolver resolver;

  @Inject
  public UrlGuard(WebhooksConfig config) {
    this(config.allowedHosts().orElse(Set.of()), InetAddress::getAllByName);
  }

  public UrlGuard(Set<String> allowedHosts, Resolver resolver) {
    this.allowedHosts = allowedHosts.stream().map(h -> h.trim().toLowerCase(Locale.ROOT))
        .collect(java.util.stream.Collectors.toUnmodifiableSet());
    this.resolver = resolver;
  }

  /** Syntax only (for validation without a lookup) and then resolution and address checks. */
  public Target check(String url) {
    URI uri;
    try {
      uri = new URI(url);
    } catch (Exception e) {
      throw new Refused("url is not a valid URI: " + e.getMessage());
    }
    String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
    if (!scheme.equals("http") && !scheme.equals("https")) {
      throw new Refused("url must be http or https");
    }
    if (uri.getRawUserInfo() != null) {
      throw new Refused("url must not carry credentials");
    }
    String host = uri.getHost();
    if (host == null || host.isEmpty()) {
      throw new Refused("url has no host");
    }
    host = host.toLowerCase(Locale.ROOT);
    String bare = host.startsWith("[") ? host.substring(1, host.length() - 1) : host;
    boolean https = scheme.equals("https");
    int port = uri.getPort() > 0 ? uri.getPort() : https ? 443 : 80;
    String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
    String pathAndQuery = uri.getRawQuery() == null ? path : path + "?" + uri.getRawQuery();
    InetAddress[] addresses;
    try {
      addresses = resolver.resolve(bare);
    } catch (UnknownHostException e) {
      throw new Refused("host " + bare + " does not resolve");
    }
    if (addresses.length == 0) {
      throw new Refused("host " + bare + " does not resolve");
    }
    if (!allowedHosts.contains(bare)) {
      for (InetAddress a : addresses) {
        String why = refusal(a);
        if (why != null) {
          throw new Refused("host " + bare + " resolves to " + a.getHostAddress() + ", " + why
              + " address; webhooks may only reach public addresses");
        }
      }
    }
    return new Target(uri, bare, addresses[0], port, https, pathAndQuery);
  }

  /** Why an address is refused, or null if it is public. */
  static String refusal(InetAddress a) {
    if (a.isAnyLocalAddress()) {
      return "an unspecified";
    }
    if (a.isLoopbackAddress()) {
      return "a loopback";
    }
    if (a.isLinkLocalAddress()) {
      return "a link-local";
    }
    if (a.isSiteLocalAddress()) {
      return "a private";
    }
    if (a.isMulticastAddress()) {
      return "a multicast";
    }
    byte[] b = a.getAddress();
    if (a instanceof Inet4Address) {
      return refusalV4(b);
    }
    if (a instanceof Inet6Address) {
      int first = b[0] & 0xff;
      if ((first & 0xfe) == 0xfc) {
        return "a unique-local (fc00::/7)";
      }
      if (first == 0xfe && (b[1] & 0xc0) == 0xc0) {
        return "a site-local (fec0::/10)";
      }
      // IPv4 embedded in IPv6: ::ffff:a.b.c.d (mapped), ::a.b.c.d (compatible), 64:ff9b::/96 (NAT64)
      boolean zeros80 = true;
      for (int i = 0; i < 10; i++) {
        zeros80 &= b[i] == 0;
      }
      boolean mapped = zeros80 && (b[10] & 0xff) == 0xff && (b[11] & 0xff) == 0xff;
      boolean compatible = zeros80 && b[10] == 0 && b[11] == 0;
      boolean nat64 = (b[0] & 0xff) == 0 && (b[1] & 0xff) == 0x64 && (b[2] & 0xff) == 0xff
          && (b[3] & 0xff) == 0x9b;
      if (mapped || compatible || nat64) {
        byte[] v4 = {b[12], b[13], b[14], b[15]};
        try {
          String why = refusal(InetAddress.getByAddress(v4));
          return why == null ? null : why + " (embedded IPv4)";
        } catch (UnknownHostException e) {
          return "a malformed";
        }
      }
    }
    return null;
  }

  private static String refusalV4(byte[] b) {
    int o1 = b[0] & 0xff;
    int o2 = b[1] & 0xff;
    if (o1 == 0) {
      return "a 'this network' (0.0.0.0/8)";
    }
    if (o1 == 100 && (o2 & 0xc0) == 64) {
      return "a carrier-grade NAT (100.64.0.0/10)";
    }
    if (o1 == 192 && o2 == 0 && (b[2] & 0xff) == 0) {
      return "a protocol-assignment (192.0.0.0/24)";
    }
    if (o1 == 198 && (o2 == 18 || o2 == 19)) {
      return "a benchmarking (198.18.0.0/15)";
    }
    if (o1 >= 240) {
      return "a reserved or broadcast";
    }
    return null;
  }
}
