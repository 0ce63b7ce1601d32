package org.regwatch.classifier.rules.analysis;

/** What kind of actor a name denotes; decides what its verbs mean (a council's vote enacts). */
public enum ActorType {
  COMPANY, ADVOCATE, REGULATOR, MUNICIPAL, CHAMBER, LEGISLATURE, EXECUTIVE, STATE, COUNTRY,
  SUPRANATIONAL,
  /** A force that uses the technology itself (a police service): it can stop its own use, as a
   *  company can stop selling, but it makes no law and enforces none on others. */
  AGENCY,
  UNKNOWN;

  public boolean isGovernment() {
    return switch (this) {
      case MUNICIPAL, CHAMBER, LEGISLATURE, EXECUTIVE, STATE, COUNTRY, SUPRANATIONAL -> true;
      default -> false;
    };
  }

  /** Bodies whose vote makes law on its own (a city council, a city, a state acting as a whole). */
  public boolean enactsByVote() {
    return this == MUNICIPAL;
  }

  static ActorType ofBody(String type) {
    if (type == null) {
      return UNKNOWN;
    }
    return switch (type.toLowerCase(java.util.Locale.ROOT)) {
      case "municipal" -> MUNICIPAL;
      case "chamber" -> CHAMBER;
      case "legislature" -> LEGISLATURE;
      case "executive" -> EXECUTIVE;
      case "regulator" -> REGULATOR;
      case "agency" -> AGENCY;
      default -> UNKNOWN;
    };
  }

  static ActorType ofPlaceLevel(String level) {
    if (level == null) {
      return UNKNOWN;
    }
    return switch (level.toLowerCase(java.util.Locale.ROOT)) {
      case "city" -> MUNICIPAL;
      case "state" -> STATE;
      case "country" -> COUNTRY;
      case "supranational" -> SUPRANATIONAL;
      default -> UNKNOWN;
    };
  }

  static ActorType ofRole(String role, String type) {
    if (role == null) {
      return UNKNOWN;
    }
    return switch (role.toLowerCase(java.util.Locale.ROOT)) {
      case "company" -> COMPANY;
      case "advocate" -> ADVOCATE;
      case "regulator" -> REGULATOR;
      case "government" -> type == null ? EXECUTIVE : ofBody(type);
      default -> UNKNOWN;
    };
  }
}
