package org.regwatch.query.developments;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;

/** One entry of a development's history. */
@Entity
@Table(name = "development_change")
@IdClass(DevelopmentChangeEntity.Key.class)
public class DevelopmentChangeEntity extends PanacheEntityBase {

  /** Composite primary key. */
  public static class Key implements Serializable {
    public String developmentId;
    public int seq;

    @Override
    public boolean equals(Object o) {
      return o instanceof Key k && java.util.Objects.equals(developmentId, k.developmentId) && seq == k.seq;
    }

    @Override
    public int hashCode() {
      return java.util.Objects.hash(developmentId, seq);
    }
  }

  @Id
  @Column(name = "development_id")
  public String developmentId;

  @Id
  public int seq;

  public Instant at;
  public String change;

  @Column(name = "article_id")
  public String articleId;

  public String field;

  @Column(name = "old_value")
  public String oldValue;

  @Column(name = "new_value")
  public String newValue;
}
