package org.regwatch.classifier.rules.analysis;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import org.regwatch.classifier.rules.pack.CompiledPack;
import org.regwatch.classifier.rules.pack.RulePackDefinition;
import org.regwatch.classifier.rules.pack.TermRef.Category;
import org.regwatch.events.Development;
import org.regwatch.events.Evidence;

/**
 * Turns a candidate into the contract's {@link Development}: the facts of its sentence (product,
 * scope, duration, dates, jurisdiction), borrowing duration and product from the title and lead
 * for the headline ("for one year" is often in the title only), and a confidence.
 */
public final class DevelopmentBuilder {

  private final CompiledPack pack;
  private final BillNames bills;

  public DevelopmentBuilder(CompiledPack pack) {
    this.pack = pack;
    this.bills = new BillNames(pack.definition().bills());
  }

  public Development build(Candidate c, boolean headline, List<Candidate> headlineZone,
      LocalDate published) {
    FieldText f = c.field();
    List<Mention> ms = f.mentions(c.sentence());
    String product = c.actor() != null ? c.actor().product() : null;
    String scope = null;
    String duration = null;
    Period period = null;
    String jurisdiction = c.actor() != null ? c.actor().jurisdiction() : null;
    int bestScopeDist = Integer.MAX_VALUE;
    for (Mention m : ms) {
      switch (m.category()) {
        case PRODUCT -> {
          // Only the actor's own product: "Amazon's Rekognition" is not IBM's exit.
          String owner = pack.definition().products().get(m.ref().index()).owner();
          if (product == null && (c.actor() == null || owner.equals(c.actor().name()))) {
            product = m.ref().name();
          }
        }
        case SCOPE -> {
          int d = m.tokStart() >= c.trigger().tokEnd()
              ? m.tokStart() - c.trigger().tokEnd()
              : 100 + c.trigger().tokStart() - m.tokEnd();
          if (d < bestScopeDist) {
            bestScopeDist = d;
            scope = m.ref().name();
          }
        }
        case DURATION -> {
          if (duration == null && !PastPoint.ago(f.tokens(), m)) {
            duration = m.ref().name();
            period = pack.durationPeriod(m.ref().index());
          }
        }
        case PLACE -> {
          // A dateline ("SEATTLE —") is not the jurisdiction of a company's decision.
          boolean company = c.actor() != null && c.actor().type() == ActorType.COMPANY;
          if (jurisdiction == null && !company) {
            jurisdiction = pack.definition().places().get(m.ref().index()).name();
          }
        }
        default -> { }
      }
    }
    List<Evidence> evidence = new ArrayList<>();
    evidence.add(f.evidence(c.sentence()));
    if (headline) {
      for (Candidate o : headlineZone) {
        if (o == c || o.family() != c.family() || !o.isNews()) {
          continue;
        }
        List<Mention> oms = o.field().mentions(o.sentence());
        for (Mention m : oms) {
          if (duration == null && m.is(Category.DURATION) && !PastPoint.ago(o.field().tokens(), m)) {
            duration = m.ref().name();
            period = pack.durationPeriod(m.ref().index());
          }
          if (product == null && m.is(Category.PRODUCT) && (c.actor() == null
              || pack.definition().products().get(m.ref().index()).owner().equals(c.actor().name()))) {
            product = m.ref().name();
          }
        }
        if (evidence.size() < 2 && o.field() != c.field()) {
          evidence.add(o.field().evidence(o.sentence()));
        }
      }
      if (jurisdiction == null && c.actor() != null && c.actor().type().isGovernment()) {
        jurisdiction = headlineJurisdiction(headlineZone);
      }
    }
    // Dates: from the development's own sentence, else from the other evidence (a title rarely
    // dates what its lead dates).
    LocalDate effective = null;
    LocalDate expiry = null;
    for (Evidence e : evidence) {
      FieldText ef = e.field() == f.field() ? f : otherField(headlineZone, e.field());
      if (ef == null) {
        continue;
      }
      DateResolver.Dates dates = DateResolver.resolve(ef.masked().substring(e.start(), e.end()), published);
      effective = effective == null ? dates.effective() : effective;
      expiry = expiry == null ? dates.expiry() : expiry;
    }
    if (expiry == null && effective != null && period != null) {
      expiry = effective.plus(period);
    }
    boolean broader = Boolean.TRUE.equals(c.broaderTech());
    double confidence = c.strength() * c.zone().weight() * (c.actor() == null ? 0.8 : 1.0)
        * (c.block() == Block.BACKGROUND ? 0.5 : 1.0);
    confidence = Math.max(0.05, Math.min(1.0, Math.round(confidence * 100) / 100.0));
    return new Development(c.kind(), c.status(), headline, c.actor() == null ? null : c.actor().name(),
        pack.technologyName(broader), product, scope, jurisdiction, duration, effective, expiry,
        confidence, evidence, bills.of(c, headline, headlineZone));
  }

  private static FieldText otherField(List<Candidate> zone, Evidence.Field field) {
    for (Candidate o : zone) {
      if (o.field().field() == field) {
        return o.field();
      }
    }
    return null;
  }

  private String headlineJurisdiction(List<Candidate> zone) {
    for (Candidate o : zone) {
      for (Mention m : o.field().mentions(o.sentence())) {
        if (m.is(Category.PLACE)) {
          RulePackDefinition.Place p = pack.definition().places().get(m.ref().index());
          return p.name();
        }
      }
    }
    return null;
  }
}
