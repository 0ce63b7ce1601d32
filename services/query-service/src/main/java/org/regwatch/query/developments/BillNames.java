package org.regwatch.query.developments;

import java.util.Locale;
import java.util.regex.Pattern;
import org.regwatch.events.Bill;

/**
 * How two mentions of a bill are compared: outlets write "AB 642", "A.B. 642" or "AB-642", and
 * "Facial Recognition Moratorium Act" or "facial-recognition moratorium act"; case, spacing and
 * punctuation never tell two bills apart.
 */
public final class BillNames {

  /** Runs of anything but letters and digits; compiled once: grouping compares bills per candidate. */
  private static final Pattern NOT_ALPHANUMERIC = Pattern.compile("[^\\p{L}\\p{N}]+");

  private BillNames() {}

  /** "A.B. 642" → "AB642"; null or blank → null. */
  public static String number(String raw) {
    if (raw == null) {
      return null;
    }
    String key = NOT_ALPHANUMERIC.matcher(raw.toUpperCase(Locale.ROOT)).replaceAll("");
    return key.isEmpty() ? null : key;
  }

  /** "The Face-Recognition Act." → "the face recognition act"; null or blank → null. */
  public static String title(String raw) {
    if (raw == null) {
      return null;
    }
    String key = NOT_ALPHANUMERIC.matcher(raw.toLowerCase(Locale.ROOT)).replaceAll(" ").strip();
    return key.isEmpty() ? null : key;
  }

  public static String numberOf(Bill bill) {
    return bill == null ? null : bill.number();
  }

  public static String titleOf(Bill bill) {
    return bill == null ? null : bill.title();
  }

  /** Both name a number (or both a title) and they are not the same bill's. */
  public static boolean contradict(String numberA, String titleA, String numberB, String titleB) {
    return differ(number(numberA), number(numberB)) || differ(title(titleA), title(titleB));
  }

  private static boolean differ(String a, String b) {
    return a != null && b != null && !a.equals(b);
  }
}
