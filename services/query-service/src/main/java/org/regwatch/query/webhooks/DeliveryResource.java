package org.regwatch.query.webhooks;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.sql.SQLException;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.regwatch.query.api.ApiException;
import org.regwatch.query.security.Roles;
import org.regwatch.query.subscriptions.SubscriptionResource;

/** The delivery log of one subscription, manual redelivery and replay of a time range. */
@Path("/api/subscriptions/{id}")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.SUBSCRIBER, Roles.OPERATOR})
@Tag(name = "Deliveries")
@SecurityRequirement(name = "apiKey")
public class DeliveryResource {

  private final DeliveryLog log;
  private final SubscriptionResource subscriptions;

  public DeliveryResource(DeliveryLog log, SubscriptionResource subscriptions) {
    this.log = log;
    this.subscriptions = subscriptions;
  }

  @GET
  @Path("/deliveries")
  @Operation(summary = "Messages of this subscription, newest first, with every attempt")
  public List<DeliveryLog.Delivery> deliveries(@PathParam("id") String id,
      @QueryParam("limit") @DefaultValue("50") int limit) throws SQLException {
    subscriptions.visible(id);
    if (limit < 1 || limit > 500) {
      throw ApiException.badRequest("limit must be between 1 and 500");
    }
    return log.of(id, limit);
  }

  @POST
  @Path("/deliveries/{messageId}/redeliver")
  @Operation(summary = "Send one message again, with the same webhook-id")
  public Response redeliver(@PathParam("id") String id, @PathParam("messageId") String messageId)
      throws SQLException {
    subscriptions.visible(id);
    if (!log.redeliver(id, messageId)) {
      throw ApiException.notFound("no message " + messageId + " in subscription " + id);
    }
    return Response.accepted().build();
  }

  @POST
  @Path("/replay")
  @Operation(summary = "Send again every message created in [from, to) (ISO-8601 instants)")
  public Map<String, Integer> replay(@PathParam("id") String id, @QueryParam("from") String from,
      @QueryParam("to") String to) throws SQLException {
    subscriptions.visible(id);
    Instant start = instant("from", from);
    Instant end = instant("to", to);
    if (!start.isBefore(end)) {
      throw ApiException.badRequest("from must be before to");
    }
    return Map.of("requeued", log.replay(id, start, end));
  }

  private static Instant instant(String name, String value) {
    if (value == null) {
      throw ApiException.badRequest(name + " is required (ISO-8601 instant)");
    }
    try {
      return Instant.parse(value);
    } catch (DateTimeParseException e) {
      throw ApiException.badRequest(name + " is not an ISO-8601 instant: " + value);
    }
  }
}
