package org.regwatch.query.security;

import io.agroal.api.AgroalDataSource;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import org.regwatch.apikeys.ApiKeyHashes;
import org.regwatch.apikeys.ApiKeyRequest;
import org.regwatch.apikeys.OperatorKeyIdentityProvider;
import org.regwatch.apikeys.OperatorKeys;

/**
 * The library's provider (operator keys from configuration, checked first so that operators cost
 * no database round trip) plus what only the query service can do: a key that is no operator key
 * is looked up among the subscriber keys in the database (by hash, unrevoked). The principal of a
 * subscriber is its subscriber id, which the resources use for ownership.
 *
 * <p>The library's own bean is excluded in application.properties ({@code quarkus.arc.exclude-types}):
 * it refuses every non-operator key, and Quarkus stops at the first provider of a request type
 * that fails, so with both the answer to a subscriber key would depend on their order.
 * {@code @Singleton}, not {@code @ApplicationScoped}: no client proxy, so the library class needs
 * no no-argument constructor.
 */
@Singleton
public class ApiKeyIdentityProvider extends OperatorKeyIdentityProvider {

  private final AgroalDataSource dataSource;

  public ApiKeyIdentityProvider(OperatorKeys operatorKeys, AgroalDataSource dataSource) {
    super(operatorKeys);
    this.dataSource = dataSource;
  }

  @Override
  protected Uni<SecurityIdentity> otherKey(ApiKeyRequest request,
      AuthenticationRequestContext context) {
    String hash = ApiKeyHashes.sha256Hex(request.key());
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
}
