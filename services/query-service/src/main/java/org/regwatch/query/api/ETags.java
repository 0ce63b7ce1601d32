package org.regwatch.query.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Strong ETags computed from the serialized body, so that any change of a read model changes the
 * tag and a client polling with If-None-Match gets 304 without the body.
 */
@ApplicationScoped
public class ETags {

  private final ObjectMapper mapper;

  public ETags(ObjectMapper mapper) {
    this.mapper = mapper;
  }

  public Response ok(Request request, Object body) {
    byte[] json;
    try {
      json = mapper.writeValueAsBytes(body);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot serialize response", e);
    }
    EntityTag tag = new EntityTag(hash(json));
    Response.ResponseBuilder notModified = request.evaluatePreconditions(tag);
    if (notModified != null) {
      return notModified.tag(tag).build();
    }
    return Response.ok(json, MediaType.APPLICATION_JSON_TYPE).tag(tag).build();
  }

  private static String hash(byte[] bytes) {
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256").digest(bytes);
      return HexFormat.of().formatHex(digest, 0, 16);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
