package org.regwatch.poller;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** Every tunable of the poller, under {@code regwatch.poller.*} in application.properties. */
@ConfigMapping(prefix = "regwatch.poller")
public interface PollerConfig {

  Registry registry();

  Fetch fetch();

  Schedule schedule();

  Group group();

  interface Registry {
    /** Lower bound of a feed's poll interval: protects feed servers from operators' typos. */
    @WithDefault("60")
    long minPollIntervalSeconds();

    @WithDefault("604800")
    long maxPollIntervalSeconds();

    @WithDefault("900")
    long defaultPollIntervalSeconds();

    /** How long a REST write waits for the broker's ack and for the view to show it. */
    @WithDefault("PT15S")
    Duration writeTimeout();
  }

  interface Fetch {
    @WithDefault("PT5S")
    Duration connectTimeout();

    /** Deadline for the whole response, headers and body: a slow-drip server ends here. */
    @WithDefault("PT20S")
    Duration readTimeout();

    /** Largest body accepted, on the wire and again after decompression. */
    @WithDefault("10485760")
    int maxBodyBytes();

    @WithDefault("5")
    int maxRedirects();

    @WithDefault("Regwatch-FeedPoller/0.1 (+https://github.com/regwatch)")
    String userAgent();
  }

  interface Schedule {
    /** How often the scheduler looks for due feeds. */
    @WithDefault("PT0.25S")
    Duration tick();

    /** Fraction of the interval added or removed at random so feeds do not poll in lockstep. */
    @WithDefault("0.1")
    double jitter();

    /** A newly owned feed is first polled at a random moment within this window. */
    @WithDefault("PT10S")
    Duration firstPollSpread();

    @WithDefault("8")
    int workers();

    /** Longest wait between two attempts of a failing feed; it is never given up. */
    @WithDefault("PT24H")
    Duration backoffCap();

    /** Polls of one host in flight at once, across all its feeds. */
    @WithDefault("2")
    int maxPerHost();

    /** Minimum time between the starts of two requests to the same host. */
    @WithDefault("PT1S")
    Duration minDelayPerHost();

    /** After this many consecutive failures a feed is reported unhealthy (and still retried). */
    @WithDefault("5")
    int unhealthyAfter();
  }

  interface Group {
    /** Consumer group whose assignment of the registry partitions decides who polls what. */
    @WithDefault("regwatch-feed-poller")
    String id();

    @WithDefault("PT10S")
    Duration sessionTimeout();
  }
}
