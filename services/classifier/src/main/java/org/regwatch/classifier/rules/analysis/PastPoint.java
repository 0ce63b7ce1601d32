package org.regwatch.classifier.rules.analysis;

import org.regwatch.classifier.rules.text.Tokens;

/**
 * "A ban the council adopted less than two years ago": a span followed by "ago" names a point in
 * the past, not how long a measure runs (heldout-20 rules). Read as a duration it gave a law
 * enacted today an expiry two years ahead.
 */
final class PastPoint {

  private PastPoint() {}

  static boolean ago(Tokens t, Mention span) {
    int next = span.tokEnd();
    return next < t.size() && t.lower(next).equals("ago");
  }
}
