package org.regwatch.query.articles;

import java.sql.SQLException;
import java.util.Set;

/**
 * A read model derived from articles (developments, status board) that follows their changes in
 * the same transaction as the article rows.
 */
public interface ArticleListener {

  /** The metadata of these articles changed (e.g. the publication date arrived). */
  void articlesChanged(Set<String> articleIds) throws SQLException;

  /**
   * The current classification of these articles changed — except a first classification that
   * reports no development: the article was never grouped and has nothing to group.
   */
  void classificationsChanged(Set<String> articleIds) throws SQLException;
}
