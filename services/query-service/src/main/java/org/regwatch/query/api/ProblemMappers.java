package org.regwatch.query.api;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * Turns every error into RFC 9457 problem details, including the framework's own (unknown path,
 * wrong method, unacceptable media type), so that clients parse one error shape.
 */
public class ProblemMappers {

  private static final Logger LOG = Logger.getLogger(ProblemMappers.class);

  @ServerExceptionMapper
  public Response api(ApiException e, UriInfo uri) {
    return respond(Problem.of(e.status(), e.title(), e.getMessage(), uri.getPath()));
  }

  @ServerExceptionMapper
  public Response web(WebApplicationException e, UriInfo uri) {
    Response.StatusType status = e.getResponse().getStatusInfo();
    return respond(
        Problem.of(status.getStatusCode(), status.getReasonPhrase(), e.getMessage(), uri.getPath()));
  }

  @ServerExceptionMapper
  public Response unexpected(RuntimeException e, UriInfo uri) {
    // The detail stays generic: internals (SQL, stack traces) are for the log, not the client.
    LOG.errorf(e, "unexpected error on %s", uri.getPath());
    return respond(
        Problem.of(500, "Internal Server Error", "unexpected error; see the service log",
            uri.getPath()));
  }

  private static Response respond(Problem problem) {
    return Response.status(problem.status()).type(Problem.MEDIA_TYPE).entity(problem).build();
  }
}
