package org.regwatch.query.api;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * One page of a listing.
 *
 * @param nextCursor pass as {@code cursor} to get the next page; null on the last page
 */
@Schema(description = "A page of results; follow nextCursor until it is null")
public record Page<T>(List<T> items, String nextCursor) {}
