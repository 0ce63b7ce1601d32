package org.regwatch.query.benchmark;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;
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
 * The articles and classifications the projection benchmarks push, on articles of their own (a
 * fresh run id each time), so that several workloads can share one database.
 *
 * <ul>
 *   <li><b>mix</b> — what a feed looks like: 3 in 4 classifications irrelevant (no development),
 *       1 in 4 with one development, and 1 in 40 of all with a second one (a ban next to the
 *       moratorium); 200 actors over ~8 years;</li>
 *   <li><b>worst</b> — every classification reports a development (200 actors, ~50 reports
 *       each, joins and new developments both happen).</li>
 * </ul>
 *
 * @param expectedSources the development sources the classifications must leave
 */
record BenchWorkload(String name, String prefix, List<Event<ArticleDiscovered>> discovered,
    List<Event<ArticleClassified>> classified, int expectedSources) {

  // words of the kind such articles use, so the full-text index sees a realistic number of lexemes
  private static final String[] WORDS = ("police department city council facial recognition"
      + " technology surveillance camera biometric privacy civil liberties union vote ordinance"
      + " ban moratorium vendor contract software database images accuracy bias audit federal"
      + " state lawmakers bill hearing committee testimony residents advocates officials mayor"
      + " chief spokesperson statement public safety investigation suspects identify match"
      + " system deployment pilot program review report data retention oversight board court"
      + " lawsuit judge ruling regulators agency company customers warrant requirement"
      + " transparency accountability community meeting proposal amendment schedule budget")
      .split(" ");

  static BenchWorkload of(String name, int n, boolean allRelevant) {
    String run = UUID.randomUUID().toString().substring(0, 8);
    String prefix = "bench-" + name + "-" + run + "-";
    Random random = new Random(42);
    var discovered = new ArrayList<Event<ArticleDiscovered>>(n);
    var classified = new ArrayList<Event<ArticleClassified>>(n);
    int sources = 0;
    for (int i = 0; i < n; i++) {
      String id = prefix + i;
      String actor = "Agency " + (i % 200) + " " + run;
      LocalDate day = LocalDate.parse("2020-01-01").plusDays((i / 200) * 3L % 3000);
      boolean relevant = allRelevant || i % 4 == 0;
      String title = relevant
          ? actor + " pauses police use of facial recognition for one year"
          : "Council " + (i % 300) + " reviews " + WORDS[random.nextInt(WORDS.length)] + " budget";
      String text = title + ". " + prose(random, 250);
      Instant published = day.atStartOfDay().toInstant(ZoneOffset.UTC);
      discovered.add(Event.of("d-" + id, "/bench", id, published,
          ArticleDiscovered.of(id, "feed-bench-" + run, "https://bench.example.org/" + id, title,
              text, text, ContentKind.SUMMARY, published, "h" + i, List.of("bench"))));
      List<Development> developments = new ArrayList<>();
      ArticleLabels labels = ArticleLabels.IRRELEVANT;
      if (relevant) {
        Evidence evidence = new Evidence(Evidence.Field.TITLE, 0, title.length(), title);
        developments.add(new Development(DevelopmentKind.MORATORIUM, DevelopmentStatus.ANNOUNCED,
            true, actor, "facial recognition", null, "police use", null, "one year", day,
            day.plusYears(1), 0.9, List.of(evidence)));
        if (!allRelevant && i % 40 == 0) {
          developments.add(new Development(DevelopmentKind.BAN, DevelopmentStatus.ENACTED, false,
              actor, "facial recognition", null, "government use", null, null, day, null, 0.7,
              List.of(evidence)));
        }
        labels = new ArticleLabels(true, MoratoriumStatus.ANNOUNCED, LegislationStatus.NONE,
            List.of(actor), SubjectTech.FACIAL_RECOGNITION);
      }
      sources += developments.size();
      classified.add(Event.of("c-" + id, "/bench", id, published.plusSeconds(5),
          ArticleClassified.of(id, "d-" + id, "h" + i, List.of("facial-recognition@1"), labels,
              developments, "en", "", false)));
    }
    return new BenchWorkload(name, prefix, discovered, classified, sources);
  }

  private static String prose(Random random, int words) {
    StringBuilder out = new StringBuilder();
    for (int w = 0; w < words; w++) {
      out.append(WORDS[random.nextInt(WORDS.length)]).append(w % 12 == 11 ? ". " : " ");
    }
    return out.toString();
  }
}
