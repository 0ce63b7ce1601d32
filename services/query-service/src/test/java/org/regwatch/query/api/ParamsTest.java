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

  private static final SortKey NEWEST = SortKey.descending("-published", "a.t", "timestamptz");
  private static final SortKey OLDEST = SortKey.ascending("published", "a.t", "timestamptz");
  private static final Sorts SORTS =
      new Sorts(java.util.List.of(NEWEST, OLDEST, SortKey.relevance("r")), NEWEST);

  @Test
  void aCursorSurvivesItsRoundTripAndAForgedOneIsRefused() {
    Cursor cursor = new Cursor("-published", "2020-06-10 22:40:00.123456+00", "art-9e1f");
    assertThat(Cursor.decode(cursor.encode(), NEWEST)).isEqualTo(cursor);
    assertThatThrownBy(() -> Cursor.decode("not-a-cursor", NEWEST))
        .isInstanceOf(ApiException.class).hasMessageContaining("not one this API issued");
  }

  @Test
  void aCursorOfAnotherSortIsRefusedNamingBothSorts() {
    String cursor = new Cursor("-published", "2020-06-10 22:40:00+00", "art-9e1f").encode();
    assertThatThrownBy(() -> Cursor.decode(cursor, OLDEST))
        .hasMessageContaining("sort=-published").hasMessageContaining("not sort=published");
  }

  @Test
  void anUnknownSortIsRefusedListingTheAcceptedOnes() {
    assertThatThrownBy(() -> SORTS.parse("newest", false))
        .hasMessageContaining("sort must be one of [-published, published, relevance]")
        .hasMessageContaining("got 'newest'");
  }

  @Test
  void relevanceIsTheDefaultOfASearchAndNeedsOne() {
    assertThat(SORTS.parse(null, true).name()).isEqualTo("relevance");
    assertThat(SORTS.parse(null, false)).isEqualTo(NEWEST);
    assertThat(SORTS.parse("published", true)).isEqualTo(OLDEST);
    assertThatThrownBy(() -> SORTS.parse("relevance", false)).hasMessageContaining("add q");
  }

  @Test
  void aSearchMustBeNonEmptyAndAtMost500Characters() {
    assertThat(ListRequest.query(null)).isEmpty();
    assertThat(ListRequest.query(" \"police use\" -amazon ")).contains("\"police use\" -amazon");
    assertThatThrownBy(() -> ListRequest.query("  ")).hasMessageContaining("q must not be empty");
    assertThat(ListRequest.query("a".repeat(500))).isPresent();
    assertThatThrownBy(() -> ListRequest.query("a".repeat(501)))
        .hasMessageContaining("q must be at most 500 characters, got 501");
  }
}
