package org.regwatch.poller.feeds;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import org.regwatch.poller.items.Hashes;

/** Feed URL normalization and the feed id derived from it. */
public final class FeedUrls {

  private FeedUrls() {}

  /**
   * Lower-cased scheme and host, default port and fragment dropped, empty path as "/". Two URLs
   * with the same normal form are the same feed (registering it twice is idempotent).
   */
  public static String normalize(String url) {
    try {
      URI uri = new URI(url.strip());
      String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
      String host = uri.getHost().toLowerCase(Locale.ROOT);
      int port = uri.getPort();
      boolean defaultPort = port == -1 || (port == 80 && scheme.equals("http"))
          || (port == 443 && scheme.equals("https"));
      String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
      String query = uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery();
      return scheme + "://" + host + (defaultPort ? "" : ":" + port) + path + query;
    } catch (URISyntaxException | RuntimeException e) {
      return url.strip();
    }
  }

  /**
   * {@code feed-} + 12 hex chars of the SHA-256 of the normalized URL at first registration. The
   * id is then carried by the events and never recomputed, so it survives a move of the URL.
   */
  public static String idFor(String url) {
    return "feed-" + Hashes.sha256Hex(normalize(url), 12);
  }
}
