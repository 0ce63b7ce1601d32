package org.regwatch.query.readmodel;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;
import org.regwatch.query.api.ETags;

/**
 * Serialized bodies of views that are a function of the read-model version and the request's
 * (normalised) parameters, each serialized once per version, with an ETag made of the version
 * and the parameters instead of a hash of the body: a body can only change when the version does,
 * so the tag changes whenever the body does, and an If-None-Match that matches costs no body at
 * all. Bounded (least recently used first out); the entries of older versions are dropped as soon
 * as a newer version is served.
 */
@ApplicationScoped
public class VersionedResponses {

  static final int MAX_ENTRIES = 128;

  private final ObjectMapper mapper;
  private final ReadModelVersion versions;
  private final ETags etags;
  private final Map<String, byte[]> bodies = new LinkedHashMap<>(16, 0.75f, true) {
    @Override
    protected boolean removeEldestEntry(Map.Entry<String, byte[]> eldest) {
      return size() > MAX_ENTRIES;
    }
  };
  private long bodiesVersion = -1;

  public VersionedResponses(ObjectMapper mapper, ReadModelVersion versions, ETags etags) {
    this.mapper = mapper;
    this.versions = versions;
    this.etags = etags;
  }

  /**
   * @param stamp the version the body is computed from (the cached view's, not merely the current
   *     number: the tag must name the data actually shown)
   * @param key everything else the body depends on: the view and its normalised parameters,
   *     including a defaulted day such as today
   */
  public Response ok(Request request, ReadModelVersion.Stamp stamp, String key,
      Supplier<Object> body) {
    if (!stamp.settled()) {
      // computed amid a commit, for this request only: nothing to share, tag by content
      return etags.ok(request, body.get());
    }
    long version = stamp.version();
    EntityTag tag = new EntityTag(versions.epoch() + "-" + version + "-" + hash(key));
    Response.ResponseBuilder notModified = request.evaluatePreconditions(tag);
    if (notModified != null) {
      return notModified.tag(tag).build();
    }
    return Response.ok(bytes(version, key, body), MediaType.APPLICATION_JSON_TYPE).tag(tag).build();
  }

  private byte[] bytes(long version, String key, Supplier<Object> body) {
    synchronized (bodies) {
      if (version == bodiesVersion) {
        byte[] cached = bodies.get(key);
        if (cached != null) {
          return cached;
        }
      }
    }
    // serialized outside the lock: two first requests for one key may both serialize, harmlessly
    byte[] json;
    try {
      json = mapper.writeValueAsBytes(body.get());
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot serialize response", e);
    }
    synchronized (bodies) {
      if (version > bodiesVersion) {
        bodies.clear();
        bodiesVersion = version;
      }
      if (version == bodiesVersion) {
        bodies.put(key, json);
      }
    }
    return json;
  }

  private static String hash(String key) {
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256")
          .digest(key.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest, 0, 8);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
