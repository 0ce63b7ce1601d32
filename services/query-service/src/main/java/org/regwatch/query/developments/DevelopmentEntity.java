package org.regwatch.query.developments;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;

/** The development read model, read through Panache; written by {@link DevelopmentStore}. */
@Entity
@Table(name = "development")
public class DevelopmentEntity extends PanacheEntityBase {

  @Id
  @Column(name = "development_id")
  public String id;

  public String kind;
  public String status;
  public String actor;

  @Column(name = "actor_key")
  public String actorKey;

  @Column(name = "subject_key")
  public String subjectKey;

  public String technology;
  public String product;
  public String scope;
  public String jurisdiction;
  public String duration;

  @Column(name = "effective_date")
  public LocalDate effectiveDate;

  @Column(name = "expiry_date")
  public LocalDate expiryDate;

  @Column(name = "occurred_at")
  public LocalDate occurredAt;

  @Column(name = "known_at")
  public Instant knownAt;

  public String title;
  public double confidence;

  @Column(name = "source_count")
  public int sourceCount;

  public int version;

  /** The bill as the founder names it, else the first source that does (legislation only). */
  @Column(name = "bill_number")
  public String billNumber;

  @Column(name = "bill_title")
  public String billTitle;

  @Column(name = "updated_at")
  public Instant updatedAt;
}
