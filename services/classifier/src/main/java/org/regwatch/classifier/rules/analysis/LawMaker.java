package org.regwatch.classifier.rules.analysis;

/**
 * Who acts when a country's pause is imposed by a law: the parliament or chamber that made the
 * law, not the country as a whole. "Italy freezes face scanning in public places", told with "a
 * measure that won final approval in the Chamber of Deputies" or "after Parliament wrote the new
 * date into a law": the legislature took the step. A state or city keeps its own name (a governor
 * signs, a council votes for the city), and so does a country whose law was made by no chamber
 * the title or lead names (a government decree).
 */
public final class LawMaker {

  private LawMaker() {}

  /** The law's maker's name when {@code pauser} is a country and the law's actor a chamber or
   *  legislature; else null. */
  public static String of(Actor pauser, Actor lawActor) {
    if (pauser == null || lawActor == null || pauser.type() != ActorType.COUNTRY) {
      return null;
    }
    return lawActor.type() == ActorType.CHAMBER || lawActor.type() == ActorType.LEGISLATURE
        ? lawActor.name() : null;
  }
}
