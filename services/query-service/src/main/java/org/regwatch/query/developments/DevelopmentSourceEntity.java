package org.regwatch.query.developments;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** One article's report of a development. */
@Entity
@Table(name = "development_source")
@IdClass(DevelopmentSourceEntity.Key.class)
public class DevelopmentSourceEntity extends PanacheEntityBase {

  /** Composite primary key. */
  public static class Key implements Serializable {
    public String articleId;
    public int devIndex;

    @Override
    public boolean equals(Object o) {
      return o instanceof Key k && java.util.Objects.equals(articleId, k.articleId) && devIndex == k.devIndex;
    }

    @Override
    public int hashCode() {
      return java.util.Objects.hash(articleId, devIndex);
    }
  }

  @Id
  @Column(name = "article_id")
  public String articleId;

  @Id
  @Column(name = "dev_index")
  public int devIndex;

  @Column(name = "development_id")
  public String developmentId;

  @Column(name = "feed_id")
  public String feedId;

  public String url;
  public String title;
  public Instant published;

  @Column(name = "first_seen_at")
  public Instant firstSeenAt;

  @Column(name = "occurred_at")
  public LocalDate occurredAt;

  public boolean headline;
  public double confidence;

  @JdbcTypeCode(SqlTypes.JSON)
  public String evidence;
}
