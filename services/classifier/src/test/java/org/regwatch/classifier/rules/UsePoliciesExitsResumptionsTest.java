package org.regwatch.classifier.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.regwatch.events.Development;
import org.regwatch.events.DevelopmentKind;
import org.regwatch.events.DevelopmentStatus;

/**
 * Rules of use, exits and resumptions (round 21; docs/rules.md "Rules of use, exits and
 * resumptions"): an organisation's own rules of use are a policy, not legislation; a stop told as
 * done with no time is an exit; a duty back "once again" ends a pause; the final wording of a law
 * endorsed is a step. The table {@code rules/use-policies-exits-resumptions.psv} holds the
 * sentences; the tests here check what a label line cannot (kind, status, who acts).
 */
class UsePoliciesExitsResumptionsTest extends SentenceTable {

  @Override
  String table() {
    return "/rules/use-policies-exits-resumptions.psv";
  }

  @Test
  void aPoliceCommissionsWrittenPolicyIsAPolicyOfTheCommission() {
    Development d = Read.headline(Read.article("Police and face searches",
        "The Harbour City Police Commission on Monday approved the department's first written policy on facial recognition, limiting searches to booking photos."));
    assertThat(d.kind()).isEqualTo(DevelopmentKind.POLICY);
    assertThat(d.status()).isEqualTo(DevelopmentStatus.ANNOUNCED);
  }

  @Test
  void aProfessionalBodysGuidanceIsAPolicy() {
    Development d = Read.headline(Read.title("National policing body publishes guidance on live facial recognition for forces"));
    assertThat(d.kind()).isEqualTo(DevelopmentKind.POLICY);
  }

  @Test
  void aStopToldAsDoneWithoutATimeIsAnExit() {
    Development d = Read.headline(Read.title("Pharmacy chain has stopped using facial recognition in its stores"));
    assertThat(d.kind()).isEqualTo(DevelopmentKind.EXIT);
    assertThat(Read.headline(Read.title("Recruiting firm no longer uses facial analysis to assess candidates")).kind())
        .isEqualTo(DevelopmentKind.EXIT);
  }

  @Test
  void aStopWhoseTimeTheNextLeadSentenceTellsIsAPause() {
    Development d = Read.headline(Read.article("Shops",
        "The chain has switched off its facial recognition cameras. It said it had paused the system while it reviews a wrongful match."));
    assertThat(d.kind()).isEqualTo(DevelopmentKind.MORATORIUM);
    assertThat(d.status()).isEqualTo(DevelopmentStatus.ANNOUNCED);
  }

  @Test
  void aDutyBackOnceAgainEndsAPause() {
    Development d = Read.headline(Read.article("Attendance",
        "Civil servants will once again have to clock in on biometric fingerprint scanners from Monday, the ministry said."));
    assertThat(d.kind()).isEqualTo(DevelopmentKind.MORATORIUM);
    assertThat(d.status()).isEqualTo(DevelopmentStatus.ENDED);
  }

  @Test
  void envoysSignOffIsAStepAGovernmentsIsTheLaw() {
    assertThat(Read.labelLine("EU", "EU ambassadors signed off on Friday on the bloc's AI Act, which restricts police use of live facial recognition."))
        .isEqualTo("true none advancing");
    assertThat(Read.labelLine("EU", "EU governments signed off on Tuesday on the bloc's AI Act, which restricts police use of live facial recognition."))
        .isEqualTo("true none enacted");
  }
}
