package org.regwatch.classifier.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.regwatch.events.Development;
import org.regwatch.events.DevelopmentKind;
import org.regwatch.events.DevelopmentStatus;

/**
 * Three families written from the language (round 23): legislation failed by the calendar (a pending
 * bill or a named Act that expires, dies or lapses with its Congress, session or term; traps: passage
 * at a session's end, a warning, a carry-over, a pause or ban in force that expires) and a hold
 * ended (a use switched on or resumed "ending a hold" named by who asked for it, how long it ran or
 * a relative clause; traps: demands, the verb "hold", conditions, background) and a pending bill
 * that carries a pause ("bill with a freeze … clears House": its stage, no pause yet; traps: a law
 * or signed bill with a pause, a company that pauses "with a freeze"). The table
 * {@code rules/term-deaths-and-holds-ended.psv} holds the sentences; the tests here check what a
 * label line cannot (kind and status of the headline).
 */
class TermDeathsAndHoldsEndedTest extends SentenceTable {

  @Override
  String table() {
    return "/rules/term-deaths-and-holds-ended.psv";
  }

  @Test
  void aBillThatExpiresWithItsCongressFails() {
    Development d = Read.headline(Read.title("Vendor-neutral face surveillance bill expires with the 119th Congress without a hearing"));
    assertThat(d.kind()).isEqualTo(DevelopmentKind.LEGISLATION);
    assertThat(d.status()).isEqualTo(DevelopmentStatus.FAILED);
  }

  @Test
  void aMoratoriumBillThatExpiresEndsNoPauseButFails() {
    Classification c = Read.title("Statewide facial recognition moratorium bill expires again as lawmakers adjourn");
    assertThat(Read.headline(c).status()).isEqualTo(DevelopmentStatus.FAILED);
    assertThat(c.developments()).noneMatch(d -> d.kind() == DevelopmentKind.MORATORIUM
        && d.status() == DevelopmentStatus.ENDED);
  }

  @Test
  void aBanInForceThatExpiresIsNoFailedBill() {
    Classification c = Read.article("Stadium cameras",
        "The stadium's temporary facial recognition ban expires with the end of the season, the club said.");
    assertThat(c.developments()).noneMatch(d -> d.status() == DevelopmentStatus.FAILED);
  }

  @Test
  void aRelativeClauseThatDatesTheHoldDoesNotMakeItsEndBackground() {
    // "had asked" is past perfect, but it tells when the hold began, not when it ended
    Development d = Read.headline(Read.article("Schools",
        "The Marlow Valley school district has switched on the facial recognition system it bought two years ago, ending a hold that the state education office had asked it to keep while rules were rewritten."));
    assertThat(d.kind()).isEqualTo(DevelopmentKind.MORATORIUM);
    assertThat(d.status()).isEqualTo(DevelopmentStatus.ENDED);
  }

  @Test
  void aPendingBillWithAFreezeStartsNoPauseButASignedOneDoes() {
    Classification pending = Read.title("Face-scanning bill with a freeze on new police contracts clears state Senate");
    assertThat(pending.developments()).noneMatch(d -> d.kind() == DevelopmentKind.MORATORIUM);
    assertThat(Read.headline(pending).status()).isEqualTo(DevelopmentStatus.ADVANCING);
    assertThat(Read.labelLine("Governor signs bill with a two-year moratorium on police facial recognition", ""))
        .isEqualTo("true announced enacted");
  }
}
