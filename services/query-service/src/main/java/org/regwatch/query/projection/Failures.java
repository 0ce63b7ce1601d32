package org.regwatch.query.projection;

import java.sql.SQLException;
import java.sql.SQLTransientException;
import java.sql.SQLRecoverableException;

/** Tells a failure that waiting cures (database down, deadlock) from one that it does not. */
final class Failures {

  private Failures() {}

  static boolean isTransient(Throwable failure) {
    for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
      for (Throwable suppressed : t.getSuppressed()) {
        if (suppressed != t && isTransient(suppressed)) {
          return true;
        }
      }
      if (t instanceof SQLTransientException || t instanceof SQLRecoverableException) {
        return true;
      }
      if (t instanceof SQLException sql) {
        String state = sql.getSQLState();
        // null: the pool's own errors (acquisition timeout); 08 connection, 40 rollback
        // (serialization, deadlock), 53 resources, 57 operator intervention (shutdown), 58 system.
        if (state == null || state.startsWith("08") || state.startsWith("40")
            || state.startsWith("53") || state.startsWith("57") || state.startsWith("58")) {
          return true;
        }
      }
      if (t instanceof java.net.ConnectException || t instanceof java.io.EOFException) {
        return true;
      }
    }
    return false;
  }

  static String describe(Throwable failure) {
    Throwable root = failure;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    return root.getClass().getSimpleName() + ": " + root.getMessage();
  }
}
