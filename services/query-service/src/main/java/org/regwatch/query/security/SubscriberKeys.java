package org.regwatch.query.security;

import io.agroal.api.AgroalDataSource;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import org.regwatch.apikeys.ApiKeyHashes;
import org.regwatch.apikeys.ApiKeyRequest;
import org.regwatch.apikeys.OperatorKeyIdentityProvider;
import org.regwatch.apikeys.OtherApiKeys;

/**
 * Keys that are no operator key (the library's provider checks those first, so operators cost no
 * database round trip): looked up among the subscriber keys in the database (by hash, unrevoked).
 * The principal of a subscriber is its subscriber id, which the resources use for ownership.
 * Replaces the library's default, which refuses every such key.
 */
@ApplicationScoped
public class SubscriberKeys implements OtherApiKeys {

  private final AgroalDataSource dataSource;

  public SubscriberKeys(AgroalDataSource dataSource) {
    this.dataSource = dataSource;
  }

  @Override
  public Uni<SecurityIdentity> authenticate(ApiKeyRequest request,
      AuthenticationRequestContext context) {
    String hash = ApiKeyHashes.sha256Hex(request.key());
    return context.runBlocking(() -> {
      String subscriber = subscriberOf(hash);
      if (subscriber == null) {
        throw new AuthenticationFailedException("unknown or revoked API key");
      }
      return OperatorKeyIdentityProvider.identity(subscriber, Roles.SUBSCRIBER);
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
}
