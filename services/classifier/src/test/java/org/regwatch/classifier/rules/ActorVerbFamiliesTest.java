package org.regwatch.classifier.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.regwatch.events.Development;
import org.regwatch.events.DevelopmentKind;
import org.regwatch.events.DevelopmentStatus;

/**
 * Actor class x verb families written from the language, not from a batch (round 16; docs/rules.md
 * "Courts, data protection authorities, parliaments and use policies"): courts ending a law, courts'
 * temporary halts and their lifting, data protection authorities' orders and findings, parliaments
 * and governments outside the US through the four stages, and official use policies (kind
 * {@code policy}). The table {@code rules/actor-verb-families.psv} holds the firing sentences and
 * the traps (upheld, appealed, sought, urged, promised, past).
 */
class ActorVerbFamiliesTest extends SentenceTable {

  @Override
  String table() {
    return "/rules/actor-verb-families.psv";
  }

  @Test
  void aCourtThatDeclaresAnOrdinanceUnconstitutionalEndsTheLawAndIsItsActor() {
    Development d = Read.headline(Read.title("Court declares city's facial recognition ordinance unconstitutional"));
    assertThat(d.kind()).isEqualTo(DevelopmentKind.LEGISLATION);
    assertThat(d.status()).isEqualTo(DevelopmentStatus.FAILED);
    assertThat(d.actor()).isEqualTo("Court");
  }

  @Test
  void aCourtThatFindsAPracticeUnlawfulWithoutALawStillEnforces() {
    Development d = Read.headline(Read.title("Judge rules police use of facial recognition unlawful"));
    assertThat(d.kind()).isEqualTo(DevelopmentKind.ENFORCEMENT);
  }

  @Test
  void aCourtsInjunctionAgainstAUseIsAPauseAndItsLiftingEndsIt() {
    Development on = Read.headline(Read.title("Judge grants preliminary injunction against school district's facial recognition system"));
    assertThat(on.kind()).isEqualTo(DevelopmentKind.MORATORIUM);
    assertThat(on.status()).isEqualTo(DevelopmentStatus.ANNOUNCED);
    Development off = Read.headline(Read.title("Appeals court lifts injunction on police facial recognition"));
    assertThat(off.kind()).isEqualTo(DevelopmentKind.MORATORIUM);
    assertThat(off.status()).isEqualTo(DevelopmentStatus.ENDED);
  }

  @Test
  void aCourtsInjunctionAgainstANamedCompanyStillEnforces() {
    Development d = Read.headline(Read.title("Judge issues injunction barring Clearview AI from selling facial recognition to police"));
    assertThat(d.kind()).isEqualTo(DevelopmentKind.ENFORCEMENT);
  }

  @Test
  void aDataProtectionAuthoritysOrderIsEnforcementWithTheAuthorityAsActor() {
    Development d = Read.headline(Read.article("Privacy",
        "France's CNIL on Thursday ordered the facial recognition company to delete the photos it had collected of people in France."));
    assertThat(d.kind()).isEqualTo(DevelopmentKind.ENFORCEMENT);
    assertThat(d.actor()).isEqualTo("CNIL (France)");
  }

  @Test
  void aPolicyAdoptedByAPoliceForceIsAnAnnouncedPolicyNotALaw() {
    Development d = Read.headline(Read.title("Police force adopts policy on facial recognition use"));
    assertThat(d.kind()).isEqualTo(DevelopmentKind.POLICY);
    assertThat(d.status()).isEqualTo(DevelopmentStatus.ANNOUNCED);
    assertThat(Read.title("Police force adopts policy on facial recognition use").developments())
        .noneMatch(x -> x.kind() == DevelopmentKind.LEGISLATION);
  }

  @Test
  void aPolicyScrappedIsAnEndedPolicy() {
    Development d = Read.headline(Read.title("Police force scraps facial recognition policy"));
    assertThat(d.kind()).isEqualTo(DevelopmentKind.POLICY);
    assertThat(d.status()).isEqualTo(DevelopmentStatus.ENDED);
  }

  @Test
  void aBarePoliceDepartmentBeforeAPolicyVerbIsTheBodyThatActs() {
    Development d = Read.headline(Read.title("Police department revises facial recognition policy after wrongful arrest"));
    assertThat(d.kind()).isEqualTo(DevelopmentKind.POLICY);
    assertThat(d.actor()).isEqualTo("Police department");
  }

  @Test
  void aCouncilsPolicyVoteKeepsItsLegislativeReading() {
    Development d = Read.headline(Read.title("City council adopts policy banning police facial recognition"));
    assertThat(d.kind()).isNotEqualTo(DevelopmentKind.POLICY);
  }
}
