package org.regwatch.query.legislation;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import org.regwatch.query.developments.DevelopmentEntity;
import org.regwatch.query.statusboard.Lineage;

/**
 * One bill with its developments, oldest first.
 *
 * @param id derived from the bill's identity, so it is the same after a rebuild; a bill known
 *     only by its title gets the id of its number once an article names both (the old id then
 *     redirects, {@link BillTracker#movedTo})
 */
record TrackedBill(String id, List<String> key, Lineage lineage) {

  static TrackedBill of(Lineage lineage) {
    return new TrackedBill(idOf(lineage.key()), lineage.key(), lineage);
  }

  String identifiedBy() {
    return key.get(0);
  }

  DevelopmentEntity latest() {
    return lineage.latest();
  }

  LocalDate since() {
    return latest().occurredAt;
  }

  String stage() {
    return latest().status;
  }

  /** As the earliest development naming it writes it. */
  String number() {
    return lineage.developments().stream().map(d -> d.billNumber).filter(Objects::nonNull)
        .findFirst().orElse(null);
  }

  String title() {
    return lineage.developments().stream().map(d -> d.billTitle).filter(Objects::nonNull)
        .findFirst().orElse(null);
  }

  static String idOf(List<String> key) {
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256")
          .digest(String.join("\u0000", key).getBytes(StandardCharsets.UTF_8));
      return "bill-" + HexFormat.of().formatHex(digest, 0, 8);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
