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

  WebSub websub();

  State state();

  interface State {
    /**
     * How often changed per-feed states are written to the poller-state topic (and once more at
     * shutdown): a crash loses at most this much of the attempts, counts and validators.
     */
    @WithDefault("PT30S")
    Duration flushInterval();
  }

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

  interface WebSub {
    /** Subscribe to the hubs feeds advertise; false keeps plain polling only. */
    @WithDefault("true")
    boolean enabled();

    /**
     * Public base URL hubs reach this instance at; the callback is {@code <base>/websub/<feedId>}.
     * Read again at each subscription (see WebSubManager) because in tests the port is only known
     * once the HTTP server listens.
     */
    @WithDefault("http://localhost:8081")
    String callbackBaseUrl();

    /** Lease asked of the hub; the hub decides and says so in its verification request. */
    @WithDefault("864000")
    long leaseSeconds();

    /** Renew once this fraction of the granted lease has passed. */
    @WithDefault("0.8")
    double renewAt();

    /** A subscription the hub has not verified within this time has failed. */
    @WithDefault("PT2M")
    Duration verifyTimeout();

    /** Wait before asking a hub again after it refused, failed to verify, or a lease lapsed. */
    @WithDefault("PT1H")
    Duration retryAfterFailure();

    /**
     * While a subscription is active the feed is still polled (pushes can stop silently), at its
     * interval times this factor.
     */
    @WithDefault("4")
    int subscribedPollMultiplier();

    /** Timeout of one subscription request to a hub. */
    @WithDefault("PT10S")
    Duration requestTimeout();

    /** How often leases, verifications and renewals are checked. */
    @WithDefault("PT5S")
    Duration tick();
  }
}
