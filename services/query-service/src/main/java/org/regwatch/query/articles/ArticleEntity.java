package org.regwatch.query.articles;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * The article read model, read through Panache. Written only by {@link ArticleWriter} with plain
 * JDBC upserts (batched, idempotent), never through this entity.
 */
@Entity
@Table(name = "article")
public class ArticleEntity extends PanacheEntityBase {

  @Id
  @Column(name = "article_id")
  public String id;

  @Column(name = "feed_id")
  public String feedId;

  public String url;
  public String title;
  public String summary;

  @Column(name = "content_kind")
  public String contentKind;

  public Instant published;

  @Column(name = "content_hash")
  public String contentHash;

  public String[] tags;

  @Column(name = "first_seen_at")
  public Instant firstSeenAt;

  @Column(name = "classification_time")
  public Instant classifiedAt;

  @Column(name = "classified_content_hash")
  public String classifiedContentHash;

  @Column(name = "rule_packs")
  public String[] rulePacks;

  public Boolean relevant;
  public String moratorium;
  public String legislation;
  public String[] actors;

  @Column(name = "actor_keys")
  public String[] actorKeys;

  @Column(name = "subject_tech")
  public String subjectTech;

  public String language;
  public String note;
  public Boolean truncated;

  @JdbcTypeCode(SqlTypes.JSON)
  public String developments;

  @Column(name = "sort_time", insertable = false, updatable = false)
  public Instant sortTime;
}
