package org.regwatch.classifier.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.regwatch.events.Development;
import org.regwatch.events.DevelopmentKind;
import org.regwatch.events.DevelopmentStatus;

/**
 * Not news though the words are there, endings by withdrawal, a legislated pause for a period
 * (round 22; docs/rules.md "Not news, and the votes that end things"): a case closed without
 * action, an order to buy, an option weighed in a leaked draft and a pause said to stay in place
 * report nothing; a draft pulled fails; a law that "for N years" bars use starts a pause. The table
 * {@code rules/not-news-and-endings.psv} holds the sentences; the tests here check kind and status.
 */
class NotNewsAndEndingsTest extends SentenceTable {

  @Override
  String table() {
    return "/rules/not-news-and-endings.psv";
  }

  @Test
  void aDraftPulledIsALawFailedNotProposed() {
    Development d = Read.headline(Read.title("Ministry pulls draft law on police face scanning"));
    assertThat(d.kind()).isEqualTo(DevelopmentKind.LEGISLATION);
    assertThat(d.status()).isEqualTo(DevelopmentStatus.FAILED);
  }

  @Test
  void aFineAfterAProbeStaysEnforcement() {
    Development d = Read.headline(Read.title("Watchdog fines store chain over facial recognition after probe"));
    assertThat(d.kind()).isEqualTo(DevelopmentKind.ENFORCEMENT);
  }

  @Test
  void aClosedProbeReportsNoDevelopment() {
    Classification c = Read.title("Data watchdog closes probe into mall face-scanning vendor without action");
    assertThat(c.developments()).noneMatch(Development::headline);
  }

  @Test
  void aLawThatForYearsBarsUseIsAPauseAndALaw() {
    assertThat(Read.labelLine("Schools",
        "The governor on Monday signed a law that for two years prohibits schools from using facial recognition."))
        .isEqualTo("true announced enacted");
  }
}
