package org.regwatch.classifier.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The actors field by how names are built (round 24; docs/rules.md "Actor names: adjectives,
 * chambers by their names, bare titles"): a place adjective that opens a company's name or
 * describes a company is no actor, a parliament by its own name ("State Duma") is one name, and a
 * regulator's bare title is a headline's subject but not the office others create or scrap. The
 * table {@code rules/actor-names.psv} holds the sentences, each with "has X" (some actor contains
 * X) or "lacks X" (no actor is exactly X).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ActorNamesTest {

  Stream<Arguments> rows() {
    return Read.rows("/rules/actor-names.psv");
  }

  @ParameterizedTest(name = "{0}: {1} {2} => {3}")
  @MethodSource("rows")
  void namesTheActorAsAReaderWould(String family, String title, String text, String expected) {
    List<String> actors = Read.article(title, text).labels().actors();
    String what = expected.substring(expected.indexOf(' ') + 1).toLowerCase(Locale.ROOT);
    if (expected.startsWith("has ")) {
      assertThat(actors).as(family + ": " + title + " " + text)
          .anyMatch(a -> a.toLowerCase(Locale.ROOT).contains(what));
    } else {
      assertThat(actors).as(family + ": " + title + " " + text)
          .noneMatch(a -> a.toLowerCase(Locale.ROOT).equals(what));
    }
  }

  @Test
  void theDumaKeepsItsWholeNameAfterAPossessivePlace() {
    List<String> actors = Read.article("Face recognition",
        "Russia's State Duma has passed a bill that bars facial recognition cameras in schools.")
        .labels().actors();
    assertThat(actors).anyMatch(a -> a.endsWith("State Duma"));
  }

  @Test
  void aCompanyOpenedByAPlaceAdjectiveLeavesTheRegulatorAsTheActor() {
    List<String> actors = Read.title("Canadian Maple Outfitters broke privacy law with face scanning, commissioner finds")
        .labels().actors();
    assertThat(actors).containsExactly("commissioner");
  }
}
