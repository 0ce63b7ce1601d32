package org.regwatch.classifier.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.regwatch.events.Development;
import org.regwatch.events.DevelopmentKind;
import org.regwatch.events.DevelopmentStatus;

/**
 * Legislation failed by the calendar, written from the language (round 23; section "Bills that die
 * with the term" of the round's rules doc): a pending bill or a named Act that expires, dies or
 * lapses with its Congress, session or term, and the look-alikes (passage at a session's end, a
 * warning, a carry-over, a pause or ban in force that expires). The table
 * {@code rules/bills-that-die-with-the-term.psv} holds the sentences; the tests here check what a
 * label line cannot (kind and status of the headline).
 */
class BillsThatDieWithTheTermTest extends SentenceTable {

  @Override
  String table() {
    return "/rules/bills-that-die-with-the-term.psv";
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
}
