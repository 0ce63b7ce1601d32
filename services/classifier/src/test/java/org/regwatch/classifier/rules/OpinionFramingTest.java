package org.regwatch.classifier.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A piece labelled as opinion ("Opinion:", "Editorial:", "Op-ed:", "Commentary |") argues: the
 * pauses and bans its text recalls are its writer's evidence, not news it reports (rules from
 * heldout-13). Its news peg — a development dated to the news moment ("on Wednesday", "this
 * week") — is still found, and the same text under a news headline is still news.
 */
class OpinionFramingTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "Opinion: Washington needs a real law on face surveillance|Two years ago, Amazon put a one-year pause on police use of its face-matching service. Microsoft said it would not sell facial recognition to police until Congress wrote rules. Neither promise binds anyone else, and hundreds of smaller vendors keep selling.",
      "Editorial: Promises from vendors are not rules|Microsoft said it would not sell facial recognition to police until there is a federal law. That is welcome, but it is not enough.",
      "Commentary | The pause that proves the point|Amazon put a one-year moratorium on police use of Rekognition. Congress has done nothing with the time.",
      "Op-ed: Face surveillance needs a warrant|IBM walked away from the facial recognition business, and Amazon paused police sales of its software. Lawmakers have yet to follow.",
  })
  void whatAnOpinionPieceRecallsIsNotItsNews(String title, String text) {
    assertThat(Read.labelLine(title, text)).as(title).isEqualTo("false none none");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      // the news peg, dated to the news moment
      "Opinion: Boston got facial recognition right|On Wednesday, the Boston City Council voted unanimously to ban city agencies from using facial recognition. Other cities should follow its lead.|true none enacted",
      "Opinion: The council was right to pause face recognition|The city council voted this week to pause police use of facial recognition for a year. It should make the pause permanent.|true announced enacted",
      // the same recollection under a news headline is a report
      "Tech firms step back from police face recognition|Microsoft said it would not sell facial recognition to police until there is a federal law. That is welcome, but it is not enough.|true announced none",
  })
  void theNewsPegAndANewsHeadlineStillReport(String title, String text, String labels) {
    assertThat(Read.labelLine(title, text)).as(title).isEqualTo(labels);
  }
}
