package org.regwatch.query.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An RFC 9457 problem-details body, the shape of every error this API returns. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "Problem", description = "RFC 9457 problem details")
public record Problem(String type, String title, int status, String detail, String instance) {

  public static final String MEDIA_TYPE = "application/problem+json";

  /** "about:blank" says the HTTP status title is all the semantics there is (RFC 9457 §4.2.1). */
  public static Problem of(int status, String title, String detail, String instance) {
    return new Problem("about:blank", title, status, detail, instance);
  }
}
