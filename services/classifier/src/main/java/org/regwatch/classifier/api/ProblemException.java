package org.regwatch.classifier.api;

/**
 * A request the API refuses, with what the client needs to fix it; rendered as problem details
 * by {@link ProblemExceptionMapper}.
 */
public class ProblemException extends RuntimeException {

  private final int status;
  private final String title;
  private final String type;

  public ProblemException(int status, String type, String title, String detail) {
    super(detail);
    this.status = status;
    this.type = type;
    this.title = title;
  }

  public static ProblemException badRequest(String type, String detail) {
    return new ProblemException(400, type, "Invalid request", detail);
  }

  public int status() {
    return status;
  }

  public String title() {
    return title;
  }

  public String type() {
    return type;
  }
}
