package org.regwatch.query.api;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Runs keyset-paginated listings: {@code ORDER BY key, id} with the cursor as a row comparison
 * {@code (key, id) < (cursorKey, cursorId)}, so a page costs the same wherever it starts and rows
 * inserted meanwhile neither shift nor repeat items. Native SQL because HQL has no full-text
 * operators; the rows themselves are then loaded as entities by id.
 */
@ApplicationScoped
public class KeysetReader {

  private final EntityManager em;

  public KeysetReader(EntityManager em) {
    this.em = em;
  }

  /**
   * Reads up to {@code limit} rows in the order of {@code sort}, after {@code cursor}.
   *
   * @param load loads the entities of the given ids (in any order), keyed by id
   */
  public <T> List<Keyed<T>> read(SqlQuery query, SortKey sort, Optional<Cursor> cursor,
      int limit, Function<List<String>, Map<String, T>> load) {
    List<String> where = new ArrayList<>(query.conditions());
    Map<String, Object> params = new HashMap<>(query.params());
    String direction = sort.descending() ? "desc" : "asc";
    cursor.ifPresent(c -> {
      where.add("(" + sort.expression() + ", " + query.idColumn() + ") "
          + (sort.descending() ? "<" : ">")
          + " (cast(:cursorKey as " + sort.sqlType() + "), :cursorId)");
      params.put("cursorKey", c.key());
      params.put("cursorId", c.id());
    });
    String sql = "select " + query.idColumn() + ", cast(" + sort.expression() + " as text)"
        + " from " + query.from()
        + (where.isEmpty() ? "" : " where " + String.join(" and ", where))
        + " order by " + sort.expression() + " " + direction + ", " + query.idColumn() + " "
        + direction
        + " limit " + limit;
    var nativeQuery = em.createNativeQuery(sql);
    params.forEach(nativeQuery::setParameter);
    @SuppressWarnings("unchecked")
    List<Object[]> keys = nativeQuery.getResultList();
    Map<String, T> rows = load.apply(keys.stream().map(k -> (String) k[0]).toList());
    List<Keyed<T>> result = new ArrayList<>(keys.size());
    for (Object[] k : keys) {
      T row = rows.get((String) k[0]);
      if (row != null) {
        result.add(new Keyed<>((String) k[0], (String) k[1], row));
      }
    }
    return result;
  }

  /**
   * Cuts a list read with {@code size + 1} rows down to one page; the extra row only says that a
   * next page exists, and the cursor points after the last row shown.
   */
  public static <T, V> Page<V> page(List<Keyed<T>> rows, int size, SortKey sort,
      Function<T, V> view) {
    String next = null;
    List<Keyed<T>> shown = rows;
    if (rows.size() > size) {
      shown = rows.subList(0, size);
      Keyed<T> last = shown.get(size - 1);
      next = new Cursor(sort.name(), last.key(), last.id()).encode();
    }
    return new Page<>(shown.stream().map(k -> view.apply(k.row())).toList(), next);
  }
}
