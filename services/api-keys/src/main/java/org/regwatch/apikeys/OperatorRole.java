package org.regwatch.apikeys;

/** The role name, the same string as the query service's, for {@code @RolesAllowed}. */
public final class OperatorRole {

  public static final String NAME = "operator";

  private OperatorRole() {}
}
