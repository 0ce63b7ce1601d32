package org.regwatch.query.api;

/**
 * One accepted value of a {@code sort} parameter.
 *
 * @param name what the client writes, e.g. {@code -published}
 * @param expression the SQL expression ordered by (never null for the rows it orders)
 * @param sqlType the PostgreSQL type the cursor's key is cast back to, e.g. {@code timestamptz}
 * @param descending order direction; the id breaks ties in the same direction
 * @param needsQuery true for relevance, which only exists for a full-text search
 */
public record SortKey(
    String name, String expression, String sqlType, boolean descending, boolean needsQuery) {

  public static SortKey ascending(String name, String expression, String sqlType) {
    return new SortKey(name, expression, sqlType, false, false);
  }

  public static SortKey descending(String name, String expression, String sqlType) {
    return new SortKey(name, expression, sqlType, true, false);
  }

  public static SortKey relevance(String expression) {
    return new SortKey("relevance", expression, "real", true, true);
  }
}
