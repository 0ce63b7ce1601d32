package org.regwatch.query.developments;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.util.List;
import org.regwatch.events.EventCodec;
import org.regwatch.events.Evidence;
import org.regwatch.query.articles.ArticleView;

/** Development rows to API views. */
@ApplicationScoped
public class DevelopmentMapper {

  private static final TypeReference<List<Evidence>> EVIDENCE = new TypeReference<>() {};

  private final ObjectMapper mapper;

  public DevelopmentMapper(EventCodec codec) {
    this.mapper = codec.mapper();
  }

  public DevelopmentView summary(DevelopmentEntity d) {
    return view(d, null, null);
  }

  public DevelopmentView detail(DevelopmentEntity d, List<DevelopmentSourceEntity> sources,
      List<DevelopmentChangeEntity> history) {
    return view(d, sources.stream().map(this::source).toList(),
        history.stream().map(h -> new DevelopmentView.Change(h.seq, h.at, h.change, h.articleId,
            h.field, h.oldValue, h.newValue)).toList());
  }

  private DevelopmentView view(DevelopmentEntity d, List<DevelopmentView.Source> sources,
      List<DevelopmentView.Change> history) {
    return new DevelopmentView(d.id, d.kind, d.status, d.actor, d.technology, d.product, d.scope,
        d.jurisdiction, d.duration, d.effectiveDate, d.expiryDate, d.occurredAt, d.knownAt,
        d.title, d.confidence, d.sourceCount, d.version, d.updatedAt,
        DevelopmentView.BillName.of(d.billNumber, d.billTitle), sources, history);
  }

  private DevelopmentView.Source source(DevelopmentSourceEntity s) {
    List<Evidence> evidence;
    try {
      evidence = mapper.readValue(s.evidence, EVIDENCE);
    } catch (IOException e) {
      throw new IllegalStateException("stored evidence unreadable", e);
    }
    return new DevelopmentView.Source(s.articleId, s.feedId, s.url, s.title, s.published,
        s.firstSeenAt, s.occurredAt, s.headline, s.confidence,
        evidence.stream().map(e -> new ArticleView.EvidenceView(e.field().json(), e.start(),
            e.end(), e.quote())).toList());
  }
}
