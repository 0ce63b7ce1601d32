package org.regwatch.classifier.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class PublishedDateTest {

  @Test
  void anIsoDateIsThatDay() {
    assertThat(PublishedDate.parse("2020-06-10")).isEqualTo(LocalDate.of(2020, 6, 10));
  }

  @Test
  void aDateTimeWithOffsetIsTheDayWhereItWasPublished() {
    assertThat(PublishedDate.parse("2020-06-10T23:30:00-07:00")).isEqualTo(LocalDate.of(2020, 6, 10));
  }

  @Test
  void anAbsentOrBlankDateIsUnknown() {
    assertThat(PublishedDate.parse(null)).isNull();
    assertThat(PublishedDate.parse("  ")).isNull();
  }

  @Test
  void aDateInAnotherFormatIsABadRequest() {
    assertThatThrownBy(() -> PublishedDate.parse("June 10, 2020"))
        .isInstanceOf(ProblemException.class)
        .hasMessageContaining("ISO-8601")
        .extracting(e -> ((ProblemException) e).status())
        .isEqualTo(400);
  }

  @Test
  void anImpossibleDateIsABadRequest() {
    assertThatThrownBy(() -> PublishedDate.parse("2020-02-30")).isInstanceOf(ProblemException.class);
  }
}
