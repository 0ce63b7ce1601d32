package org.regwatch.query.subscriptions;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.regwatch.query.api.ApiException;
import org.regwatch.query.security.Caller;
import org.regwatch.query.security.Roles;
import org.regwatch.query.webhooks.WebhooksConfig;

/**
 * Webhook subscriptions. A subscriber sees and changes only its own; another's subscription is a
 * 404 exactly like a missing one, so ids do not leak. Operators see all.
 */
@Path("/api/subscriptions")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.SUBSCRIBER, Roles.OPERATOR})
@Tag(name = "Subscriptions")
@SecurityRequirement(name = "apiKey")
public class SubscriptionResource {

  private final SubscriptionStore store;
  private final SubscriptionValidator validator;
  private final Caller caller;
  private final WebhooksConfig config;

  public SubscriptionResource(SubscriptionStore store, SubscriptionValidator validator,
      Caller caller, WebhooksConfig config) {
    this.store = store;
    this.validator = validator;
    this.caller = caller;
    this.config = config;
  }

  @POST
  @RolesAllowed(Roles.SUBSCRIBER)
  @Operation(summary = "Subscribe a webhook; the response holds its whsec_ secret, shown once")
  @APIResponse(responseCode = "201", description = "created")
  @APIResponse(responseCode = "400", description = "invalid url, filters, mode or query")
  public Response create(SubscriptionRequest body) throws SQLException {
    validator.check(body);
    return Response.status(201).entity(store.create(caller.subscriberId(), body)).build();
  }

  @GET
  @Operation(summary = "Your subscriptions (an operator's: all)")
  public List<Subscription> list() throws SQLException {
    return store.list(caller.subscriberId());
  }

  @GET
  @Path("/{id}")
  @Operation(summary = "One subscription, with its endpoint status")
  @APIResponse(responseCode = "404", description = "unknown, or not yours")
  public Subscription get(@PathParam("id") String id) throws SQLException {
    return visible(id);
  }

  @PUT
  @Path("/{id}")
  @Operation(summary = "Replace a subscription's url, filters, query, mode and active flag")
  public Subscription update(@PathParam("id") String id, SubscriptionRequest body)
      throws SQLException {
    visible(id);
    validator.check(body);
    return store.update(id, body).orElseThrow(() -> notFound(id));
  }

  @PATCH
  @Path("/{id}")
  @Operation(summary = "Change the active flag; active=true also re-enables a disabled endpoint"
      + " and resets its failure streak")
  @APIResponse(responseCode = "200", description = "the subscription as it is now")
  @APIResponse(responseCode = "400", description = "active missing")
  @APIResponse(responseCode = "404", description = "unknown, or not yours")
  public Subscription patch(@PathParam("id") String id, SubscriptionPatch body)
      throws SQLException {
    visible(id);
    if (body == null || body.active() == null) {
      throw ApiException.badRequest("active is required (true or false)");
    }
    return store.setActive(id, body.active()).orElseThrow(() -> notFound(id));
  }

  @GET
  @Path("/{id}/notices")
  @Operation(summary = "Notices about this subscription, newest first, e.g."
      + " subscription.disabled with its reason")
  @APIResponse(responseCode = "404", description = "unknown, or not yours")
  public List<JsonNode> notices(@PathParam("id") String id) throws SQLException {
    visible(id);
    return store.notices(id);
  }

  @DELETE
  @Path("/{id}")
  @Operation(summary = "Delete a subscription and its pending deliveries")
  public Response delete(@PathParam("id") String id) throws SQLException {
    visible(id);
    store.delete(id);
    return Response.noContent().build();
  }

  @POST
  @Path("/{id}/secret")
  @Consumes(MediaType.WILDCARD)
  @Operation(summary = "Rotate the signing secret; the old one also signs during the overlap")
  public Map<String, Object> rotate(@PathParam("id") String id) throws SQLException {
    visible(id);
    String secret = store.rotateSecret(id, config.rotationOverlap());
    return Map.of("secret", secret, "previousValidFor", config.rotationOverlap().toString());
  }

  @POST
  @Path("/{id}/enable")
  @Consumes(MediaType.WILDCARD)
  @Operation(summary = "Re-enable an endpoint disabled by a 410 or by days of failures")
  public Subscription enable(@PathParam("id") String id) throws SQLException {
    visible(id);
    store.enableEndpoint(id);
    return visible(id);
  }

  /** The subscription if the caller may see it; otherwise the same 404 as a missing one. */
  public Subscription visible(String id) throws SQLException {
    Subscription s = store.find(id).orElseThrow(() -> notFound(id));
    if (!caller.maysee(s.subscriberId())) {
      throw notFound(id);
    }
    return s;
  }

  private static ApiException notFound(String id) {
    return ApiException.notFound("no subscription " + id);
  }
}
