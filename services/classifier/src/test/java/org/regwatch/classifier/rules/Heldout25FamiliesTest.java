package org.regwatch.classifier.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.regwatch.events.DevelopmentKind;

/**
 * heldout-25's misreadings as language families (docs/classifier-history.md "Rules from heldout-25"): a
 * face database or stored facial templates name the technology; a machine that scans, reads or
 * detects people's faces is the face technology; a service shut for good is an exit; a
 * parliament's vote on a bill's general principles, or a numbered stage cleared, is one step; a
 * city's legislature makes city law as a council does; a data protection chief is a regulator;
 * iris and retina scans are biometrics.
 * The table {@code rules/heldout25.psv} holds the firing sentences and the traps; the tests below
 * check what a label line cannot: who acts and which kind.
 */
class Heldout25FamiliesTest extends SentenceTable {

  @Override
  String table() {
    return "/rules/heldout25.psv";
  }

  @Test
  void aRegulatorsOrderToDeleteAFaceDatabaseIsEnforcement() {
    Classification c = Read.title("Regional privacy watchdog orders police to delete face database");
    assertThat(c.developments()).anyMatch(d -> d.kind() == DevelopmentKind.ENFORCEMENT);
    assertThat(c.labels().actors()).containsExactly("Regional privacy watchdog");
  }

  @Test
  void aDataProtectionChiefIsTheRegulatorThatActs() {
    Classification c = Read.title("Privacy chief orders police to delete face templates from protest footage");
    assertThat(c.labels().actors()).containsExactly("Privacy chief");
    assertThat(c.developments()).anyMatch(d -> d.kind() == DevelopmentKind.ENFORCEMENT);
  }

  @Test
  void aServiceShutForGoodIsAnExit() {
    Classification c = Read.title("Startup to shut its face-search service for good");
    assertThat(Read.headline(c).kind()).isEqualTo(DevelopmentKind.EXIT);
    assertThat(c.labels().actors()).containsExactly("Startup");
  }

  @Test
  void theCityLegislatureIsTheActorOfItsLaw() {
    Classification c = Read.article("Legislature",
        "The Riverton City Legislature has approved a reform of the city's security law that regulates"
            + " the facial recognition system.");
    assertThat(c.labels().actors()).containsExactly("Riverton City Legislature");
  }

  @Test
  void irisAndRetinaScansAreBiometricsNotTheFace() {
    Classification c = Read.article("Government",
        "The Northland government on Monday introduced a bill that would let police take iris and retina"
            + " scans from people who are arrested.");
    assertThat(c.labels().subjectTech()).isEqualTo(org.regwatch.events.SubjectTech.BIOMETRICS);
    assertThat(c.labels().actors()).containsExactly("Northland government");
  }
}
