package org.regwatch.classifier.api;

import static io.restassured.RestAssured.given;
import static org.regwatch.classifier.api.Operator.asOperator;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.emptyString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.regwatch.testsupport.RegwatchInfraResource;

@QuarkusTest
@QuarkusTestResource(value = RegwatchInfraResource.class, restrictToAnnotatedClass = false)
class ClassifyResourceTest {

  private static final String TITLE = "Amazon puts a one-year pause on police use of its face recognition software";
  private static final String TEXT =
      "Amazon said on Wednesday that it is implementing a one-year moratorium on police use of"
          + " Rekognition, its facial recognition software. The company said it hopes the pause gives"
          + " Congress enough time to put rules for the technology in place.";

  @Test
  void aPostedArticleComesBackWithItsDevelopmentsAndTheirEvidenceInContext() {
    JsonPath body =
        asOperator()
            .contentType(ContentType.JSON)
            .body(Map.of("title", TITLE, "text", TEXT, "published", "2020-06-10"))
            .when().post("/api/classify")
            .then().statusCode(200)
            .contentType(ContentType.JSON)
            .body("labels.relevant", equalTo(true))
            .body("labels.moratorium", equalTo("announced"))
            .body("labels.actors", hasItem("Amazon"))
            .body("developments[0].kind", equalTo("moratorium"))
            .body("developments[0].highlights[0].match", not(emptyString()))
            .extract().jsonPath();

    Map<String, Object> highlight = body.getMap("developments[0].highlights[0]");
    String source = "title".equals(highlight.get("field")) ? TITLE : TEXT;
    String excerpt = "" + highlight.get("before") + highlight.get("match") + highlight.get("after");
    assertThat(source).contains(excerpt);
    int start = (Integer) highlight.get("start");
    int end = (Integer) highlight.get("end");
    assertThat(source.substring(start, end)).isEqualTo(highlight.get("match"));
    assertThat(body.getList("rulePacks", String.class)).isNotEmpty();
  }

  @Test
  void theDateIsOptional() {
    asOperator()
        .contentType(ContentType.JSON)
        .body(Map.of("text", TEXT))
        .when().post("/api/classify")
        .then().statusCode(200)
        .body("labels.moratorium", equalTo("announced"));
  }

  @Test
  void aTextWithoutDevelopmentsIsIrrelevant() {
    asOperator()
        .contentType(ContentType.JSON)
        .body(Map.of("title", "New phone unlocks with a glance",
            "text", "The handset maker's latest model unlocks when it recognises its owner's face."))
        .when().post("/api/classify")
        .then().statusCode(200)
        .body("labels.relevant", equalTo(false))
        .body("developments", equalTo(List.of()));
  }

  @Test
  void aMissingTextIsAProblem() {
    asOperator()
        .contentType(ContentType.JSON)
        .body(Map.of("title", TITLE))
        .when().post("/api/classify")
        .then().statusCode(400)
        .contentType("application/problem+json")
        .body("type", equalTo("/problems/missing-text"))
        .body("status", equalTo(400))
        .body("title", equalTo("Invalid request"))
        .body("detail", startsWith("text is required"))
        .body("instance", equalTo("/api/classify"));
  }

  @Test
  void aBlankTextIsAProblem() {
    asOperator()
        .contentType(ContentType.JSON)
        .body(Map.of("text", "   \n "))
        .when().post("/api/classify")
        .then().statusCode(400)
        .body("type", equalTo("/problems/missing-text"));
  }

  @Test
  void aDateThatIsNotIsoIsAProblem() {
    asOperator()
        .contentType(ContentType.JSON)
        .body(Map.of("text", TEXT, "published", "10/06/2020"))
        .when().post("/api/classify")
        .then().statusCode(400)
        .contentType("application/problem+json")
        .body("type", equalTo("/problems/invalid-date"));
  }

  @Test
  void aBodyThatIsNotJsonIsAProblem() {
    asOperator()
        .contentType(ContentType.JSON)
        .body("{\"text\": \"unterminated")
        .when().post("/api/classify")
        .then().statusCode(400)
        .contentType("application/problem+json")
        .body("type", equalTo("/problems/malformed-json"));
  }

  @Test
  void anEmptyBodyIsAProblem() {
    asOperator()
        .contentType(ContentType.JSON)
        .when().post("/api/classify")
        .then().statusCode(400)
        .body("type", equalTo("/problems/missing-body"));
  }

  @Test
  void aBodyOverTheLimitIsRefusedAsTooLarge() {
    String huge = "The council met again. ".repeat(50_000); // ~1.15 MB

    asOperator()
        .contentType(ContentType.JSON)
        .body(Map.of("text", huge))
        .when().post("/api/classify")
        .then().statusCode(413)
        .contentType("application/problem+json")
        .body("type", equalTo("/problems/body-too-large"));
  }

  @Test
  void theOperationIsDescribedInTheOpenApiDocument() {
    given()
        .accept("application/json")
        .when().get("/q/openapi")
        .then().statusCode(200)
        .body("paths.'/api/classify'.post.responses.'400'.description", not(emptyString()))
        .body("paths.'/api/retag'.post.responses.'202'.description", not(emptyString()));
  }
}
