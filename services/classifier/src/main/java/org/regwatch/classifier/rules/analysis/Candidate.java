package org.regwatch.classifier.rules.analysis;

import java.time.LocalDate;
import org.regwatch.classifier.rules.text.Sentence;
import org.regwatch.events.DevelopmentKind;
import org.regwatch.events.DevelopmentStatus;

/**
 * A development read from one sentence, before the article-level decision: what, by whom, whether
 * a cue blocks it as news, and the facts around it.
 *
 * @param process true when a legislative-process verb (introduce, pass, sign, veto) decided the
 *     status rather than the content verb of the measure ("ban")
 */
public record Candidate(
    DevelopmentKind kind,
    DevelopmentStatus status,
    Block block,
    boolean weak,
    boolean process,
    double strength,
    FieldText field,
    Sentence sentence,
    Zone zone,
    Mention trigger,
    Actor actor,
    Boolean broaderTech,
    String product,
    String scope,
    String duration,
    java.time.Period period,
    LocalDate effective,
    LocalDate expiry,
    String jurisdiction) {

  public boolean isNews() {
    return block == Block.NONE && kind != DevelopmentKind.ADVOCACY;
  }

  public Family family() {
    return Family.of(kind);
  }

  Candidate with(DevelopmentKind k, DevelopmentStatus s, Block b) {
    return new Candidate(k, s, b, weak, process, strength, field, sentence, zone, trigger, actor,
        broaderTech, product, scope, duration, period, effective, expiry, jurisdiction);
  }

  Candidate withActor(Actor a) {
    return new Candidate(kind, status, block, weak, process, strength, field, sentence, zone, trigger, a,
        broaderTech, product, scope, duration, period, effective, expiry, jurisdiction);
  }

  Candidate withStrength(double st) {
    return new Candidate(kind, status, block, weak, process, st, field, sentence, zone, trigger, actor,
        broaderTech, product, scope, duration, period, effective, expiry, jurisdiction);
  }

  Candidate withFacts(String prod, String sc, String dur, java.time.Period per, LocalDate eff,
      LocalDate exp, String jur) {
    return new Candidate(kind, status, block, weak, process, strength, field, sentence, zone, trigger,
        actor, broaderTech, prod, sc, dur, per, eff, exp, jur);
  }

  /** Developments that compete within one sentence: one per family. */
  public enum Family {
    MORATORIUM, LEGISLATION, EXIT, ENFORCEMENT, ADVOCACY, POLICY;

    static Family of(DevelopmentKind k) {
      return switch (k) {
        case MORATORIUM -> MORATORIUM;
        case LEGISLATION, BAN -> LEGISLATION;
        case EXIT -> EXIT;
        case ENFORCEMENT -> ENFORCEMENT;
        case ADVOCACY -> ADVOCACY;
        case POLICY -> POLICY;
      };
    }
  }
}
