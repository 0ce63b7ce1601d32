package org.regwatch.query.projection;

/** Channel names, shared with the tests so that a renamed channel breaks the build. */
public final class Channels {

  public static final String ARTICLES = "articles";
  public static final String CLASSIFICATIONS = "classifications";
  public static final String DEAD_LETTERS = "dead-letters";

  private Channels() {}
}
