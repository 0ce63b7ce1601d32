package org.regwatch.poller.feeds;

import java.util.List;

/** Ends a request with a problem-details response. */
public class ProblemException extends RuntimeException {

  private final int status;
  private final String title;
  private final List<Problem.FieldError> errors;

  public ProblemException(int status, String title, String detail) {
    this(status, title, detail, null);
  }

  public ProblemException(int status, String title, String detail, List<Problem.FieldError> errors) {
    super(detail);
    this.status = status;
    this.title = title;
    this.errors = errors;
  }

  public static ProblemException notFound(String feedId) {
    return new ProblemException(404, "Feed not found", "no feed with id " + feedId);
  }

  public int status() {
    return status;
  }

  public String title() {
    return title;
  }

  public List<Problem.FieldError> errors() {
    return errors;
  }
}
