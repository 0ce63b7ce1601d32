package org.regwatch.query.api;

/** A row of a keyset listing with its sort key as PostgreSQL printed it (for the next cursor). */
public record Keyed<T>(String id, String key, T row) {}
