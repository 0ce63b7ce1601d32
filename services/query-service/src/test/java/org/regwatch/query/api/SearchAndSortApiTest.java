package org.regwatch.query.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.regwatch.events.DevelopmentKind;
import org.regwatch.events.DevelopmentStatus;
import org.regwatch.query.fixtures.Developments;
import org.regwatch.query.fixtures.Eventually;
import org.regwatch.query.fixtures.Story;
import org.regwatch.query.fixtures.TestKafka;
import org.regwatch.testsupport.RegwatchInfraResource;

/**
 * Full-text search ({@code q}) and {@code sort} on GET /api/articles and /api/developments: what
 * matches, in which order, and that cursor pages walk every sort without gaps or repeats.
 */
@QuarkusTest
@QuarkusTestResource(value = RegwatchInfraResource.class, restrictToAnnotatedClass = false)
class SearchAndSortApiTest {

  private final Story story = new Story();
  private final TestKafka kafka = new TestKafka();

  @AfterEach
  void close() {
    kafka.close();
  }

  // --- articles --------------------------------------------------------------------------

  /** Five articles of one outlet; ids in the order they are declared. */
  private List<String> newsroom(String feedName) {
    List<Story.Item> items = List.of(
        story.news(feedName, "2020-06-10T09:00:00Z", "2020-06-14T08:00:00Z",
            "City council votes to ban police use of facial recognition",
            "The council voted seven to two on Tuesday to ban police use of facial recognition "
                + "technology. The ordinance takes effect in thirty days."),
        story.news(feedName, "2020-06-12T09:00:00Z", "2020-06-12T09:05:00Z",
            "Amazon extends moratorium on police use of Rekognition",
            "Amazon said its pause on police use of Rekognition will continue until Congress "
                + "passes a law. Rekognition remains available to other customers."),
        story.news(feedName, "2020-06-11T09:00:00Z", "2020-06-15T10:00:00Z",
            "Retailers quietly test face scanning at checkout",
            "Several chains use face scanning at self-checkout lanes. A spokesperson said the "
                + "police have no access to the images, which competitors compare with Rekognition."),
        story.news(feedName, "2020-06-10T09:00:00Z", "2020-06-13T12:00:00Z",
            "New phone unlocks with a glance, even in the dark",
            "The handset's face unlock uses an infrared camera and works in low light."),
        story.news(feedName, "2020-06-09T09:00:00Z", "2020-06-09T09:30:00Z",
            "Lawmakers question schools about classroom cameras",
            "Two senators wrote to school districts asking how long footage is kept."));
    for (Story.Item item : items) {
      kafka.send(item.discovered());
    }
    String feed = story.feed(feedName);
    Eventually.assertThat(() -> given().queryParam("feed", feed).get("/api/articles")
        .then().body("items", hasSize(items.size())));
    return items.stream().map(Story.Item::id).toList();
  }

  @Test
  void aWebSearchFindsThePhraseAndLeavesOutTheExcludedWord() {
    List<String> ids = newsroom("search-phrase");
    assertThat(articleIds("search-phrase", Map.of("q", "\"police use\" -amazon")))
        .containsExactly(ids.get(0));
  }

  @Test
  void aSearchMatchesStemmedWordsAndReturnsOnlyMatchingArticles() {
    List<String> ids = newsroom("search-stem");
    // "banned" and "ban" share the stem; the other four articles never say it.
    assertThat(articleIds("search-stem", Map.of("q", "banned"))).containsExactly(ids.get(0));
    assertThat(articleIds("search-stem", Map.of("q", "drone"))).isEmpty();
  }

  @Test
  void aSearchRanksAnArticleNamingTheWordInItsTitleAboveOneMentioningItInPassing() {
    List<String> ids = newsroom("search-rank");
    assertThat(articleIds("search-rank", Map.of("q", "rekognition")))
        .containsExactly(ids.get(1), ids.get(2));
    // An explicit sort overrides relevance.
    assertThat(articleIds("search-rank", Map.of("q", "rekognition", "sort", "published")))
        .containsExactly(ids.get(2), ids.get(1));
  }

  @Test
  void everyArticleSortOrdersByItsKeyAndBreaksTiesById() {
    List<String> ids = newsroom("sorts");
    // Articles 0 and 3 share a publication time: the id decides, in the sort's direction.
    List<String> tie = ids.get(0).compareTo(ids.get(3)) < 0
        ? List.of(ids.get(0), ids.get(3)) : List.of(ids.get(3), ids.get(0));
    assertThat(articleIds("sorts", Map.of("sort", "published")))
        .containsExactly(ids.get(4), tie.get(0), tie.get(1), ids.get(2), ids.get(1));
    assertThat(articleIds("sorts", Map.of()))
        .containsExactly(ids.get(1), ids.get(2), tie.get(1), tie.get(0), ids.get(4));
    assertThat(articleIds("sorts", Map.of("sort", "-published")))
        .isEqualTo(articleIds("sorts", Map.of()));
    assertThat(articleIds("sorts", Map.of("sort", "firstSeen")))
        .containsExactly(ids.get(4), ids.get(1), ids.get(3), ids.get(0), ids.get(2));
    assertThat(articleIds("sorts", Map.of("sort", "-firstSeen")))
        .containsExactly(ids.get(2), ids.get(0), ids.get(3), ids.get(1), ids.get(4));
  }

  @Test
  void cursorPagesWalkEveryArticleSortWithoutGapsOrRepeats() {
    newsroom("walk");
    String feed = story.feed("walk");
    for (String sort : List.of("-published", "published", "firstSeen", "-firstSeen")) {
      Map<String, String> params = Map.of("feed", feed, "sort", sort);
      List<String> whole = ids("/api/articles", params);
      for (int limit : List.of(1, 2, 4, 5)) {
        assertThat(walk("/api/articles", params, limit)).as(sort + " by " + limit)
            .containsExactlyElementsOf(whole);
      }
    }
    Map<String, String> search = Map.of("feed", feed, "q", "police or face");
    List<String> ranked = ids("/api/articles", search);
    assertThat(ranked).hasSize(4);
    assertThat(walk("/api/articles", search, 1)).containsExactlyElementsOf(ranked);
  }

  @Test
  void aCursorIssuedForOneSortIsRefusedUnderAnother() {
    newsroom("mixed");
    String cursor = given().queryParam("feed", story.feed("mixed")).queryParam("sort", "published")
        .queryParam("limit", 1).get("/api/articles").then().statusCode(200)
        .extract().jsonPath().getString("nextCursor");
    given().queryParam("feed", story.feed("mixed")).queryParam("sort", "firstSeen")
        .queryParam("cursor", cursor).get("/api/articles")
        .then().statusCode(400).contentType("application/problem+json")
        .body("detail", containsString("cursor was issued for sort=published, not sort=firstSeen"));
    // Without sort the default applies, and that is not the cursor's sort either.
    given().queryParam("cursor", cursor).get("/api/articles").then().statusCode(400);
  }

  @Test
  void badSortsAndSearchesAre400ProblemsSayingWhatIsAccepted() {
    badRequest("/api/articles", Map.of("sort", "newest"),
        "sort must be one of [-published, published, firstSeen, -firstSeen, relevance], got 'newest'");
    badRequest("/api/articles", Map.of("sort", "relevance"), "sort=relevance needs a search");
    badRequest("/api/articles?q=", Map.of(), "q must not be empty");
    badRequest("/api/articles", Map.of("q", "   "), "q must not be empty");
    badRequest("/api/articles", Map.of("q", "police ".repeat(72)),
        "q must be at most 500 characters, got 503");
    badRequest("/api/developments", Map.of("sort", "published"),
        "sort must be one of [-occurredAt, occurredAt, -knownAt, knownAt, relevance], got 'published'");
    badRequest("/api/developments", Map.of("sort", "relevance"), "sort=relevance needs a search");
    badRequest("/api/developments?q=", Map.of(), "q must not be empty");
  }

  @Test
  void aSearchOfOnlyStopWordsOrOddSyntaxFindsNothingRatherThanFailing() {
    newsroom("odd");
    assertThat(articleIds("odd", Map.of("q", "the and of"))).isEmpty();
    assertThat(articleIds("odd", Map.of("q", "\"unclosed -  or ( ) & | ! :*"))).isEmpty();
  }

  // --- developments ----------------------------------------------------------------------

  /** Three pauses of one agency, months apart, each first reported long after or soon after. */
  private List<String> agencyDevelopments(String agency) {
    List<Story.Item> items = List.of(
        story.reporting("metro-wire", "2020-09-10T10:00:00Z",
            agency + " pauses facial recognition searches for one year",
            DevelopmentKind.MORATORIUM, DevelopmentStatus.ANNOUNCED, agency, "police use", null,
            "one year", "2020-02-03"),
        story.reporting("civic-ledger", "2020-05-05T10:00:00Z",
            agency + " suspends its face matching pilot after an audit",
            DevelopmentKind.MORATORIUM, DevelopmentStatus.ANNOUNCED, agency, "police use", null,
            "90 days", "2020-05-04"),
        story.reporting("harbor-tech-daily", "2020-09-08T10:00:00Z",
            agency + " halts its Clearview trial after complaints from residents",
            DevelopmentKind.MORATORIUM, DevelopmentStatus.ANNOUNCED, agency, "police use", null,
            "six months", "2020-09-07"));
    for (Story.Item item : items) {
      kafka.send(item.discovered());
      kafka.send(item.classified());
    }
    return items.stream().map(Developments::of).toList();
  }

  @Test
  void developmentsAreFoundThroughTheTextOfTheArticlesThatReportThem() {
    String agency = "Eastport Police " + story.run;
    List<String> ids = agencyDevelopments(agency);
    assertThat(ids("/api/developments", Map.of("actor", agency, "q", "clearview")))
        .containsExactly(ids.get(2));
    assertThat(ids("/api/developments", Map.of("actor", agency, "q", "audit or complaints")))
        .containsExactlyInAnyOrder(ids.get(1), ids.get(2));
    // The evidence sentence is the article's text: "Officials confirmed the decision".
    assertThat(ids("/api/developments", Map.of("actor", agency, "q", "\"officials confirmed\"")))
        .hasSize(3);
    assertThat(ids("/api/developments", Map.of("actor", agency, "q", "confirmed -pilot -trial")))
        .containsExactly(ids.get(0));
  }

  @Test
  void everyDevelopmentSortOrdersAndPagesWithoutGapsOrRepeats() {
    String agency = "Westfield Sheriff " + story.run;
    List<String> ids = agencyDevelopments(agency);
    Map<String, List<String>> expected = Map.of(
        "-occurredAt", List.of(ids.get(2), ids.get(1), ids.get(0)),
        "occurredAt", List.of(ids.get(0), ids.get(1), ids.get(2)),
        "knownAt", List.of(ids.get(1), ids.get(2), ids.get(0)),
        "-knownAt", List.of(ids.get(0), ids.get(2), ids.get(1)));
    expected.forEach((sort, order) -> {
      Map<String, String> params = Map.of("actor", agency, "sort", sort);
      assertThat(ids("/api/developments", params)).as(sort).containsExactlyElementsOf(order);
      for (int limit : List.of(1, 2, 3)) {
        assertThat(walk("/api/developments", params, limit)).as(sort + " by " + limit)
            .containsExactlyElementsOf(order);
      }
    });
    Map<String, String> search = Map.of("actor", agency, "q", "officials");
    assertThat(walk("/api/developments", search, 1))
        .containsExactlyElementsOf(ids("/api/developments", search)).hasSize(3);
  }

  // --- helpers ---------------------------------------------------------------------------

  private List<String> articleIds(String feedName, Map<String, String> params) {
    Map<String, String> all = new java.util.HashMap<>(params);
    all.put("feed", story.feed(feedName));
    return ids("/api/articles", all);
  }

  private static List<String> ids(String path, Map<String, String> params) {
    return given().queryParams(params).queryParam("limit", 200).get(path)
        .then().statusCode(200).extract().jsonPath().getList("items.id", String.class);
  }

  /** Follows nextCursor from the first page to the last, collecting ids. */
  private static List<String> walk(String path, Map<String, String> params, int limit) {
    List<String> seen = new ArrayList<>();
    String cursor = null;
    int pages = 0;
    do {
      RequestSpecification request = given().queryParams(params).queryParam("limit", limit);
      if (cursor != null) {
        request.queryParam("cursor", cursor);
      }
      JsonPath page = request.get(path).then().statusCode(200).extract().jsonPath();
      seen.addAll(page.getList("items.id", String.class));
      cursor = page.getString("nextCursor");
      pages++;
      assertThat(pages).as("pages of " + path + " " + params).isLessThan(50);
    } while (cursor != null);
    return seen;
  }

  private static void badRequest(String path, Map<String, String> params, String message) {
    given().queryParams(params).get(path)
        .then().statusCode(400)
        .contentType("application/problem+json")
        .body("status", equalTo(400))
        .body("detail", containsString(message));
  }
}
