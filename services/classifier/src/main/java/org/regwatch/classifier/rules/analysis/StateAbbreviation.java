package org.regwatch.classifier.rules.analysis;

import java.util.Map;

/**
 * A chamber or council named with its state's abbreviation, as US headlines write it ("Mass.
 * Senate passes police bill", "Calif. Assembly OKs ban"): the body's name is the state's full
 * name and the body, the name a reader looks up (heldout-20 rules). Only the newspaper forms
 * with their full stop, at the start of a body's name; "Miss" without a stop is a person's title.
 */
final class StateAbbreviation {

  private static final Map<String, String> STATES = Map.ofEntries(
      Map.entry("Ala.", "Alabama"), Map.entry("Ariz.", "Arizona"), Map.entry("Ark.", "Arkansas"),
      Map.entry("Calif.", "California"), Map.entry("Colo.", "Colorado"),
      Map.entry("Conn.", "Connecticut"), Map.entry("Del.", "Delaware"), Map.entry("Fla.", "Florida"),
      Map.entry("Ga.", "Georgia"), Map.entry("Ill.", "Illinois"), Map.entry("Ind.", "Indiana"),
      Map.entry("Kan.", "Kansas"), Map.entry("Ky.", "Kentucky"), Map.entry("La.", "Louisiana"),
      Map.entry("Md.", "Maryland"), Map.entry("Mass.", "Massachusetts"), Map.entry("Mich.", "Michigan"),
      Map.entry("Minn.", "Minnesota"), Map.entry("Miss.", "Mississippi"), Map.entry("Mo.", "Missouri"),
      Map.entry("Mont.", "Montana"), Map.entry("Neb.", "Nebraska"), Map.entry("Nev.", "Nevada"),
      Map.entry("N.H.", "New Hampshire"), Map.entry("N.J.", "New Jersey"),
      Map.entry("N.M.", "New Mexico"), Map.entry("N.Y.", "New York"), Map.entry("N.C.", "North Carolina"),
      Map.entry("N.D.", "North Dakota"), Map.entry("Okla.", "Oklahoma"), Map.entry("Ore.", "Oregon"),
      Map.entry("Pa.", "Pennsylvania"), Map.entry("R.I.", "Rhode Island"),
      Map.entry("S.C.", "South Carolina"), Map.entry("S.D.", "South Dakota"),
      Map.entry("Tenn.", "Tennessee"), Map.entry("Tex.", "Texas"), Map.entry("Vt.", "Vermont"),
      Map.entry("Va.", "Virginia"), Map.entry("Wash.", "Washington"), Map.entry("W.Va.", "West Virginia"),
      Map.entry("Wis.", "Wisconsin"), Map.entry("Wyo.", "Wyoming"));

  private StateAbbreviation() {}

  /** The body's name with a leading state abbreviation written out, else the name as it is. */
  static String expand(String name) {
    int space = name.indexOf(' ');
    if (space <= 0) {
      return name;
    }
    String state = STATES.get(name.substring(0, space));
    return state == null ? name : state + name.substring(space);
  }
}
