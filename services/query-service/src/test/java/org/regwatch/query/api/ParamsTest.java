package org.regwatch.query.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.regwatch.events.MoratoriumStatus;

class ParamsTest {

  private final ApiConfig config = new ApiConfig() {
    @Override
    public int defaultLimit() {
      return 20;
    }

    @Override
    public int maxLimit() {
      return 200;
    }
  };

  @Test
  void noLimitMeansTheDefault() {
    assertThat(Params.limit(null, config)).isEqualTo(20);
  }

  @Test
  void aLimitAboveTheMaximumIsRefusedWithTheRangeInTheMessage() {
    assertThatThrownBy(() -> Params.limit("201", config))
        .isInstanceOf(ApiException.class)
        .hasMessageContaining("between 1 and 200");
  }

  @Test
  void aNonNumericLimitIsRefused() {
    assertThatThrownBy(() -> Params.limit("ten", config)).hasMessageContaining("'ten'");
  }

  @Test
  void enumValuesAreReadInTheirJsonSpellingAndWrongOnesListTheAllowedValues() {
    assertThat(Params.enumValue("moratorium", "Extended", MoratoriumStatus.class))
        .contains(MoratoriumStatus.EXTENDED);
    assertThatThrownBy(() -> Params.enumValue("moratorium", "paused", MoratoriumStatus.class))
        .hasMessageContaining("announced, extended, ended, none");
  }

  @Test
  void aDateAsUpperBoundIncludesTheWholeDay() {
    assertThat(Params.to("publishedTo", "2020-06-10")).contains(Instant.parse("2020-06-11T00:00:00Z"));
    assertThat(Params.from("publishedFrom", "2020-06-10")).contains(Instant.parse("2020-06-10T00:00:00Z"));
  }

  @Test
  void aMalformedDateIsRefused() {
    assertThatThrownBy(() -> Params.from("publishedFrom", "10/06/2020"))
        .hasMessageContaining("publishedFrom must be a date");
  }

  @Test
  void aCursorSurvivesItsRoundTripAndAForgedOneIsRefused() {
    Cursor cursor = new Cursor(Instant.parse("2020-06-10T22:40:00.123456Z"), "art-9e1f");
    assertThat(Cursor.decode(cursor.encode())).isEqualTo(cursor);
    assertThatThrownBy(() -> Cursor.decode("not-a-cursor")).isInstanceOf(ApiException.class);
  }
}
