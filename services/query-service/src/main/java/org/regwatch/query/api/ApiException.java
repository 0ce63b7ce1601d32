package org.regwatch.query.api;

/** A client error the API reports as problem details: thrown by parameter parsing and lookups. */
public class ApiException extends RuntimeException {

  private final int status;
  private final String title;

  public ApiException(int status, String title, String detail) {
    super(detail);
    this.status = status;
    this.title = title;
  }

  public static ApiException badRequest(String detail) {
    return new ApiException(400, "Bad Request", detail);
  }

  public static ApiException notFound(String detail) {
    return new ApiException(404, "Not Found", detail);
  }

  public int status() {
    return status;
  }

  public String title() {
    return title;
  }
}
