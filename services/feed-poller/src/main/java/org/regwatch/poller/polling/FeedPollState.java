package org.regwatch.poller.polling;

import java.time.Instant;
import java.util.concurrent.locks.ReentrantLock;
import org.regwatch.poller.websub.WebSubView;

/**
 * Mutable polling state of one owned feed. Only the worker polling the feed writes it (the
 * scheduler never submits a feed twice at once); readers take a snapshot under the same lock.
 */
final class FeedPollState {

  String url;
  String etag;
  String lastModified;
  String lastBodyHash;
  Instant lastAttempt;
  Instant lastSuccess;
  Integer httpStatus;
  String errorKind;
  String errorMessage;
  int consecutiveFailures;
  Instant nextPoll;
  int itemsSeen;
  long articlesPublished;
  long polls;
  String format;
  volatile boolean inFlight;
  /** Held while a document of this feed (polled or pushed) is turned into events: one at a time. */
  final ReentrantLock processing = new ReentrantLock();

  FeedPollState(String url, Instant firstPoll) {
    this.url = url;
    this.nextPoll = firstPoll;
  }

  /** The feed moved or was edited: the old validators belong to another document. */
  synchronized void resetFor(String newUrl) {
    url = newUrl;
    etag = null;
    lastModified = null;
    lastBodyHash = null;
  }

  synchronized FeedStateView view(int unhealthyAfter, WebSubView websub) {
    return new FeedStateView(lastAttempt, lastSuccess, httpStatus, errorKind, errorMessage,
        consecutiveFailures, consecutiveFailures < unhealthyAfter, nextPoll, itemsSeen,
        articlesPublished, polls, format, websub);
  }
}
