package org.regwatch.query.subscriptions;

import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.Query;

/** Parses a subscription's full-text query, in Lucene syntax, over the field "text". */
public final class TextQueries {

  public static final String FIELD = "text";

  private TextQueries() {}

  /** @throws IllegalArgumentException with the parser's message when the syntax is wrong */
  public static Query parse(String query) {
    // QueryParser is not thread-safe and cheap to build: one per parse.
    QueryParser parser = new QueryParser(FIELD, new StandardAnalyzer());
    parser.setDefaultOperator(QueryParser.Operator.AND);
    try {
      return parser.parse(query);
    } catch (ParseException | RuntimeException e) {
      throw new IllegalArgumentException("query is not valid Lucene syntax: "
          + e.getMessage().lines().findFirst().orElse(""), e);
    }
  }
}
