package org.regwatch.query.developments;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** Reads developments, newest occurrence first. */
@ApplicationScoped
public class DevelopmentRepository {

  public Optional<DevelopmentEntity> find(String id) {
    return DevelopmentEntity.findByIdOptional(id);
  }

  public List<DevelopmentSourceEntity> sources(String id) {
    return DevelopmentSourceEntity.list(
        "developmentId = ?1 order by firstSeenAt, articleId, devIndex", id);
  }

  public List<DevelopmentChangeEntity> history(String id) {
    return DevelopmentChangeEntity.list("developmentId = ?1 order by seq", id);
  }

  public List<DevelopmentEntity> list(DevelopmentFilter f) {
    List<String> where = new ArrayList<>();
    Map<String, Object> params = new HashMap<>();
    where.add("1 = 1");
    f.article().ifPresent(v -> {
      where.add("exists (select 1 from DevelopmentSourceEntity s"
          + " where s.developmentId = d.id and s.articleId = :article)");
      params.put("article", v);
    });
    f.actor().ifPresent(v -> {
      where.add("d.actorKey = :actor");
      params.put("actor", v.trim().toLowerCase(Locale.ROOT));
    });
    f.kind().ifPresent(v -> {
      where.add("d.kind = :kind");
      params.put("kind", v.json());
    });
    f.status().ifPresent(v -> {
      where.add("d.status = :status");
      params.put("status", v.json());
    });
    f.subject().ifPresent(v -> {
      where.add("(d.subjectKey = :subject or lower(d.product) = :subject)");
      params.put("subject", v.trim().toLowerCase(Locale.ROOT));
    });
    f.scope().ifPresent(v -> {
      where.add("lower(d.scope) = :scope");
      params.put("scope", v.trim().toLowerCase(Locale.ROOT));
    });
    f.jurisdiction().ifPresent(v -> {
      where.add("lower(d.jurisdiction) = :jurisdiction");
      params.put("jurisdiction", v.trim().toLowerCase(Locale.ROOT));
    });
    f.occurredFrom().ifPresent(v -> {
      where.add("d.occurredAt >= :from");
      params.put("from", v);
    });
    f.occurredTo().ifPresent(v -> {
      where.add("d.occurredAt <= :to");
      params.put("to", v);
    });
    f.cursor().ifPresent(c -> {
      where.add("(d.occurredAt < :cursorDate or (d.occurredAt = :cursorDate and d.id < :cursorId))");
      params.put("cursorDate", LocalDate.ofInstant(c.time(), ZoneOffset.UTC));
      params.put("cursorId", c.id());
    });
    return DevelopmentEntity.<DevelopmentEntity>find(
            "from DevelopmentEntity d where " + String.join(" and ", where)
                + " order by d.occurredAt desc, d.id desc", params)
        .range(0, f.limit()).list();
  }
}
