package org.regwatch.poller.polling;

import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jboss.logging.Logger;
import org.regwatch.events.ArticleDiscovered;
import org.regwatch.events.ArticleRevised;
import org.regwatch.poller.items.ArticleEvents;
import org.regwatch.poller.parsing.MainText;

/**
 * For feeds registered with {@code fullText}: fetches each new or changed item's linked page
 * (same limits as feeds) and replaces the event's text with the page's main text. A page that
 * cannot be fetched or yields too little text leaves the summary in place: the article is
 * published either way, and the event says which text it carries.
 */
@ApplicationScoped
public class FullTextFetcher {

  private static final Logger LOG = Logger.getLogger(FullTextFetcher.class);

  private final FeedFetcher fetcher;

  public FullTextFetcher(FeedFetcher fetcher) {
    this.fetcher = fetcher;
  }

  List<ArticleEvents.Pending> enrich(List<ArticleEvents.Pending> pending) throws InterruptedException {
    List<ArticleEvents.Pending> out = new ArrayList<>(pending.size());
    for (ArticleEvents.Pending p : pending) {
      String url = p.event().data() instanceof ArticleDiscovered d ? d.url()
          : p.event().data() instanceof ArticleRevised r ? r.url() : null;
      String text = url == null ? "" : mainText(url);
      out.add(text.isEmpty() ? p : ArticleEvents.withFullText(p, text));
    }
    return out;
  }

  private String mainText(String url) throws InterruptedException {
    try {
      FetchResult page = fetcher.fetch(url, null, null);
      if (page.status() != 200) {
        return "";
      }
      return MainText.extract(new String(page.body(), charset(page.contentType())), url);
    } catch (FetchException e) {
      LOG.debugf("full text of %s not fetched: %s", url, e.getMessage());
      return "";
    }
  }

  private static Charset charset(String contentType) {
    if (contentType != null) {
      int i = contentType.toLowerCase(Locale.ROOT).indexOf("charset=");
      if (i >= 0) {
        try {
          return Charset.forName(contentType.substring(i + 8).replace("\"", "").split(";")[0].strip());
        } catch (RuntimeException ignored) {
          // fall through to UTF-8
        }
      }
    }
    return StandardCharsets.UTF_8;
  }
}
