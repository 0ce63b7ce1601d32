package org.regwatch.query.subscriptions;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.sql.SQLException;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.regwatch.query.api.ApiException;
import org.regwatch.query.security.Roles;

/** Subscriber accounts and their API keys; operators only. Keys are shown once, here. */
@Path("/api/subscribers")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.OPERATOR)
@Tag(name = "Subscribers")
@SecurityRequirement(name = "apiKey")
@SecurityScheme(securitySchemeName = "apiKey", type = SecuritySchemeType.HTTP,
    scheme = "bearer", description = "API key as a Bearer token (or in X-Api-Key)")
public class SubscriberResource {

  /** The body of POST /api/subscribers. */
  public record NewSubscriber(String name) {}

  private final SubscriptionStore store;

  public SubscriberResource(SubscriptionStore store) {
    this.store = store;
  }

  @POST
  @Operation(summary = "Create a subscriber; the response holds its API key, shown only once")
  public Response create(NewSubscriber body) throws SQLException {
    if (body == null || body.name() == null || body.name().isBlank()) {
      throw ApiException.badRequest("name is required");
    }
    SubscriptionStore.IssuedKey key = store.createSubscriber(body.name().trim());
    return Response.status(201).entity(key).build();
  }

  @POST
  @Path("/{id}/keys")
  @Operation(summary = "Issue another API key (e.g. to rotate); shown only once")
  public Response addKey(@PathParam("id") String id) throws SQLException {
    return Response.status(201)
        .entity(store.addKey(id).orElseThrow(() -> ApiException.notFound("no subscriber " + id)))
        .build();
  }

  @DELETE
  @Path("/{id}/keys/{keyId}")
  @Operation(summary = "Revoke an API key; requests with it are refused from now on")
  public Response revoke(@PathParam("id") String id, @PathParam("keyId") String keyId)
      throws SQLException {
    if (!store.revokeKey(id, keyId)) {
      throw ApiException.notFound("no key " + keyId + " for subscriber " + id);
    }
    return Response.noContent().build();
  }
}
