package org.regwatch.apikeys;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import io.vertx.core.json.JsonObject;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * 401 and 403 as RFC 9457 problem details, like every other error of the services. Mapping
 * AuthenticationFailedException here also makes Quarkus REST route the failures of proactive
 * authentication (a wrong key on any endpoint) through this mapper instead of an empty 401.
 * The body is built with Vert.x JSON so that the library needs no JSON binding of its own.
 */
public class AuthProblemMappers {

  public static final String PROBLEM_JSON = "application/problem+json";

  @ServerExceptionMapper
  public Response wrongKey(AuthenticationFailedException e, UriInfo uri) {
    String detail = e.getMessage() == null ? "the API key is not valid here" : e.getMessage();
    return unauthorized(detail, uri);
  }

  @ServerExceptionMapper
  public Response noKey(UnauthorizedException e, UriInfo uri) {
    return unauthorized("an API key is required (Authorization: Bearer <key> or X-Api-Key)", uri);
  }

  @ServerExceptionMapper
  public Response notAllowed(ForbiddenException e, UriInfo uri) {
    return problem(403, "Forbidden", "this endpoint needs the operator role", uri).build();
  }

  private static Response unauthorized(String detail, UriInfo uri) {
    return problem(401, "Unauthorized", detail, uri)
        .header("WWW-Authenticate", "Bearer")
        .build();
  }

  private static Response.ResponseBuilder problem(int status, String title, String detail, UriInfo uri) {
    JsonObject body = new JsonObject()
        .put("type", "about:blank")
        .put("title", title)
        .put("status", status)
        .put("detail", detail)
        .put("instance", uri.getPath());
    return Response.status(status).type(PROBLEM_JSON).entity(body.encode());
  }
}
