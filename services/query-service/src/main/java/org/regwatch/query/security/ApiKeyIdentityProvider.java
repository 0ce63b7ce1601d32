package org.regwatch.query.security;

import io.agroal.api.AgroalDataSource;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.runtime.QuarkusPrincipal;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.security.MessageDigest;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;

/**
 * Operator keys come from configuration; subscriber keys from the database (by hash, unrevoked).
 * The principal of a subscriber is its subscriber id, which the resources use for ownership.
 */
@ApplicationScoped
public class ApiKeyIdentityProvider implements IdentityProvider<ApiKeyRequest> {

  private final AgroalDataSource dataSource;
  private final List<String> operatorHashes;

  public ApiKeyIdentityProvider(AgroalDataSource dataSource, SecurityConfig config) {
    this.dataSource = dataSource;
    this.operatorHashes = config.operatorKeys().stream()
        .map(String::trim)
        .filter(k -> !k.isEmpty())
        .map(k -> k.startsWith("sha256:") ? k.substring(7).toLowerCase() : ApiKeys.hash(k))
        .toList();
  }

  @Override
  public Class<ApiKeyRequest> getRequestType() {
    return ApiKeyRequest.class;
  }

  @Override
  public Uni<SecurityIdentity> authenticate(ApiKeyRequest request,
      AuthenticationRequestContext context) {
    String hash = ApiKeys.hash(request.key());
    for (String operator : operatorHashes) {
      // constant-time comparison: the hash of a guess must not leak how close it came
      if (MessageDigest.isEqual(operator.getBytes(StandardCharsets.US_ASCII),
          hash.getBytes(StandardCharsets.US_ASCII))) {
        return Uni.createFrom().item(identity("operator", Roles.OPERATOR));
      }
    }
    return context.runBlocking(() -> {
      String subscriber = subscriberOf(hash);
      if (subscriber == null) {
        throw new AuthenticationFailedException("unknown or revoked API key");
      }
      return identity(subscriber, Roles.SUBSCRIBER);
    });
  }

  private String subscriberOf(String hash) {
    try (Connection c = dataSource.getConnection();
        PreparedStatement ps = c.prepareStatement(
            "SELECT subscriber_id FROM api_key WHERE key_hash = ? AND revoked_at IS NULL")) {
      ps.setString(1, hash);
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next() ? rs.getString(1) : null;
      }
    } catch (SQLException e) {
      throw new AuthenticationFailedException("cannot check the API key now", e);
    }
  }

  private static SecurityIdentity identity(String name, String role) {
    return QuarkusSecurityIdentity.builder()
        .setPrincipal(new QuarkusPrincipal(name))
        .addRole(role)
        .build();
  }
}
