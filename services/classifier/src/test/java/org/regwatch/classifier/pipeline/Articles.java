package org.regwatch.classifier.pipeline;

import java.time.Instant;
import java.util.List;
import org.regwatch.events.ArticleDiscovered;
import org.regwatch.events.ArticleRevised;
import org.regwatch.events.ContentKind;
import org.regwatch.events.Event;

/** Articles written for these tests, in the shape the feed poller publishes them. */
final class Articles {

  static final String PAUSE_TITLE = "Amazon puts a one-year pause on police use of its face recognition software";
  static final String PAUSE_TEXT =
      "Amazon said on Wednesday that it is implementing a one-year moratorium on police use of"
          + " Rekognition, its facial recognition software. The company said it hopes the pause gives"
          + " Congress enough time to put rules for the technology in place. Organisations that help"
          + " rescue victims of human trafficking will still be allowed to use it.";
  static final String BILL_TITLE = "Senators introduce bill to halt federal use of facial recognition";
  static final String BILL_TEXT =
      "Two senators on Thursday introduced S. 2052, the Facial Recognition and Biometric Technology"
          + " Moratorium Act, which would halt federal use of facial recognition until Congress passes"
          + " a law allowing it. Congress passed the Patriot Act in 2001, a law critics say the"
          + " software now stretches.";
  static final String PHONE_TITLE = "New phone unlocks with a glance";
  static final String PHONE_TEXT =
      "The handset maker's latest model unlocks when it recognises its owner's face, even in the"
          + " dark. Reviewers praised the battery life.";

  static final Instant PUBLISHED = Instant.parse("2020-06-10T21:15:00Z");

  private Articles() {}

  static Event<ArticleDiscovered> discovered(String eventId, String articleId, String title, String text) {
    ArticleDiscovered data =
        ArticleDiscovered.of(
            articleId, "feed-tech-desk", "https://news.example.org/" + articleId, title, "", text,
            ContentKind.FULL_TEXT, PUBLISHED, "sha256:" + Integer.toHexString((title + text).hashCode()),
            List.of("tech"));
    return Event.of(eventId, "/regwatch/feed-poller", articleId, PUBLISHED, data);
  }

  static Event<ArticleRevised> revised(
      String eventId, String articleId, String title, String text, String previousHash) {
    ArticleRevised data =
        new ArticleRevised(
            1, articleId, "feed-tech-desk", "https://news.example.org/" + articleId, title, "", text,
            ContentKind.FULL_TEXT, PUBLISHED, "sha256:" + Integer.toHexString((title + text).hashCode()),
            previousHash, List.of("tech"));
    return Event.of(eventId, "/regwatch/feed-poller", articleId, PUBLISHED, data);
  }
}
