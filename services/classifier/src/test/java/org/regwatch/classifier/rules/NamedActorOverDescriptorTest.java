package org.regwatch.classifier.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The headline's place or descriptor gives way to the body the lead names doing the same thing. */
class NamedActorOverDescriptorTest {

  @Test
  void anOrdinalClassInTheHeadlineIsNotTheActor() {
    Classification c = Read.article("Jackson becomes latest U.S. city to ban police facial recognition",
        "The Jackson City Council voted unanimously on Thursday to ban police use of facial "
            + "recognition technology.");
    assertThat(c.labels().actors()).noneMatch(a -> a.contains("city"));
    assertThat(c.labels().actors()).contains("Jackson City Council");
  }

  @Test
  void theSignerNamedInTheLeadReplacesTheStateOfTheHeadline() {
    Classification c = Read.article("Oregon bans facial recognition on police body cameras",
        "Oregon Gov. Kate Brown signed a bill on Tuesday that bans facial recognition technology "
            + "on police body cameras.");
    assertThat(c.labels().actors()).singleElement()
        .satisfies(a -> assertThat(a).contains("Kate Brown"));
  }

  @Test
  void aNamedRegulatorInTheLeadReplacesADescriptorInTheHeadline() {
    Classification c = Read.article("Dutch regulator fines Clearview AI over face database",
        "The Autoriteit Persoonsgegevens fined Clearview AI 30.5 million euros on Tuesday for "
            + "building an illegal facial recognition database.");
    assertThat(c.labels().actors()).containsExactly("Dutch DPA (Autoriteit Persoonsgegevens)");
  }
}
