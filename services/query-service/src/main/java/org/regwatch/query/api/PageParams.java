package org.regwatch.query.api;

import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/**
 * The paging and search parameters every keyset listing takes ({@code @BeanParam}); {@code sort}
 * stays with each resource, whose accepted values differ.
 */
public class PageParams {

  @Parameter(description = "page size, 1..max (default 20)")
  @QueryParam("limit")
  public String limit;

  @Parameter(description = "nextCursor of the previous page, under the same sort")
  @QueryParam("cursor")
  public String cursor;

  @Parameter(description = "full-text search (English stemming) of article titles and texts — for "
      + "developments, of their sources' — in web-search syntax: words, \"a phrase\", or, -word; "
      + "1..500 characters")
  @QueryParam("q")
  public String q;

  @Context
  public UriInfo uri;

  public ListRequest parse(String sort, Sorts sorts, ApiConfig config) {
    // "?q=" must be a 400, not "no search": some stacks hand an empty value over as null.
    String query = q == null && uri.getQueryParameters().containsKey("q") ? "" : q;
    return ListRequest.parse(limit, cursor, sort, query, sorts, config);
  }
}
