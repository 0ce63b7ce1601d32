package org.regwatch.e2e;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.regwatch.events.ArticleClassified;
import org.regwatch.events.ArticleDiscovered;
import org.regwatch.events.ArticleLabels;
import org.regwatch.events.ContentKind;
import org.regwatch.events.Development;
import org.regwatch.events.DevelopmentKind;
import org.regwatch.events.DevelopmentStatus;
import org.regwatch.events.Event;
import org.regwatch.events.Evidence;
import org.regwatch.events.LegislationStatus;
import org.regwatch.events.MoratoriumStatus;
import org.regwatch.events.SubjectTech;

/**
 * Local news reports written for these tests (no outlet's text): each of a list of town councils
 * pauses police use of facial recognition for a year. One report per council, so each is its own
 * development (kind, actor, subject and scope differ by actor). Each report comes as the poller
 * would publish it and as the classifier would read it.
 */
final class CouncilPauses {

  private static final List<String> TOWNS = List.of(
      "Ashford", "Bramley", "Carrow", "Dunmere", "Elston", "Fairhaven", "Glenrock", "Holbrook",
      "Ivybridge", "Juniper Falls", "Kestrel Bay", "Larkhill", "Millbrook", "Northgate",
      "Oakridge", "Pinecrest", "Quarry Hill", "Redwater", "Stonebury", "Thornfield", "Upperton",
      "Valemont", "Westmoor", "Yarrowby");

  /** An article event and the classification event that reads it. */
  record Report(String actor, Event<ArticleDiscovered> article,
      Event<ArticleClassified> classification) {}

  private CouncilPauses() {}

  /**
   * {@code count} reports (at most 24), one per town, by councils named "{town} {body}": tests
   * that run on one database pass different bodies so that their developments stay apart.
   */
  static List<Report> byCouncils(String body, int count) {
    List<Report> reports = new ArrayList<>();
    Instant published = Instant.parse("2026-11-02T08:00:00Z");
    for (String town : TOWNS.subList(0, count)) {
      reports.add(report(town + " " + body, published));
      published = published.plusSeconds(3_600);
    }
    return reports;
  }

  private static Report report(String actor, Instant published) {
    String title = actor + " pauses police use of facial recognition for one year";
    String text = title + ". The vote followed months of public comment; the pause may be"
        + " lifted early if the state passes rules on the technology.";
    String url = "https://www.valley-courier.example/local/"
        + actor.toLowerCase().replaceAll("[^a-z0-9]+", "-") + "-facial-recognition-pause";
    String articleId = "art-" + sha256(url).substring(0, 16);
    String contentHash = sha256(title + "\n" + text).substring(0, 32);
    Instant seen = published.plusSeconds(240);
    ArticleDiscovered article = ArticleDiscovered.of(articleId, "feed-valley-courier", url, title,
        text, text, ContentKind.SUMMARY, published, contentHash, List.of("local", "policy"));
    Development pause = new Development(DevelopmentKind.MORATORIUM, DevelopmentStatus.ANNOUNCED,
        true, actor, "facial recognition", null, "police use", "US", "one year",
        LocalDate.ofInstant(published, ZoneOffset.UTC), null, 0.85,
        List.of(new Evidence(Evidence.Field.TITLE, 0, title.length(), title)));
    String articleEventId = "disc-" + articleId + "-" + contentHash;
    ArticleClassified classification = ArticleClassified.of(articleId, articleEventId,
        contentHash, List.of("facial-recognition@1"),
        new ArticleLabels(true, MoratoriumStatus.ANNOUNCED, LegislationStatus.NONE,
            List.of(actor), SubjectTech.FACIAL_RECOGNITION),
        List.of(pause), "en", "", false);
    return new Report(actor,
        Event.of(articleEventId, "/regwatch/feed-poller", articleId, seen, article),
        Event.of("cls-" + articleId + "-facial-recognition@1", "/regwatch/classifier", articleId,
            seen.plusSeconds(2), classification));
  }

  private static String sha256(String text) {
    try {
      return HexFormat.of().formatHex(
          MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
