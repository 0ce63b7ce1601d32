package org.regwatch.query.security;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;

/** Who is calling, as the resources need it: an operator, or the subscriber with this id. */
@RequestScoped
public class Caller {

  private final SecurityIdentity identity;

  public Caller(SecurityIdentity identity) {
    this.identity = identity;
  }

  public boolean isOperator() {
    return identity.hasRole(Roles.OPERATOR);
  }

  /** The subscriber id; null for an operator. */
  public String subscriberId() {
    return isOperator() ? null : identity.getPrincipal().getName();
  }

  /** Operators see everything; a subscriber only what it owns. */
  public boolean maysee(String ownerId) {
    return isOperator() || identity.getPrincipal().getName().equals(ownerId);
  }
}
