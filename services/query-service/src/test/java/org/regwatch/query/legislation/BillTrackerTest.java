package org.regwatch.query.legislation;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.regwatch.events.Bill;
import org.regwatch.events.DevelopmentStatus;
import org.regwatch.query.fixtures.Developments;
import org.regwatch.query.fixtures.Eventually;
import org.regwatch.query.fixtures.Story;
import org.regwatch.query.fixtures.TestKafka;
import org.regwatch.testsupport.RegwatchInfraResource;

/**
 * The legislation tracker over classifications that name their bills, through the real broker
 * and database. Every test legislates in a jurisdiction of its own (the run id), so tests sharing
 * the database never see each other's bills.
 */
@QuarkusTest
@QuarkusTestResource(value = RegwatchInfraResource.class, restrictToAnnotatedClass = false)
class BillTrackerTest {

  private final Story story = new Story();
  private final TestKafka kafka = new TestKafka();
  private final String state = "Calloway " + story.run;
  private final String legislature = "Calloway State Legislature " + story.run;

  @AfterEach
  void close() {
    kafka.close();
  }

  @Test
  void twoBillsOfOneStateLegislatureOnFacialRecognitionStayTwoBills() {
    sendAll(
        story.legislating("capitol-report", "2021-02-01T10:00:00Z",
            "Calloway lawmakers introduce a bill to ban police facial recognition",
            DevelopmentStatus.PROPOSED, legislature, state, new Bill("AB 642", null)),
        story.legislating("valley-observer", "2021-02-02T09:00:00Z",
            "Calloway lawmakers introduce a bill to limit police facial recognition",
            DevelopmentStatus.PROPOSED, legislature, state,
            new Bill("AB 1034", "Police Biometric Surveillance Limits Act")));

    Eventually.assertThat(() -> bills("jurisdiction", state).body("items", hasSize(2))
        .body("items.number", containsInAnyOrder("AB 642", "AB 1034"))
        .body("items.identifiedBy", containsInAnyOrder("number", "number"))
        .body("items.find { it.number == 'AB 1034' }.title",
            equalTo("Police Biometric Surveillance Limits Act")));
    // and two developments, though actor, scope, jurisdiction, date and wording agree
    given().queryParam("actor", legislature).get("/api/developments").then().statusCode(200)
        .body("items", hasSize(2));
  }

  @Test
  void aNumberOnlyAndATitleOnlyArticleJoinThroughAnArticleThatNamesBoth() {
    String act = "Face Recognition Accountability Act";
    Story.Item numberOnly = story.legislating("capitol-report", "2021-03-01T10:00:00Z",
        "Senate bill would require warrants for police face recognition searches",
        DevelopmentStatus.PROPOSED, legislature, state, new Bill("SB 1044", null));
    Story.Item titleOnly = story.legislating("metro-wire", "2021-03-20T10:00:00Z",
        "What the face recognition accountability act would change for police",
        DevelopmentStatus.PROPOSED, legislature, state, new Bill(null, act));
    sendAll(numberOnly, titleOnly);
    Eventually.assertThat(() -> bills("jurisdiction", state).body("items", hasSize(2))
        .body("items.identifiedBy", containsInAnyOrder("number", "title")));

    Story.Item both = story.legislating("civic-ledger", "2021-04-12T10:00:00Z",
        "Senate committee advances SB 1044, the Face Recognition Accountability Act",
        DevelopmentStatus.ADVANCING, legislature, state, new Bill("S.B. 1044", act));
    sendAll(both);

    Eventually.assertThat(() -> bills("jurisdiction", state).body("items", hasSize(1))
        .body("items[0].number", equalTo("SB 1044"))
        .body("items[0].title", equalTo(act))
        .body("items[0].stage", equalTo("advancing"))
        .body("items[0].stages.sources.flatten().articleId",
            containsInAnyOrder(numberOnly.id(), titleOnly.id(), both.id())));
  }

  @Test
  void aTitleOnlyBillsIdRedirectsToItsNumbersIdOnceAnArticleLinksThem() {
    String act = "Biometric Privacy in Policing Act";
    sendAll(story.legislating("metro-wire", "2021-06-01T10:00:00Z",
        "Lawmakers unveil the biometric privacy in policing act",
        DevelopmentStatus.PROPOSED, legislature, state, new Bill(null, act)));
    Eventually.assertThat(() -> bills("jurisdiction", state).body("items", hasSize(1))
        .body("items[0].identifiedBy", equalTo("title")));
    String titleId = bills("jurisdiction", state).extract().path("items[0].id");

    sendAll(story.legislating("capitol-report", "2021-06-20T10:00:00Z",
        "Senate committee clears SB 310, the Biometric Privacy in Policing Act",
        DevelopmentStatus.ADVANCING, legislature, state, new Bill("SB 310", act)));
    Eventually.assertThat(() -> bills("jurisdiction", state).body("items", hasSize(1))
        .body("items[0].identifiedBy", equalTo("number")));
    String numberId = bills("jurisdiction", state).extract().path("items[0].id");

    assertThat(numberId).isNotEqualTo(titleId);
    given().redirects().follow(false).get("/api/bills/" + titleId).then().statusCode(308)
        .header("Location", containsString("/api/bills/" + numberId));
    given().get("/api/bills/" + titleId).then().statusCode(200).body("id", equalTo(numberId))
        .body("stages", hasSize(2));
  }

  @Test
  void anUnnamedBillsIdRedirectsOnceAnArticleNamesTheBill() {
    String council = "Harbor City Council " + story.run;
    sendAll(story.legislating("metro-wire", "2021-07-01T10:00:00Z",
        "Harbor council drafts a ban on police facial recognition",
        DevelopmentStatus.PROPOSED, council, state, null));
    Eventually.assertThat(() -> bills("actor", council).body("items", hasSize(1))
        .body("items[0].identifiedBy", equalTo("lineage")));
    String lineageId = bills("actor", council).extract().path("items[0].id");

    sendAll(story.legislating("capitol-report", "2021-07-02T10:00:00Z",
        "Harbor council drafts Ordinance 2021-14 banning police facial recognition",
        DevelopmentStatus.PROPOSED, council, state, new Bill("Ordinance 2021-14", null)));
    Eventually.assertThat(() -> bills("actor", council).body("items", hasSize(1))
        .body("items[0].identifiedBy", equalTo("number")));
    String numberId = bills("actor", council).extract().path("items[0].id");

    given().redirects().follow(false).get("/api/bills/" + lineageId).then().statusCode(308)
        .header("Location", containsString("/api/bills/" + numberId));
  }

  @Test
  void aBillIsFollowedFromProposedThroughAdvancingToEnactedWithTheDateAndSourcesOfEachStage() {
    Bill hb1202 = new Bill("HB 1202", "Biometric Surveillance Moratorium Act");
    Story.Item introduced = story.legislating("capitol-report", "2022-01-10T15:00:00Z",
        "House bill would pause police facial recognition in Calloway",
        DevelopmentStatus.PROPOSED, legislature, state, hb1202);
    Story.Item introducedElsewhere = story.legislating("valley-observer", "2022-01-11T08:00:00Z",
        "House bill would pause police facial recognition across Calloway",
        DevelopmentStatus.PROPOSED, legislature, state, new Bill("HB 1202", null));
    Story.Item passedHouse = story.legislating("metro-wire", "2022-02-15T19:30:00Z",
        "Calloway House passes the facial recognition pause",
        DevelopmentStatus.ADVANCING, legislature, state, hb1202);
    Story.Item signed = story.legislating("civic-ledger", "2022-04-01T12:00:00Z",
        "Governor signs the facial recognition pause into law",
        DevelopmentStatus.ENACTED, "Governor of Calloway " + story.run, state, hb1202);
    sendAll(introduced, introducedElsewhere, passedHouse, signed);

    Eventually.assertThat(() -> bills("q", "hb 1202").body("items", hasSize(1))
        .body("items[0].number", equalTo("HB 1202"))
        .body("items[0].jurisdiction", equalTo(state))
        .body("items[0].stage", equalTo("enacted"))
        .body("items[0].since", equalTo("2022-04-01"))
        .body("items[0].stages.stage", equalTo(List.of("proposed", "advancing", "enacted")))
        .body("items[0].stages.occurredAt",
            equalTo(List.of("2022-01-10", "2022-02-15", "2022-04-01")))
        .body("items[0].stages[0].sources.articleId",
            equalTo(List.of(introduced.id(), introducedElsewhere.id())))
        .body("items[0].stages[0].sources.url", hasItem(introduced.discovered().data().url()))
        .body("items[0].stages[2].sources.title",
            equalTo(List.of("Governor signs the facial recognition pause into law"))));

    String id = bills("q", "hb 1202").extract().path("items[0].id");
    String etag = given().get("/api/bills/" + id).then().statusCode(200)
        .body("id", equalTo(id)).body("title", equalTo("Biometric Surveillance Moratorium Act"))
        .body("stages", hasSize(3)).extract().header("ETag");
    given().header("If-None-Match", etag).get("/api/bills/" + id).then().statusCode(304);
    // the governor acted on the bill too: the actor filter finds it through him
    bills("actor", "governor of calloway " + story.run).body("items.id", equalTo(List.of(id)));
    bills("q", "moratorium act").body("items.id", hasItem(id));
    given().queryParam("q", "hb 1202").queryParam("stage", "advancing").get("/api/bills").then()
        .statusCode(200).body("items", hasSize(0));
  }

  @Test
  void aBillReadBeforeItsNextStageShowsThatStageOnceItIsProjected() {
    // the bills are grouped once per read-model version: a read between two stages must not
    // pin the first stage for later readers
    Bill sb77 = new Bill("SB 77", null);
    sendAll(story.legislating("capitol-report", "2023-01-09T15:00:00Z",
        "Senate bill would limit face searches in Calloway", DevelopmentStatus.PROPOSED,
        legislature, state, sb77));
    Eventually.assertThat(() -> bills("q", "sb 77").body("items[0].stage", equalTo("proposed")));

    sendAll(story.legislating("metro-wire", "2023-02-20T18:00:00Z",
        "Calloway Senate passes limits on face searches", DevelopmentStatus.ADVANCING,
        legislature, state, sb77));

    Eventually.assertThat(() -> bills("q", "sb 77").body("items[0].stage", equalTo("advancing"))
        .body("items[0].stages.stage", equalTo(List.of("proposed", "advancing"))));
  }

  @Test
  void aLaterArticleNamingTheBillFillsADevelopmentThatHadNoneAndTheHistorySaysSo() {
    Story.Item unnamed = story.legislating("metro-wire", "2021-05-03T10:00:00Z",
        "Calloway lawmakers propose a ban on police facial recognition",
        DevelopmentStatus.PROPOSED, legislature, state, null);
    sendAll(unnamed);
    String development = Developments.of(unnamed);
    Eventually.assertThat(() -> bills("jurisdiction", state).body("items", hasSize(1))
        .body("items[0].identifiedBy", equalTo("lineage")));

    Story.Item named = story.legislating("capitol-report", "2021-05-04T10:00:00Z",
        "Calloway lawmakers propose a ban on police facial recognition in AB 77",
        DevelopmentStatus.PROPOSED, legislature, state, new Bill("AB 77", null));
    sendAll(named);

    Eventually.assertThat(() -> given().get("/api/developments/" + development).then()
        .statusCode(200).body("sourceCount", equalTo(2)).body("bill.number", equalTo("AB 77"))
        .body("history.find { it.change == 'corrected' && it.field == 'billNumber' }.newValue",
            equalTo("AB 77")));
    bills("jurisdiction", state).body("items", hasSize(1))
        .body("items[0].identifiedBy", equalTo("number")).body("items[0].number", equalTo("AB 77"));
  }

  @Test
  void aClassificationThatNamesNoBillStillAppearsUnderItsActorJurisdictionAndScope() {
    String council = "Riverton City Council " + story.run;
    sendAll(story.legislating("metro-wire", "2020-09-14T10:00:00Z",
        "Riverton council drafts limits on police facial recognition",
        DevelopmentStatus.PROPOSED, council, state, null));

    Eventually.assertThat(() -> bills("actor", council).body("items", hasSize(1))
        .body("items[0].identifiedBy", equalTo("lineage"))
        .body("items[0].number", nullValue())
        .body("items[0].actor", equalTo(council))
        .body("items[0].scope", equalTo("police use"))
        .body("items[0].stage", equalTo("proposed")));
  }

  @Test
  void pagesFollowTheCursorWithoutSkippingOrRepeatingAndTheLastFullPageHasNoNextCursor() {
    for (int i = 1; i <= 3; i++) {
      sendAll(story.legislating("capitol-report", "2021-0" + (i + 5) + "-01T10:00:00Z",
          "Calloway bill number " + i + " on police facial recognition",
          DevelopmentStatus.PROPOSED, legislature, state, new Bill("AB " + (900 + i), null)));
    }
    Eventually.assertThat(() -> bills("jurisdiction", state).body("items", hasSize(3)));

    JsonPath first = given().queryParam("jurisdiction", state).queryParam("limit", 2)
        .get("/api/bills").then().statusCode(200).body("items", hasSize(2)).extract().jsonPath();
    List<String> numbers = new ArrayList<>(first.getList("items.number", String.class));
    assertThat(first.getString("nextCursor")).isNotNull();
    given().queryParam("jurisdiction", state).queryParam("limit", 2)
        .queryParam("cursor", first.getString("nextCursor")).get("/api/bills").then()
        .statusCode(200).body("items", hasSize(1)).body("nextCursor", nullValue())
        .extract().jsonPath().getList("items.number", String.class).forEach(numbers::add);
    // newest stage first
    assertThat(numbers).containsExactly("AB 903", "AB 902", "AB 901");
    given().queryParam("jurisdiction", state).queryParam("limit", 3).get("/api/bills").then()
        .statusCode(200).body("items", hasSize(3)).body("nextCursor", nullValue());
  }

  @Test
  void badParametersAre400ProblemsNamingTheParameter() {
    problem("stage", "signed", "stage must be one of");
    problem("limit", "0", "limit must be between 1 and 200");
    problem("limit", "many", "limit must be an integer");
    problem("cursor", "not-a-cursor", "cursor is not one this API issued");
    problem("q", "", "q must not be empty");
    problem("q", "x".repeat(501), "q must be at most 500 characters");
  }

  @Test
  void anUnknownBillIsA404Problem() {
    given().get("/api/bills/bill-0000000000000000").then().statusCode(404)
        .contentType("application/problem+json")
        .body("detail", containsString("bill-0000000000000000"));
  }

  @Test
  void theOpenApiDocumentDescribesBothBillEndpoints() {
    given().get("/q/openapi?format=json").then().statusCode(200)
        .body("paths.'/api/bills'.get.parameters.name",
            hasItems("actor", "jurisdiction", "stage", "q", "limit", "cursor"))
        .body("paths.'/api/bills'.get.responses.'400'", notNullValue())
        .body("paths.'/api/bills/{id}'.get.responses.'404'", notNullValue());
  }

  private static io.restassured.response.ValidatableResponse bills(String name, String value) {
    return given().queryParam(name, value).get("/api/bills").then().statusCode(200);
  }

  private static void problem(String name, String value, String detail) {
    given().queryParam(name, value).get("/api/bills").then().statusCode(400)
        .contentType("application/problem+json").body("detail", containsString(detail));
  }

  private void sendAll(Story.Item... items) {
    for (Story.Item item : items) {
      kafka.send(item.discovered());
      kafka.send(item.classified());
    }
  }
}
