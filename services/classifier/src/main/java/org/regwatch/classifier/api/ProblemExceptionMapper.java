package org.regwatch.classifier.api;

import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** Renders {@link ProblemException} as {@code application/problem+json}. */
@Provider
public class ProblemExceptionMapper implements ExceptionMapper<ProblemException> {

  /** Problem types are relative URIs under one namespace, documented in docs/classifier.md. */
  static final String TYPE_PREFIX = "/problems/";

  @Context UriInfo uriInfo;

  @Override
  public Response toResponse(ProblemException e) {
    String instance = uriInfo == null ? null : uriInfo.getPath();
    Problem problem =
        new Problem(TYPE_PREFIX + e.type(), e.title(), e.status(), e.getMessage(), instance);
    return Response.status(e.status()).type(Problem.MEDIA_TYPE).entity(problem).build();
  }
}
