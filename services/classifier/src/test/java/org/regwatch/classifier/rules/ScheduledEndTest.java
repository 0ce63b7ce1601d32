package org.regwatch.classifier.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.regwatch.events.MoratoriumStatus;

/**
 * An ending verb after "due to", "set to" or "scheduled to" dates the end a pause was to have; it
 * is no end that happened (sentences written for these tests).
 */
class ScheduledEndTest {

  @Test
  void aPauseKeptPastTheEndItWasDueToHaveIsExtended() {
    Classification c = Read.article("Harbour Line keeps station face matching switched off",
        "Harbour Line, a commuter rail operator, said on Tuesday it would keep the facial recognition "
            + "function of its station cameras switched off indefinitely, extending a suspension that "
            + "had been due to end this month.");
    assertThat(c.labels().moratorium()).isEqualTo(MoratoriumStatus.EXTENDED);
  }

  @Test
  void aPauseScheduledToEndLaterHasNotEnded() {
    Classification c = Read.article("Westbrook council extends its face-scan pause",
        "The Westbrook City Council voted on Tuesday to extend the police department's facial "
            + "recognition moratorium, which was set to end in June, until the end of next year.");
    assertThat(c.labels().moratorium()).isEqualTo(MoratoriumStatus.EXTENDED);
  }

  @Test
  void aPauseThatEndedIsStillEnded() {
    Classification c = Read.article("Westbrook police may use face matching again",
        "The Westbrook City Council voted on Tuesday to end the police department's facial "
            + "recognition moratorium, two years after it began.");
    assertThat(c.labels().moratorium()).isEqualTo(MoratoriumStatus.ENDED);
  }
}
