package org.regwatch.query.articles;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.regwatch.events.Development;
import org.regwatch.events.EventCodec;

/** Turns article rows into the API's view, decoding the stored developments with the contract. */
@ApplicationScoped
public class ArticleMapper {

  private static final TypeReference<List<Development>> DEVELOPMENTS = new TypeReference<>() {};

  private final ObjectMapper mapper;

  public ArticleMapper(EventCodec codec) {
    this.mapper = codec.mapper();
  }

  public ArticleView toView(ArticleEntity a) {
    ArticleView.Classification classification = null;
    if (a.classifiedAt != null) {
      classification = new ArticleView.Classification(
          Boolean.TRUE.equals(a.relevant), a.moratorium, a.legislation, list(a.actors),
          a.subjectTech, list(a.rulePacks), a.classifiedAt,
          Objects.equals(a.classifiedContentHash, a.contentHash), a.language, a.note,
          Boolean.TRUE.equals(a.truncated));
    }
    return new ArticleView(a.id, a.feedId, a.url, a.title, a.summary, a.published, a.firstSeenAt,
        list(a.tags), a.contentHash, classification, developments(a.developments));
  }

  public List<Development> decodeDevelopments(String json) {
    if (json == null || json.isBlank()) {
      return List.of();
    }
    try {
      return mapper.readValue(json, DEVELOPMENTS);
    } catch (IOException e) {
      throw new IllegalStateException("stored developments unreadable", e);
    }
  }

  private List<ArticleView.DevelopmentView> developments(String json) {
    return decodeDevelopments(json).stream()
        .map(d -> new ArticleView.DevelopmentView(d.kind().json(), d.status().json(),
            d.headline(), d.actor(), d.technology(), d.product(), d.scope(), d.jurisdiction(),
            d.duration(), d.effectiveDate(), d.expiryDate(), d.confidence(),
            d.evidence().stream()
                .map(e -> new ArticleView.EvidenceView(e.field().json(), e.start(), e.end(), e.quote()))
                .toList()))
        .toList();
  }

  private static List<String> list(String[] values) {
    return values == null ? List.of() : Arrays.asList(values);
  }
}
