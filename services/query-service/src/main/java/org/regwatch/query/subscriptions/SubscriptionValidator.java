package org.regwatch.query.subscriptions;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.regwatch.events.DevelopmentKind;
import org.regwatch.events.DevelopmentStatus;
import org.regwatch.query.api.ApiException;
import org.regwatch.query.webhooks.AlertOutbox;
import org.regwatch.query.webhooks.UrlGuard;

/** Checks a subscription request; every refusal is a 400 whose detail names the field. */
@ApplicationScoped
public class SubscriptionValidator {

  private static final Set<String> KINDS = names(DevelopmentKind.values());
  /**
   * The reported statuses plus the moratorium clock's own {@code expired_unconfirmed} (the expiry
   * passed without news): subscribers filter on it and on moves into and out of it.
   */
  private static final Set<String> STATUSES = withExpired(names(DevelopmentStatus.values()));
  private static final Pattern TRANSITION = Pattern.compile("([a-z_*]+):([a-z_]+)->([a-z_]+)");

  private final UrlGuard guard;

  public SubscriptionValidator(UrlGuard guard) {
    this.guard = guard;
  }

  public void check(SubscriptionRequest r) {
    if (r == null) {
      throw ApiException.badRequest("a JSON body with at least \"url\" is required");
    }
    if (r.url() == null || r.url().isBlank()) {
      throw ApiException.badRequest("url is required");
    }
    try {
      guard.check(r.url());
    } catch (UrlGuard.Refused e) {
      throw ApiException.badRequest("url refused: " + e.getMessage());
    }
    if (r.mode() != null && !r.mode().equals("immediate") && !r.mode().equals("daily_digest")) {
      throw ApiException.badRequest("mode must be immediate or daily_digest, not " + r.mode());
    }
    if (r.query() != null && !r.query().isBlank()) {
      try {
        TextQueries.parse(r.query());
      } catch (IllegalArgumentException e) {
        throw ApiException.badRequest(e.getMessage());
      }
    }
    Filters f = r.filters();
    if (f == null) {
      return;
    }
    known("filters.kinds", f.kinds(), KINDS);
    known("filters.statuses", f.statuses(), STATUSES);
    for (String t : f.transitions()) {
      Matcher m = TRANSITION.matcher(t);
      if (!m.matches() || !(m.group(1).equals("*") || KINDS.contains(m.group(1)))
          || !STATUSES.contains(m.group(2)) || !STATUSES.contains(m.group(3))) {
        throw ApiException.badRequest("filters.transitions: '" + t + "' is not kind:from->to,"
            + " e.g. moratorium:announced->extended; kinds " + KINDS + ", statuses " + STATUSES);
      }
    }
    if (f.minConfidence() != null && (f.minConfidence() < 0 || f.minConfidence() > 1)) {
      throw ApiException.badRequest("filters.minConfidence must be between 0 and 1");
    }
  }

  private static void known(String field, List<String> values, Set<String> allowed) {
    for (String v : values) {
      if (!allowed.contains(v)) {
        throw ApiException.badRequest(field + ": unknown value '" + v + "'; one of " + allowed);
      }
    }
  }

  private static Set<String> withExpired(Set<String> statuses) {
    Set<String> all = new java.util.TreeSet<>(statuses);
    all.add(AlertOutbox.EXPIRED_UNCONFIRMED);
    return all;
  }

  private static Set<String> names(Enum<?>[] values) {
    return Arrays.stream(values).map(v -> v.name().toLowerCase(Locale.ROOT))
        .collect(Collectors.toCollection(java.util.TreeSet::new));
  }
}
