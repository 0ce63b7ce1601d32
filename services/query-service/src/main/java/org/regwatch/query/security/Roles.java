package org.regwatch.query.security;

/** The two roles of the API; read models stay public and need neither. */
public final class Roles {

  public static final String OPERATOR = "operator";
  public static final String SUBSCRIBER = "subscriber";

  private Roles() {}
}
