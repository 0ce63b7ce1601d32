package org.regwatch.poller.websub;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.Config;
import org.regwatch.poller.PollerConfig;

/** This instance's WebSub callback URLs: {@code <callback-base-url>/websub/<feedId>}. */
@ApplicationScoped
public class CallbackUrls {

  static final String PATH = "/websub/";

  private final Config rawConfig;
  private final String fallback;

  public CallbackUrls(Config rawConfig, PollerConfig config) {
    this.rawConfig = rawConfig;
    this.fallback = config.websub().callbackBaseUrl();
  }

  /**
   * The callback for one feed. The base is read from the configuration at each call rather than
   * once: with a random HTTP port (tests) the value is only resolvable after the server listens.
   */
  public String forFeed(String feedId) {
    String base = rawConfig.getOptionalValue("regwatch.poller.websub.callback-base-url", String.class)
        .orElse(fallback);
    return (base.endsWith("/") ? base.substring(0, base.length() - 1) : base) + PATH + feedId;
  }
}
