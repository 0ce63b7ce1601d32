package org.regwatch.query.moratoria;

/** Channel names of the lapse events, shared with the tests so a rename breaks the build. */
public final class LapseChannels {

  /** Outgoing to {@code regwatch.developments}: acks=all, idempotent, awaited. */
  public static final String OUT = "moratorium-lapses-out";

  /** Incoming from {@code regwatch.developments}: the same events read back into the read model. */
  public static final String IN = "moratorium-lapses";

  private LapseChannels() {}
}
