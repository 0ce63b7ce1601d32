package org.regwatch.poller.websub;

import io.micrometer.core.instrument.MeterRegistry;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import org.jboss.logging.Logger;
import org.regwatch.poller.PollerConfig;
import org.regwatch.poller.feeds.ProblemException;
import org.regwatch.poller.feeds.RegistryView;
import org.regwatch.poller.polling.FeedPoller;
import org.regwatch.poller.polling.PushResult;

/**
 * The WebSub callback of one feed, {@code /websub/<feedId>}: the hub's intent verification (GET)
 * and its content distribution (POST).
 *
 * <p>Pushes: no active subscription → 404 (the hub should drop us). A missing or wrong {@code
 * X-Hub-Signature} → 202 and the body is ignored, as WebSub §8 allows: answering 2xx gives a
 * forger no signal to brute-force against; the rejection is counted in the feed's state. A valid
 * push goes through the same parser, limits, dedup and publishing as a polled document; 204 once
 * its events are acknowledged, 503 if the broker did not acknowledge (the hub retries).
 */
@Path("/websub/{feedId}")
public class WebSubCallbackResource {

  private static final Logger LOG = Logger.getLogger(WebSubCallbackResource.class);

  private final WebSubManager manager;
  private final WebSubSubscriptions subscriptions;
  private final RegistryView registry;
  private final FeedPoller poller;
  private final MeterRegistry meters;
  private final int maxBodyBytes;

  public WebSubCallbackResource(WebSubManager manager, WebSubSubscriptions subscriptions,
      RegistryView registry, FeedPoller poller, MeterRegistry meters, PollerConfig config) {
    this.manager = manager;
    this.subscriptions = subscriptions;
    this.registry = registry;
    this.poller = poller;
    this.meters = meters;
    this.maxBodyBytes = config.fetch().maxBodyBytes();
  }

  @GET
  @Produces(MediaType.TEXT_PLAIN)
  public Response verify(@PathParam("feedId") String feedId,
      @QueryParam("hub.mode") String mode,
      @QueryParam("hub.topic") String topic,
      @QueryParam("hub.challenge") String challenge,
      @QueryParam("hub.lease_seconds") Long leaseSeconds,
      @QueryParam("hub.reason") String reason) {
    return switch (manager.verify(feedId, mode, topic, challenge, leaseSeconds, reason)) {
      case CHALLENGE -> Response.ok(challenge, MediaType.TEXT_PLAIN).build();
      case ACKNOWLEDGED -> Response.ok().build();
      case NOT_FOUND -> throw new ProblemException(404, "No such subscription",
          "no pending " + mode + " of topic " + topic + " for feed " + feedId);
    };
  }

  @POST
  @Consumes(MediaType.WILDCARD)
  public Response push(@PathParam("feedId") String feedId,
      @HeaderParam("X-Hub-Signature") String signature,
      @HeaderParam("Content-Type") String contentType,
      byte[] body) {
    Subscription subscription = subscriptions.find(feedId)
        .filter(s -> s.status() == Subscription.Status.ACTIVE)
        .orElseThrow(() -> new ProblemException(404, "No such subscription",
            "no active WebSub subscription for feed " + feedId));
    if (body.length > maxBodyBytes) {
      throw new ProblemException(413, "Push too large", "larger than " + maxBodyBytes + " bytes");
    }
    if (!HubSignature.valid(signature, body, subscription.acceptedSecrets())) {
      subscription.pushRejected(signature == null
          ? "push without X-Hub-Signature ignored" : "push with a wrong X-Hub-Signature ignored");
      meters.counter("regwatch.poller.pushes", "outcome", "bad_signature").increment();
      LOG.warnf("ignored a push for %s: %s", feedId, signature == null ? "unsigned" : "bad signature");
      return Response.accepted().build();
    }
    var entry = registry.find(feedId).orElseThrow(() -> ProblemException.notFound(feedId));
    PushResult result = poller.receivePush(entry, body, contentType);
    meters.counter("regwatch.poller.pushes", "outcome", result.outcome().name().toLowerCase()).increment();
    return switch (result.outcome()) {
      case PUBLISHED -> {
        subscription.pushAccepted(Instant.now());
        yield Response.noContent().build();
      }
      case NOT_OWNED -> throw new ProblemException(404, "Not polled here",
          "feed " + feedId + " is polled by another instance now");
      case UNUSABLE -> {
        subscription.pushFailed("pushed content unusable: " + result.message());
        yield Response.accepted().build();
      }
      case PUBLISH_FAILED -> {
        subscription.pushFailed(result.message());
        throw new ProblemException(503, "Not acknowledged", result.message());
      }
    };
  }
}
