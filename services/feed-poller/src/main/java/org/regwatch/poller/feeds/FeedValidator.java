package org.regwatch.poller.feeds;

import jakarta.enterprise.context.ApplicationScoped;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.regwatch.poller.PollerConfig;

/** Checks a feed request and returns it with defaults applied, or a 400 listing every problem. */
@ApplicationScoped
public class FeedValidator {

  static final int MAX_URL = 2048;
  static final int MAX_TITLE = 200;
  static final int MAX_TAGS = 20;
  static final int MAX_TAG = 50;
  private static final Pattern TAG = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N} _.:/-]*");

  private final PollerConfig.Registry limits;

  public FeedValidator(PollerConfig config) {
    this.limits = config.registry();
  }

  public record ValidFeed(String url, String title, List<String> tags, long pollIntervalSeconds, boolean fullText) {}

  public ValidFeed validate(FeedRequest request) {
    if (request == null) {
      throw new ProblemException(400, "Invalid feed", "a JSON body is required");
    }
    List<Problem.FieldError> errors = new ArrayList<>();
    String url = request.url() == null ? null : request.url().strip();
    checkUrl(url, errors);
    String title = request.title() == null ? "" : request.title().strip();
    if (title.length() > MAX_TITLE) {
      errors.add(new Problem.FieldError("title", "at most " + MAX_TITLE + " characters"));
    }
    List<String> tags = new ArrayList<>(new LinkedHashSet<>(
        request.tags() == null ? List.of() : request.tags().stream()
            .map(t -> t == null ? "" : t.strip().toLowerCase(Locale.ROOT)).toList()));
    if (tags.size() > MAX_TAGS) {
      errors.add(new Problem.FieldError("tags", "at most " + MAX_TAGS + " tags"));
    }
    for (String tag : tags) {
      if (tag.isEmpty() || tag.length() > MAX_TAG || !TAG.matcher(tag).matches()) {
        errors.add(new Problem.FieldError("tags",
            "tag '" + tag + "' must be 1-" + MAX_TAG + " letters, digits, spaces or _.:/-"));
      }
    }
    long interval = request.pollIntervalSeconds() == null
        ? limits.defaultPollIntervalSeconds() : request.pollIntervalSeconds();
    if (interval < limits.minPollIntervalSeconds() || interval > limits.maxPollIntervalSeconds()) {
      errors.add(new Problem.FieldError("pollIntervalSeconds", "must be between "
          + limits.minPollIntervalSeconds() + " and " + limits.maxPollIntervalSeconds()));
    }
    if (!errors.isEmpty()) {
      throw new ProblemException(400, "Invalid feed",
          errors.size() + " invalid field(s): " + errors.get(0).message(), errors);
    }
    return new ValidFeed(url, title, tags, interval, Boolean.TRUE.equals(request.fullText()));
  }

  private static void checkUrl(String url, List<Problem.FieldError> errors) {
    if (url == null || url.isEmpty()) {
      errors.add(new Problem.FieldError("url", "is required"));
      return;
    }
    if (url.length() > MAX_URL) {
      errors.add(new Problem.FieldError("url", "at most " + MAX_URL + " characters"));
      return;
    }
    URI uri;
    try {
      uri = new URI(url);
    } catch (URISyntaxException e) {
      errors.add(new Problem.FieldError("url", "not a valid URL: " + e.getReason()));
      return;
    }
    String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
    if (!scheme.equals("http") && !scheme.equals("https")) {
      errors.add(new Problem.FieldError("url", "only http and https URLs are accepted"));
    } else if (uri.getRawUserInfo() != null) {
      errors.add(new Problem.FieldError("url", "credentials in the URL are not accepted"));
    } else if (uri.getHost() == null || uri.getHost().isBlank()) {
      errors.add(new Problem.FieldError("url", "the URL has no host"));
    }
  }
}
