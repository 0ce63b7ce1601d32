package org.regwatch.events;

/**
 * The bill or ordinance a legislative development is about, as the article names it. Either part
 * may be missing (many articles give only a number, or only a title); at least one is present.
 *
 * <p>Why it is in the contract: without it a consumer can only guess which bill two articles are
 * about (same actor, jurisdiction and subject), and two bills of one legislature on the same
 * subject collapse into one. Added within version 1 as an optional field (see docs/events.md,
 * compatibility rules): older classifications have no bill.
 *
 * @param number normalised bill number without the jurisdiction, e.g. "AB 642", "S 2052",
 *     "HR 3907", "HB 1202", "LD 1585", "Ordinance 2019-37"; may be null
 * @param title the bill's name as the text gives it, e.g. "Facial Recognition and Biometric
 *     Technology Moratorium Act"; may be null
 */
public record Bill(String number, String title) {

  public Bill {
    number = blankToNull(number);
    title = blankToNull(title);
    if (number == null && title == null) {
      throw new IllegalArgumentException("a bill needs a number or a title");
    }
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }
}
