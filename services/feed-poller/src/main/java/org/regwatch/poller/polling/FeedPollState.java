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

  /**
   * The state a previous owner (or this instance before a restart) wrote. Validators only count
   * for the same URL; a next poll already past is spread like a first poll, so a restart does not
   * fire every overdue feed at once, while a later one (backoff, Retry-After) is kept.
   */
  static FeedPollState restored(StoredFeedState s, String url, Instant firstPoll) {
    FeedPollState state = new FeedPollState(url, s.nextPoll() != null && s.nextPoll().isAfter(firstPoll) ? s.nextPoll() : firstPoll);
    if (url.equals(s.url())) {
      state.etag = s.etag();
      state.lastModified = s.lastModified();
      state.lastBodyHash = s.lastBodyHash();
    }
    state.lastAttempt = s.lastAttempt();
    state.lastSuccess = s.lastSuccess();
    state.httpStatus = s.httpStatus();
    state.errorKind = s.errorKind();
    state.errorMessage = s.errorMessage();
    state.consecutiveFailures = s.consecutiveFailures();
    state.itemsSeen = s.itemsSeen();
    state.articlesPublished = s.articlesPublished();
    state.polls = s.polls();
    state.format = s.format();
    return state;
  }

  synchronized StoredFeedState stored(org.regwatch.poller.websub.StoredSubscription websub) {
    return new StoredFeedState(url, etag, lastModified, lastBodyHash, lastAttempt, lastSuccess, httpStatus,
        errorKind, errorMessage, consecutiveFailures, nextPoll, itemsSeen, articlesPublished, polls, format, websub);
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
