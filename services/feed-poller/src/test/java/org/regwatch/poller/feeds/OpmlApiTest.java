package org.regwatch.poller.feeds;

import static io.restassured.RestAssured.given;
import static org.regwatch.poller.testing.Operator.asOperator;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.regwatch.testsupport.RegwatchInfraResource;

@QuarkusTest
@QuarkusTestResource(value = RegwatchInfraResource.class, restrictToAnnotatedClass = false)
class OpmlApiTest {

  private static String base() {
    return "https://opml-test.example.invalid/" + UUID.randomUUID();
  }

  @Test
  void importingOpml_registersNewFeeds_skipsKnownOnes_andListsTheRejected() {
    String base = base();
    asOperator().contentType("application/json").body("{\"url\":\"" + base + "/known.xml\"}")
        .when().post("/api/feeds").then().statusCode(201);
    String opml = """
        <?xml version="1.0" encoding="UTF-8"?>
        <opml version="2.0"><head><title>My subscriptions</title></head><body>
          <outline text="Policy">
            <outline type="rss" text="Civic Tech Wire" xmlUrl="%1$s/wire.xml" category="/policy,tech"/>
            <outline type="rss" text="Ledger" xmlUrl="%1$s/ledger.xml"/>
          </outline>
          <outline type="rss" text="Known" xmlUrl="%1$s/known.xml"/>
          <outline type="rss" text="Files" xmlUrl="ftp://files.example.org/feed.xml"/>
        </body></opml>
        """.formatted(base);

    asOperator().contentType("text/x-opml").body(opml)
        .when().post("/api/feeds/opml")
        .then().statusCode(200)
        .body("registered", equalTo(2))
        .body("alreadyRegistered", equalTo(1))
        .body("rejected", hasSize(1))
        .body("rejected[0].url", equalTo("ftp://files.example.org/feed.xml"))
        .body("rejected[0].reason", containsString("only http and https"));

    String id = FeedUrls.idFor(base + "/wire.xml");
    given().when().get("/api/feeds/" + id).then().statusCode(200)
        .body("title", equalTo("Civic Tech Wire"))
        .body("tags", equalTo(java.util.List.of("policy", "tech")));
  }

  @Test
  void exportingOpml_listsEveryFeed_andReimportingItChangesNothing() {
    String url = base() + "/export.xml";
    asOperator().contentType("application/json").body("{\"url\":\"" + url + "\",\"title\":\"A & B\",\"tags\":[\"x\"]}")
        .when().post("/api/feeds").then().statusCode(201);

    String opml = given().when().get("/api/feeds/opml").then().statusCode(200)
        .body(containsString("xmlUrl=\"" + url + "\""))
        .body(containsString("title=\"A &amp; B\""))
        .extract().asString();

    int total = given().when().get("/api/feeds").then().extract().jsonPath().getList("id").size();
    asOperator().contentType("text/x-opml").body(opml)
        .when().post("/api/feeds/opml")
        .then().statusCode(200).body("registered", equalTo(0));
    assertThat(given().when().get("/api/feeds").then().extract().jsonPath().getList("id")).hasSize(total);
  }

  @Test
  void opmlWithADoctype_isRefusedAs400() {
    String hostile = """
        <?xml version="1.0"?>
        <!DOCTYPE opml [ <!ENTITY x SYSTEM "file:///etc/passwd"> ]>
        <opml version="2.0"><body><outline xmlUrl="https://x.example/&x;"/></body></opml>
        """;

    asOperator().contentType("text/x-opml").body(hostile)
        .when().post("/api/feeds/opml")
        .then().statusCode(400).contentType("application/problem+json").body("title", equalTo("Invalid OPML"));
  }
}
