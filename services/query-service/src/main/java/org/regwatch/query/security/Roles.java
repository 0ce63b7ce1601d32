package org.regwatch.query.security;

import org.regwatch.apikeys.OperatorRole;

/** The two roles of the API; read models stay public and need neither. */
public final class Roles {

  /** The library's name, so that an operator key means the same role in every service. */
  public static final String OPERATOR = OperatorRole.NAME;
  public static final String SUBSCRIBER = "subscriber";

  private Roles() {}
}
