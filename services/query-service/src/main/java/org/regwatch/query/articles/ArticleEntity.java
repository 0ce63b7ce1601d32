package org.regwatch.query.articles;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.PrimaryKeyJoinColumn;
import jakarta.persistence.SecondaryTable;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.annotations.SecondaryRow;
import org.hibernate.type.SqlTypes;

/**
 * The article read model, read through Panache. Written only by {@link ArticleWriter} with plain
 * JDBC upserts (batched, idempotent), never through this entity. The classification half is the
 * narrow table {@code article_classification} (V24), joined by the article id; an article not
 * classified yet has none, and its classification fields read as null.
 */
@Entity
@Table(name = "article")
@SecondaryTable(name = ArticleEntity.CLASSIFICATION,
    pkJoinColumns = @PrimaryKeyJoinColumn(name = "article_id"))
@SecondaryRow(table = ArticleEntity.CLASSIFICATION, optional = true) // read with an outer join
public class ArticleEntity extends PanacheEntityBase {

  static final String CLASSIFICATION = "article_classification";

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

  @Column(name = "classification_time", table = CLASSIFICATION)
  public Instant classifiedAt;

  @Column(name = "classified_content_hash", table = CLASSIFICATION)
  public String classifiedContentHash;

  @Column(name = "rule_packs", table = CLASSIFICATION)
  public String[] rulePacks;

  @Column(table = CLASSIFICATION)
  public Boolean relevant;
  @Column(table = CLASSIFICATION)
  public String moratorium;
  @Column(table = CLASSIFICATION)
  public String legislation;
  @Column(table = CLASSIFICATION)
  public String[] actors;

  @Column(name = "actor_keys", table = CLASSIFICATION)
  public String[] actorKeys;

  @Column(name = "subject_tech", table = CLASSIFICATION)
  public String subjectTech;

  @Column(table = CLASSIFICATION)
  public String language;
  @Column(table = CLASSIFICATION)
  public String note;
  @Column(table = CLASSIFICATION)
  public Boolean truncated;

  @JdbcTypeCode(SqlTypes.JSON)
  @Column(table = CLASSIFICATION)
  public String developments;

  @Column(name = "sort_time", insertable = false, updatable = false)
  public Instant sortTime;
}
