package org.regwatch.query.api;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The FROM and WHERE of one native listing query, built per request from validated filters. Only
 * named parameters that a condition uses are bound, so that a filter the client left out adds
 * neither a condition nor a parameter.
 */
public final class SqlQuery {

  private final String from;
  private final String idColumn;
  private final List<String> where = new ArrayList<>();
  private final Map<String, Object> params = new HashMap<>();

  public SqlQuery(String from, String idColumn) {
    this.from = from;
    this.idColumn = idColumn;
  }

  public SqlQuery where(String condition) {
    where.add(condition);
    return this;
  }

  /** Adds {@code condition} (which names {@code :name}) only when the value is present. */
  public SqlQuery where(String condition, String name, Optional<?> value) {
    value.ifPresent(v -> {
      where.add(condition);
      params.put(name, v);
    });
    return this;
  }

  public SqlQuery param(String name, Object value) {
    params.put(name, value);
    return this;
  }

  String from() {
    return from;
  }

  String idColumn() {
    return idColumn;
  }

  List<String> conditions() {
    return where;
  }

  Map<String, Object> params() {
    return params;
  }
}
