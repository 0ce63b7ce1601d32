package org.regwatch.query.developments;

import java.sql.Array;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;

/**
 * Array parameters for the set-based statements of grouping ({@code INSERT … SELECT FROM
 * unnest(…)}): one statement per batch and step instead of one execution per row. Dates and
 * instants travel as ISO text and are cast in SQL, so no JVM or session time zone can shift them;
 * MinHash signatures travel as ONE flat {@code int4[]} (pgjdbc encodes a primitive {@code int[]}
 * without boxing) that the statement slices per row, because {@code unnest} of a two-dimensional
 * array would flatten it.
 */
final class SqlArrays {

  private SqlArrays() {}

  static <T> Array texts(Connection c, List<T> rows, Function<T, String> field)
      throws SQLException {
    String[] out = new String[rows.size()];
    for (int i = 0; i < out.length; i++) {
      out[i] = field.apply(rows.get(i));
    }
    return c.createArrayOf("text", out);
  }

  static String iso(LocalDate d) {
    return d == null ? null : d.toString();
  }

  static String iso(Instant i) {
    return i == null ? null : i.toString();
  }

  /** The signatures one after the other; row n (from 1) is {@code sig[(n-1)*64+1 : n*64]}. */
  static <T> int[] signatures(List<T> rows, Function<T, int[]> field) {
    int[] out = new int[rows.size() * MinHash.SIZE];
    for (int i = 0; i < rows.size(); i++) {
      int[] s = field.apply(rows.get(i));
      if (s.length != MinHash.SIZE) {
        throw new IllegalArgumentException("signature of " + s.length + " hashes");
      }
      System.arraycopy(s, 0, out, i * MinHash.SIZE, MinHash.SIZE);
    }
    return out;
  }

  /** SQL for row {@code n}'s signature out of the flat array {@code flat}. */
  static String slice(String flat, String n) {
    return flat + "[(" + n + " - 1) * " + MinHash.SIZE + " + 1 : " + n + " * " + MinHash.SIZE
        + "]";
  }

  /**
   * Parses an {@code int4[]} column read with {@code ResultSet.getBytes}: pgjdbc hands over the
   * wire bytes, binary ({@code array_send}: the usual case once a statement is server-prepared)
   * or text ({@code {1,-2,3}}). Reading it as a JDBC array boxes every element, which was most of
   * the projecting thread's re-aggregation time (JFR); asking PostgreSQL for text instead would
   * move the conversion onto the database, the busier of the two.
   */
  static int[] ints(byte[] raw) {
    return raw.length > 0 && raw[0] == '{' ? text(raw) : binary(raw);
  }

  private static int[] binary(byte[] raw) {
    java.nio.ByteBuffer b = java.nio.ByteBuffer.wrap(raw); // network order = big-endian
    int dimensions = b.getInt();
    b.getInt(); // has-nulls flag: a signature has none
    b.getInt(); // element type
    if (dimensions == 0) {
      return new int[0];
    }
    int length = b.getInt();
    b.getInt(); // lower bound
    int[] out = new int[length];
    for (int i = 0; i < length; i++) {
      b.getInt(); // element length: 4
      out[i] = b.getInt();
    }
    return out;
  }

  private static int[] text(byte[] raw) {
    int[] out = new int[MinHash.SIZE];
    int n = 0;
    int i = 1; // after '{'
    int end = raw.length - 1; // before '}'
    while (i < end) {
      boolean negative = raw[i] == '-';
      if (negative) {
        i++;
      }
      long v = 0;
      while (i < end && raw[i] != ',') {
        v = v * 10 + (raw[i] - '0');
        i++;
      }
      if (n == out.length) {
        out = java.util.Arrays.copyOf(out, out.length * 2);
      }
      out[n++] = (int) (negative ? -v : v);
      i++; // ','
    }
    return n == out.length ? out : java.util.Arrays.copyOf(out, n);
  }
}
