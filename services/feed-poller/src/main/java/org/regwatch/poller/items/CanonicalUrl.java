package org.regwatch.poller.items;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.StringJoiner;

/**
 * The canonical form of an article URL, so that the same article reached with tracking parameters
 * or another fragment gets the same id: lower-cased scheme and host, default port dropped,
 * fragment dropped, tracking parameters ({@code utm_*}, click ids, mailing-list ids) removed, the
 * other parameters kept in their order (their order can matter to the server).
 */
public final class CanonicalUrl {

  private static final Set<String> TRACKING =
      Set.of("fbclid", "gclid", "dclid", "msclkid", "yclid", "mc_cid", "mc_eid", "_ga", "igshid",
          "ocid", "cmpid", "smid", "ncid", "sr_share");

  private CanonicalUrl() {}

  /** Empty when the text is not an absolute http(s) URL. */
  public static Optional<String> of(String url) {
    if (url == null || url.isBlank()) {
      return Optional.empty();
    }
    try {
      URI uri = new URI(url.strip());
      String scheme = uri.getScheme() == null ? null : uri.getScheme().toLowerCase(Locale.ROOT);
      if (!"http".equals(scheme) && !"https".equals(scheme) || uri.getHost() == null) {
        return Optional.empty();
      }
      StringBuilder out = new StringBuilder(scheme).append("://");
      out.append(uri.getHost().toLowerCase(Locale.ROOT));
      int port = uri.getPort();
      if (port != -1 && !(port == 80 && scheme.equals("http")) && !(port == 443 && scheme.equals("https"))) {
        out.append(':').append(port);
      }
      String path = uri.getRawPath();
      out.append(path == null || path.isEmpty() ? "/" : path);
      String query = cleanQuery(uri.getRawQuery());
      if (!query.isEmpty()) {
        out.append('?').append(query);
      }
      return Optional.of(out.toString());
    } catch (URISyntaxException e) {
      return Optional.empty();
    }
  }

  private static String cleanQuery(String rawQuery) {
    if (rawQuery == null || rawQuery.isEmpty()) {
      return "";
    }
    StringJoiner kept = new StringJoiner("&");
    for (String pair : rawQuery.split("&")) {
      if (pair.isEmpty()) {
        continue;
      }
      String name = pair.split("=", 2)[0].toLowerCase(Locale.ROOT);
      if (name.startsWith("utm_") || TRACKING.contains(name)) {
        continue;
      }
      kept.add(pair);
    }
    return kept.toString();
  }
}
