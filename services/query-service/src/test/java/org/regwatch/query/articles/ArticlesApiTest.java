package org.regwatch.query.articles;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.regwatch.query.fixtures.Eventually;
import org.regwatch.query.fixtures.Story;
import org.regwatch.query.fixtures.TestKafka;
import org.regwatch.testsupport.RegwatchInfraResource;

/** GET /api/articles and /api/articles/{id}: filters, pagination, ETags and errors. */
@QuarkusTest
@QuarkusTestResource(value = RegwatchInfraResource.class, restrictToAnnotatedClass = false)
class ArticlesApiTest {

  private final Story story = new Story();
  private final TestKafka kafka = new TestKafka();

  @AfterEach
  void close() {
    kafka.close();
  }

  @Test
  void anUnknownArticleIsA404ProblemDetail() {
    given().get("/api/articles/art-does-not-exist")
        .then().statusCode(404)
        .contentType("application/problem+json")
        .body("status", equalTo(404))
        .body("title", equalTo("Not Found"))
        .body("detail", containsString("art-does-not-exist"))
        .body("instance", equalTo("/api/articles/art-does-not-exist"));
  }

  @Test
  void badParametersAre400ProblemsThatNameTheParameter() {
    assertBadRequest("limit", "0", "limit must be between 1 and 200");
    assertBadRequest("limit", "lots", "limit must be an integer");
    assertBadRequest("limit", "201", "limit must be between 1 and 200");
    assertBadRequest("relevant", "maybe", "relevant must be true or false");
    assertBadRequest("moratorium", "paused", "moratorium must be one of");
    assertBadRequest("legislation", "signed", "legislation must be one of");
    assertBadRequest("publishedFrom", "yesterday", "publishedFrom must be a date");
    assertBadRequest("cursor", "bm90LWEtY3Vyc29y", "cursor is not one this API issued");
  }

  @Test
  void anUnknownPathIsAlsoAProblemDetail() {
    given().get("/api/nothing-here").then().statusCode(404)
        .contentType("application/problem+json").body("status", equalTo(404));
  }

  @Test
  void pagesFollowEachOtherNewestFirstWithoutGapsOrRepeatsAndTheLastHasNoCursor() {
    List<String> expected = new ArrayList<>();
    // Two share a publication time: the id breaks the tie, so the cursor must carry it too.
    String[] times = {"2020-06-15T10:00:00Z", "2020-06-14T10:00:00Z", "2020-06-14T10:00:00Z",
        "2020-06-13T10:00:00Z", "2020-06-12T10:00:00Z"};
    for (int i = 0; i < times.length; i++) {
      Story.Item item = story.plain("pager", times[i], "Pager article " + i);
      kafka.send(item.discovered());
    }
    String feed = story.feed("pager");
    Eventually.assertThat(() -> given().queryParam("feed", feed).get("/api/articles")
        .then().body("items", hasSize(5)));
    given().queryParam("feed", feed).get("/api/articles").then().extract().jsonPath()
        .getList("items.id", String.class).forEach(expected::add);

    List<String> seen = new ArrayList<>();
    String cursor = null;
    int pages = 0;
    do {
      var request = given().queryParam("feed", feed).queryParam("limit", 2);
      if (cursor != null) {
        request.queryParam("cursor", cursor);
      }
      Response page = request.get("/api/articles");
      page.then().statusCode(200);
      seen.addAll(page.jsonPath().getList("items.id", String.class));
      cursor = page.jsonPath().getString("nextCursor");
      pages++;
    } while (cursor != null);

    assertThat(pages).isEqualTo(3);
    assertThat(seen).containsExactlyElementsOf(expected).doesNotHaveDuplicates().hasSize(5);
    given().queryParam("feed", feed).get("/api/articles").then()
        .body("items[0].published", equalTo("2020-06-15T10:00:00Z"))
        .body("items[4].published", equalTo("2020-06-12T10:00:00Z"));
  }

  @Test
  void aPageExactlyAsLargeAsWhatIsLeftHasNoNextCursor() {
    Story.Item item = story.plain("exact", "2020-06-15T10:00:00Z", "Only article");
    kafka.send(item.discovered());
    Eventually.assertThat(() -> given().queryParam("feed", story.feed("exact"))
        .queryParam("limit", 1).get("/api/articles")
        .then().body("items", hasSize(1)).body("nextCursor", nullValue()));
  }

  @Test
  void filtersSelectByLabelsActorTagAndPublicationDate() {
    List<Story.Item> items = new ArrayList<>(story.amazon2020FourOutlets());
    items.add(story.amazon2021Extension());
    items.add(story.faceUnlockProduct());
    for (Story.Item item : items) {
      kafka.send(item.discovered());
      kafka.send(item.classified());
    }
    String courier = story.feed("northfield-courier");
    Eventually.assertThat(() -> given().queryParam("feed", courier).get("/api/articles")
        .then().body("items", hasSize(2)).body("items.classification", hasSize(2))
        .body("items[0].classification", notNullValue())
        .body("items[1].classification", notNullValue()));
    String daily = story.feed("harbor-tech-daily");
    Eventually.assertThat(() -> given().queryParam("feed", daily).get("/api/articles")
        .then().body("items", hasSize(2))
        .body("items[0].classification", notNullValue())
        .body("items[1].classification", notNullValue()));

    given().queryParam("feed", courier).queryParam("moratorium", "extended").get("/api/articles")
        .then().body("items", hasSize(1)).body("items[0].id", equalTo(items.get(4).id()));
    given().queryParam("feed", courier).queryParam("actor", "AMAZON").get("/api/articles")
        .then().body("items", hasSize(2));
    given().queryParam("feed", daily).queryParam("relevant", "false").get("/api/articles")
        .then().body("items", hasSize(1)).body("items[0].id", equalTo(items.get(5).id()));
    given().queryParam("feed", daily).queryParam("tag", "gadgets").get("/api/articles")
        .then().body("items", hasSize(1)).body("items[0].id", equalTo(items.get(5).id()));
    given().queryParam("feed", courier).queryParam("publishedFrom", "2021-01-01")
        .get("/api/articles").then().body("items", hasSize(1));
    given().queryParam("feed", courier).queryParam("publishedTo", "2020-06-10")
        .get("/api/articles").then().body("items", hasSize(1))
        .body("items[0].id", equalTo(items.get(0).id()));
  }

  @Test
  void anUnchangedArticleAnswers304ToItsETag() {
    Story.Item item = story.faceUnlockProduct();
    kafka.send(item.discovered());
    Eventually.assertThat(() -> given().get("/api/articles/" + item.id()).then().statusCode(200));
    String etag = given().get("/api/articles/" + item.id()).then().extract().header("ETag");
    assertThat(etag).isNotBlank();
    given().header("If-None-Match", etag).get("/api/articles/" + item.id())
        .then().statusCode(304);
  }

  @Test
  void theOpenApiDocumentAndSwaggerUiAreServed() {
    given().get("/q/openapi?format=json").then().statusCode(200)
        .body("paths.'/api/articles'", notNullValue())
        .body("paths.'/api/articles/{id}'", notNullValue());
    given().get("/q/swagger-ui/").then().statusCode(200);
  }

  @Test
  void readinessReportsTheDatabaseTheBrokerAndTheProjection() {
    given().get("/q/health/ready").then().statusCode(200)
        .body("status", equalTo("UP"))
        .body("checks.name", org.hamcrest.Matchers.hasItems("projection"))
        .body(containsString("Database connections health check"));
  }

  private static void assertBadRequest(String param, String value, String message) {
    given().queryParam(param, value).get("/api/articles")
        .then().statusCode(400)
        .contentType("application/problem+json")
        .body("status", equalTo(400))
        .body("detail", containsString(message));
  }
}
