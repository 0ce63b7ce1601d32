package org.regwatch.poller.feeds;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.Comparator;
import java.util.List;
import org.regwatch.apikeys.OperatorRole;
import org.regwatch.events.FeedRegistered;
import org.regwatch.poller.polling.PollStates;

/**
 * The feed registry API. Reads come from {@link RegistryView}; writes go through the topic. Reads
 * are public (the feed list is no secret and dashboards poll it); every write needs an operator
 * key, since it changes what the whole system watches.
 */
@Path("/api/feeds")
@Produces(MediaType.APPLICATION_JSON)
public class FeedResource {

  private final RegistryView view;
  private final FeedRegistry registry;
  private final FeedValidator validator;
  private final PollStates states;

  public FeedResource(RegistryView view, FeedRegistry registry, FeedValidator validator, PollStates states) {
    this.view = view;
    this.registry = registry;
    this.validator = validator;
    this.states = states;
  }

  @GET
  public List<FeedResponse> list() {
    return view.all().stream()
        .sorted(Comparator.comparing(FeedEntry::id))
        .map(this::toResponse)
        .toList();
  }

  @GET
  @Path("{id}")
  public FeedResponse get(@PathParam("id") String id) {
    return toResponse(existing(id));
  }

  /** 201 for a new feed; 200 with the existing feed when the URL is already registered. */
  @RolesAllowed(OperatorRole.NAME)
  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  public Response register(FeedRequest request, UriInfo uri) {
    FeedRegistry.Registration registration = registry.registerIfNew(validator.validate(request));
    FeedResponse body = toResponse(registration.entry());
    if (!registration.created()) {
      return Response.ok(body).build();
    }
    return Response.created(uri.getAbsolutePathBuilder().path(body.id()).build()).entity(body).build();
  }

  @RolesAllowed(OperatorRole.NAME)
  @PUT
  @Path("{id}")
  @Consumes(MediaType.APPLICATION_JSON)
  public FeedResponse change(@PathParam("id") String id, FeedRequest request) {
    FeedEntry current = existing(id);
    FeedValidator.ValidFeed valid = validator.validate(request);
    view.findByUrl(FeedUrls.normalize(valid.url()))
        .filter(other -> !other.id().equals(id))
        .ifPresent(other -> {
          throw new ProblemException(409, "URL already registered",
              valid.url() + " is already registered as " + other.id());
        });
    return toResponse(registry.put(FeedRegistered.of(id, valid.url(), valid.title(), valid.tags(),
        valid.pollIntervalSeconds(), valid.fullText(), current.feed().paused())));
  }

  @RolesAllowed(OperatorRole.NAME)
  @POST
  @Path("{id}/pause")
  public FeedResponse pause(@PathParam("id") String id) {
    return setPaused(id, true);
  }

  @RolesAllowed(OperatorRole.NAME)
  @POST
  @Path("{id}/resume")
  public FeedResponse resume(@PathParam("id") String id) {
    return setPaused(id, false);
  }

  @RolesAllowed(OperatorRole.NAME)
  @DELETE
  @Path("{id}")
  public Response remove(@PathParam("id") String id) {
    existing(id);
    registry.remove(id, "removed by operator");
    return Response.noContent().build();
  }

  private FeedResponse setPaused(String id, boolean paused) {
    FeedRegistered f = existing(id).feed();
    if (f.paused() == paused) {
      return toResponse(existing(id));
    }
    return toResponse(registry.put(FeedRegistered.of(f.feedId(), f.url(), f.title(), f.tags(),
        f.pollIntervalSeconds(), f.fullText(), paused)));
  }

  private FeedEntry existing(String id) {
    return view.find(id).orElseThrow(() -> ProblemException.notFound(id));
  }

  private FeedResponse toResponse(FeedEntry entry) {
    FeedRegistered f = entry.feed();
    return new FeedResponse(f.feedId(), f.url(), f.title(), f.tags(), f.pollIntervalSeconds(),
        f.fullText(), f.paused(), states.view(f.feedId()).orElse(null));
  }
}
