package org.regwatch.poller.feeds;

import com.fasterxml.jackson.core.JsonProcessingException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** Every error of the API as {@code application/problem+json}. */
public class ProblemMappers {

  public static final String PROBLEM_JSON = "application/problem+json";

  @ServerExceptionMapper
  public Response problem(ProblemException e, UriInfo uri) {
    return respond(e.status(), e.title(), e.getMessage(), uri, e.errors());
  }

  @ServerExceptionMapper
  public Response unreadableJson(JsonProcessingException e, UriInfo uri) {
    return respond(400, "Malformed JSON", e.getOriginalMessage(), uri, null);
  }

  /** 400 for unreadable bodies, 405, 415 ... raised by the framework before our code runs. */
  @ServerExceptionMapper
  public Response framework(jakarta.ws.rs.WebApplicationException e, UriInfo uri) {
    int status = e.getResponse().getStatus();
    Response.Status known = Response.Status.fromStatusCode(status);
    String title = status == 400 ? "Malformed request" : known == null ? "HTTP " + status : known.getReasonPhrase();
    return respond(status, title, e.getMessage(), uri, null);
  }

  private static Response respond(
      int status, String title, String detail, UriInfo uri, java.util.List<Problem.FieldError> errors) {
    String type = "https://regwatch.org/problems/" + title.toLowerCase().replace(' ', '-');
    Problem body = new Problem(type, title, status, detail, uri.getPath(), errors);
    return Response.status(status).type(PROBLEM_JSON).entity(body).build();
  }
}
