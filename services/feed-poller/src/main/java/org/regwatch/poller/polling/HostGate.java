package org.regwatch.poller.polling;

import jakarta.enterprise.context.ApplicationScoped;
import java.net.URI;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.regwatch.poller.PollerConfig;

/**
 * Politeness per host: at most N polls in flight and a minimum delay between request starts,
 * whatever the number of feeds a host serves. The scheduler asks before dispatching; a refused
 * feed simply stays due and is tried again at the next tick, so no worker ever blocks waiting.
 */
@ApplicationScoped
public class HostGate {

  private static final class Host {
    int inFlight;
    long lastStartNanos;
    boolean started;
  }

  private final Map<String, Host> hosts = new ConcurrentHashMap<>();
  private final int maxPerHost;
  private final long minDelayNanos;

  @jakarta.inject.Inject
  public HostGate(PollerConfig config) {
    this(config.schedule().maxPerHost(), config.schedule().minDelayPerHost().toNanos());
  }

  HostGate(int maxPerHost, long minDelayNanos) {
    this.maxPerHost = maxPerHost;
    this.minDelayNanos = minDelayNanos;
  }

  static String hostOf(String url) {
    try {
      String host = URI.create(url).getHost();
      return host == null ? url : host.toLowerCase(Locale.ROOT);
    } catch (IllegalArgumentException e) {
      return url;
    }
  }

  /** True (and counted) when a request to this URL's host may start now. */
  public boolean tryAcquire(String url, long nowNanos) {
    Host host = hosts.computeIfAbsent(hostOf(url), h -> new Host());
    synchronized (host) {
      if (host.inFlight >= maxPerHost) {
        return false;
      }
      if (host.started && nowNanos - host.lastStartNanos < minDelayNanos) {
        return false;
      }
      host.inFlight++;
      host.started = true;
      host.lastStartNanos = nowNanos;
      return true;
    }
  }

  public void release(String url) {
    Host host = hosts.get(hostOf(url));
    if (host != null) {
      synchronized (host) {
        host.inFlight = Math.max(0, host.inFlight - 1);
      }
    }
  }
}
