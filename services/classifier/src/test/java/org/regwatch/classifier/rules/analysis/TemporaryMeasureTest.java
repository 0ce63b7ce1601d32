package org.regwatch.classifier.rules.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TemporaryMeasureTest {

  @Test
  void aPeriodAdjectiveOnTheBanMakesItTemporary() {
    assertThat(TemporaryMeasure.in("Governor signs three-year ban on face recognition")).isTrue();
  }

  @Test
  void aPeriodAfterTheBanVerbMakesItTemporary() {
    assertThat(TemporaryMeasure.in("The council voted to ban the technology for two years.")).isTrue();
  }

  @Test
  void temporarilyMakesItTemporary() {
    assertThat(TemporaryMeasure.in("A law temporarily banning police use took effect.")).isTrue();
  }

  @Test
  void aPeriodThatDatesSomethingElseDoesNot() {
    assertThat(TemporaryMeasure.in("The governor signed the bill, ending a three-year fight over the ban.")).isFalse();
  }

  @Test
  void aPeriodSinceAnEventDoesNot() {
    assertThat(TemporaryMeasure.in("Two years after its ban, the council voted to let police use it again.")).isFalse();
  }

  @Test
  void aPermanentBanIsNotTemporary() {
    assertThat(TemporaryMeasure.in("Governor signs permanent ban on facial recognition")).isFalse();
  }
}
