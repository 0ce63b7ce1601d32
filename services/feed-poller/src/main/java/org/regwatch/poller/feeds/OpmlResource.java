package org.regwatch.poller.feeds;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.io.ByteArrayInputStream;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamWriter;
import org.regwatch.apikeys.OperatorRole;
import org.regwatch.events.FeedRegistered;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * OPML 2.0 import and export of the registry. Import goes through the same validation and the same
 * idempotent registration as {@code POST /api/feeds}; one bad outline does not stop the others.
 * Import needs an operator key like every registry write; export is public like the feed list.
 */
@Path("/api/feeds/opml")
public class OpmlResource {

  static final int MAX_OPML_BYTES = 2 * 1024 * 1024;
  static final String OPML = "text/x-opml";

  private final RegistryView view;
  private final FeedRegistry registry;
  private final FeedValidator validator;

  public OpmlResource(RegistryView view, FeedRegistry registry, FeedValidator validator) {
    this.view = view;
    this.registry = registry;
    this.validator = validator;
  }

  public record Rejected(String url, String reason) {}

  public record ImportResult(int registered, int alreadyRegistered, List<Rejected> rejected) {}

  @GET
  @Produces({OPML, MediaType.APPLICATION_XML})
  public String export() throws Exception {
    StringWriter out = new StringWriter();
    XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
    xml.writeStartDocument("UTF-8", "1.0");
    xml.writeStartElement("opml");
    xml.writeAttribute("version", "2.0");
    xml.writeStartElement("head");
    xml.writeStartElement("title");
    xml.writeCharacters("Regwatch feeds");
    xml.writeEndElement();
    xml.writeEndElement();
    xml.writeStartElement("body");
    for (FeedEntry entry : view.all().stream().sorted(Comparator.comparing(FeedEntry::id)).toList()) {
      FeedRegistered f = entry.feed();
      xml.writeEmptyElement("outline");
      xml.writeAttribute("type", "rss");
      xml.writeAttribute("text", f.title().isEmpty() ? f.url() : f.title());
      xml.writeAttribute("title", f.title());
      xml.writeAttribute("xmlUrl", f.url());
      if (!f.tags().isEmpty()) {
        xml.writeAttribute("category", String.join(",", f.tags()));
      }
      // Not OPML, but harmless to other readers and lets an export round-trip into Regwatch.
      xml.writeAttribute("pollIntervalSeconds", String.valueOf(f.pollIntervalSeconds()));
      xml.writeAttribute("fullText", String.valueOf(f.fullText()));
    }
    xml.writeEndElement();
    xml.writeEndElement();
    xml.writeEndDocument();
    xml.close();
    return out.toString();
  }

  @RolesAllowed(OperatorRole.NAME)
  @POST
  @Consumes({OPML, MediaType.APPLICATION_XML, MediaType.TEXT_XML})
  @Produces(MediaType.APPLICATION_JSON)
  public ImportResult importOpml(byte[] body) {
    if (body == null || body.length == 0) {
      throw new ProblemException(400, "Invalid OPML", "the body is empty");
    }
    if (body.length > MAX_OPML_BYTES) {
      throw new ProblemException(413, "OPML too large", "at most " + MAX_OPML_BYTES + " bytes");
    }
    Document doc = parse(body);
    NodeList outlines = doc.getElementsByTagName("outline");
    int registered = 0;
    int existing = 0;
    List<Rejected> rejected = new ArrayList<>();
    for (int i = 0; i < outlines.getLength(); i++) {
      Element outline = (Element) outlines.item(i);
      String url = outline.getAttribute("xmlUrl");
      if (url.isBlank()) {
        continue; // a folder, not a feed
      }
      String title = !outline.getAttribute("title").isBlank() ? outline.getAttribute("title") : outline.getAttribute("text");
      List<String> tags = outline.getAttribute("category").isBlank() ? List.of()
          : Arrays.stream(outline.getAttribute("category").split(","))
              .map(t -> t.replaceFirst("^/+", "").strip()).filter(t -> !t.isEmpty()).toList();
      Long interval = parseLong(outline.getAttribute("pollIntervalSeconds"));
      Boolean fullText = outline.hasAttribute("fullText") ? Boolean.valueOf(outline.getAttribute("fullText")) : null;
      try {
        var registration = registry.registerIfNew(
            validator.validate(new FeedRequest(url, title, tags, interval, fullText)));
        if (registration.created()) {
          registered++;
        } else {
          existing++;
        }
      } catch (ProblemException e) {
        if (e.status() >= 500) {
          throw e;
        }
        String reason = e.errors() == null ? e.getMessage()
            : String.join("; ", e.errors().stream().map(err -> err.field() + " " + err.message()).toList());
        rejected.add(new Rejected(url, reason));
      }
    }
    return new ImportResult(registered, existing, rejected);
  }

  /** OPML has no use for a DOCTYPE: refusing it outright closes every entity attack. */
  private static Document parse(byte[] body) {
    try {
      DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
      factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
      factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
      factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
      factory.setExpandEntityReferences(false);
      var builder = factory.newDocumentBuilder();
      builder.setErrorHandler(null);
      Document doc = builder.parse(new ByteArrayInputStream(body));
      if (!"opml".equals(doc.getDocumentElement().getNodeName())) {
        throw new ProblemException(400, "Invalid OPML", "the root element is not <opml>");
      }
      return doc;
    } catch (ProblemException e) {
      throw e;
    } catch (Exception e) {
      throw new ProblemException(400, "Invalid OPML", "not readable OPML: " + e.getMessage());
    }
  }

  private static Long parseLong(String s) {
    try {
      return s == null || s.isBlank() ? null : Long.valueOf(s.strip());
    } catch (NumberFormatException e) {
      return null;
    }
  }
}
