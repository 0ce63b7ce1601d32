package org.regwatch.query.developments;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Set;

/**
 * Announces developments changed by a projection transaction, once it has committed, to whoever
 * follows them live (the SSE stream). Registered per transaction so that a rolled-back batch
 * announces nothing.
 */
@ApplicationScoped
public class DevelopmentChanges {

  void touched(Set<String> developmentIds) {
    // SSE is wired in later; grouping does not depend on it.
  }
}
