package org.regwatch.classifier.api;

import com.fasterxml.jackson.annotation.JsonInclude;

/** An RFC 9457 problem-details body. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Problem(String type, String title, int status, String detail, String instance) {

  public static final String MEDIA_TYPE = "application/problem+json";
}
