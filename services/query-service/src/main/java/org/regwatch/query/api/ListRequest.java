package org.regwatch.query.api;

import java.util.Optional;

/**
 * The paging half of a list request, shared by every keyset listing: page size, full-text query,
 * sort and cursor, validated together because a cursor is only valid for the sort it came from.
 *
 * @param size items per page; repositories read {@code size + 1} to learn whether more follow
 */
public record ListRequest(int size, Optional<String> q, SortKey sort, Optional<Cursor> cursor) {

  /** Longest {@code q} accepted: a search, not a document. */
  public static final int MAX_QUERY_LENGTH = 500;

  public static ListRequest parse(String limit, String cursor, String sort, String q,
      Sorts sorts, ApiConfig config) {
    int size = Params.limit(limit, config);
    Optional<String> query = query(q);
    SortKey key = sorts.parse(sort, query.isPresent());
    return new ListRequest(size, query, key,
        Params.text(cursor).map(c -> Cursor.decode(c, key)));
  }

  /**
   * {@code q} absent is no search; present it must say something. PostgreSQL's
   * {@code websearch_to_tsquery} accepts any text (quotes, {@code or}, {@code -word}), so only
   * emptiness and length are errors.
   */
  public static Optional<String> query(String raw) {
    if (raw == null) {
      return Optional.empty();
    }
    String q = raw.trim();
    if (q.isEmpty()) {
      throw ApiException.badRequest("q must not be empty: leave it out to list without searching");
    }
    if (q.length() > MAX_QUERY_LENGTH) {
      throw ApiException.badRequest(
          "q must be at most " + MAX_QUERY_LENGTH + " characters, got " + q.length());
    }
    return Optional.of(q);
  }

  public int fetch() {
    return size + 1;
  }
}
