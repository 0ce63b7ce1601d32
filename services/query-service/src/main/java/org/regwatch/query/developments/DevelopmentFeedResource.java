package org.regwatch.query.developments;

import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.io.StringWriter;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.regwatch.events.DevelopmentKind;
import org.regwatch.events.DevelopmentStatus;
import org.regwatch.query.api.Keyed;
import org.regwatch.query.api.ListRequest;
import org.regwatch.query.api.Params;

/** Developments as Atom and JSON Feed, so that any feed reader can subscribe. */
@Path("/api/feeds")
@Tag(name = "feeds", description = "Developments for feed readers")
public class DevelopmentFeedResource {

  private static final String ATOM = "application/atom+xml";
  private static final String JSON_FEED = "application/feed+json";
  private static final int ENTRIES = 50;

  private final DevelopmentRepository repository;

  public DevelopmentFeedResource(DevelopmentRepository repository) {
    this.repository = repository;
  }

  @GET
  @Path("/developments.atom")
  @Produces(ATOM)
  @Transactional
  @Operation(summary = "The 50 most recent developments as an Atom feed (filterable)")
  public Response atom(@Context UriInfo uri,
      @Parameter(description = "actor, case-insensitive") @QueryParam("actor") String actor,
      @Parameter(description = "development kind") @QueryParam("kind") String kind,
      @Parameter(description = "development status") @QueryParam("status") String status) {
    List<DevelopmentEntity> rows = rows(actor, kind, status);
    StringWriter out = new StringWriter();
    try {
      XMLStreamWriter x = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
      x.writeStartDocument("UTF-8", "1.0");
      x.writeStartElement("feed");
      x.writeDefaultNamespace("http://www.w3.org/2005/Atom");
      text(x, "id", "urn:regwatch:developments" + query(uri));
      text(x, "title", "Regwatch developments");
      text(x, "updated", updated(rows).toString());
      link(x, "self", uri.getRequestUri().toString());
      x.writeStartElement("author");
      text(x, "name", "Regwatch");
      x.writeEndElement();
      for (DevelopmentEntity d : rows) {
        x.writeStartElement("entry");
        text(x, "id", "urn:regwatch:development:" + d.id);
        text(x, "title", headline(d));
        text(x, "published", d.knownAt.toString());
        text(x, "updated", d.updatedAt.toString());
        link(x, "alternate", self(uri, d));
        for (String term : new String[] {d.kind, d.status}) {
          x.writeEmptyElement("category");
          x.writeAttribute("term", term);
        }
        text(x, "summary", summary(d));
        x.writeEndElement();
      }
      x.writeEndElement();
      x.writeEndDocument();
      x.close();
    } catch (XMLStreamException e) {
      throw new IllegalStateException("cannot write the Atom feed", e);
    }
    return Response.ok(out.toString(), ATOM + ";charset=utf-8").build();
  }

  @GET
  @Path("/developments.json")
  @Produces(JSON_FEED)
  @Transactional
  @Operation(summary = "The 50 most recent developments as a JSON Feed 1.1 (filterable)")
  public Response jsonFeed(@Context UriInfo uri,
      @Parameter(description = "actor, case-insensitive") @QueryParam("actor") String actor,
      @Parameter(description = "development kind") @QueryParam("kind") String kind,
      @Parameter(description = "development status") @QueryParam("status") String status) {
    List<DevelopmentEntity> rows = rows(actor, kind, status);
    Map<String, Object> feed = new LinkedHashMap<>();
    feed.put("version", "https://jsonfeed.org/version/1.1");
    feed.put("title", "Regwatch developments");
    feed.put("feed_url", uri.getRequestUri().toString());
    feed.put("items", rows.stream().map(d -> {
      Map<String, Object> item = new LinkedHashMap<>();
      item.put("id", "urn:regwatch:development:" + d.id);
      item.put("url", self(uri, d));
      item.put("title", headline(d));
      item.put("content_text", summary(d));
      item.put("date_published", d.knownAt.toString());
      item.put("date_modified", d.updatedAt.toString());
      item.put("tags", List.of(d.kind, d.status));
      return item;
    }).toList());
    return Response.ok(feed, JSON_FEED).build();
  }

  private List<DevelopmentEntity> rows(String actor, String kind, String status) {
    return repository.list(new DevelopmentFilter(Optional.empty(), Params.text(actor),
        Params.enumValue("kind", kind, DevelopmentKind.class),
        Params.enumValue("status", status, DevelopmentStatus.class), Optional.empty(),
        Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
        new ListRequest(ENTRIES, Optional.empty(), DevelopmentRepository.SORTS.byDefault(),
            Optional.empty())))
        .stream().limit(ENTRIES).map(Keyed::row).toList();
  }

  static String headline(DevelopmentEntity d) {
    return (d.actor == null ? "" : d.actor + ": ") + d.kind + " " + d.status + " — " + d.title;
  }

  static String summary(DevelopmentEntity d) {
    StringBuilder s = new StringBuilder();
    s.append(d.actor == null ? "Unnamed actor" : d.actor).append(", ").append(d.kind).append(' ')
        .append(d.status);
    if (d.product != null || d.technology != null) {
      s.append(", ").append(d.product != null ? d.product : d.technology);
    }
    if (d.scope != null) {
      s.append(", ").append(d.scope);
    }
    if (d.duration != null) {
      s.append(", ").append(d.duration);
    }
    s.append("; occurred ").append(d.occurredAt).append("; reported by ").append(d.sourceCount)
        .append(d.sourceCount == 1 ? " source." : " sources.");
    return s.toString();
  }

  private static Instant updated(List<DevelopmentEntity> rows) {
    return rows.stream().map(d -> d.updatedAt).max(Instant::compareTo)
        .orElse(Instant.EPOCH.atOffset(ZoneOffset.UTC).toInstant());
  }

  private static String self(UriInfo uri, DevelopmentEntity d) {
    return uri.getBaseUriBuilder().path("api/developments").path(d.id).build().toString();
  }

  private static String query(UriInfo uri) {
    String q = uri.getRequestUri().getRawQuery();
    return q == null ? "" : "?" + q;
  }

  private static void text(XMLStreamWriter x, String element, String value) throws XMLStreamException {
    x.writeStartElement(element);
    x.writeCharacters(value == null ? "" : value);
    x.writeEndElement();
  }

  private static void link(XMLStreamWriter x, String rel, String href) throws XMLStreamException {
    x.writeEmptyElement("link");
    x.writeAttribute("rel", rel);
    x.writeAttribute("href", href);
  }
}
