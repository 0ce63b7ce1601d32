package org.regwatch.classifier.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.regwatch.events.DevelopmentKind;
import org.regwatch.events.DevelopmentStatus;

/**
 * heldout-21's misreadings as language families (docs/classifier-history.md "Rules from heldout-21"): a
 * regulator that declares a moratorium or puts the technology on hold pauses it itself (no one
 * is enforced against); a court that annuls a public body's act about the technology strikes it
 * down (failed, the court its actor); "rejecting calls for a ban" turns down a demand, no bill;
 * "the systems will not use facial recognition" is a system's scope, no pause; a company that
 * bars its customers from using its product for the technology sets a standing rule of use, not a
 * pause. The table {@code rules/heldout21.psv} holds the firing sentences and the traps; the tests
 * below check what a label line cannot: who acts and which kind.
 */
class Heldout21FamiliesTest extends SentenceTable {

  @Override
  String table() {
    return "/rules/heldout21.psv";
  }

  @Test
  void theRegulatorIsTheActorOfItsOwnPause() {
    Classification c = Read.title("Data watchdog declares moratorium on facial recognition approvals");
    assertThat(Read.headline(c).kind()).isEqualTo(DevelopmentKind.MORATORIUM);
    assertThat(c.labels().actors()).containsExactly("Data watchdog");
  }

  @Test
  void theCourtActsNotTheBodyWhoseActItAnnuls() {
    Classification c = Read.article("Court",
        "The administrative court annulled the city's decision to test facial recognition technology.");
    assertThat(Read.headline(c).kind()).isEqualTo(DevelopmentKind.LEGISLATION);
    assertThat(Read.headline(c).status()).isEqualTo(DevelopmentStatus.FAILED);
    assertThat(Read.headline(c).actor()).isEqualTo("administrative court");
  }

  @Test
  void aCompanysRuleOfUseForItsCustomersIsNoPause() {
    Classification c = Read.title("Google bars police from using its AI service for facial recognition");
    assertThat(Read.headline(c).kind()).isEqualTo(DevelopmentKind.EXIT);
    assertThat(c.labels().actors()).containsExactly("Google");
  }

  @Test
  void aFaceTermListedWithAnotherBodyMeasurementIsBiometrics() {
    Classification listed = Read.article("Watchdog orders gym chain to stop scanning staff",
        "The regulator ordered the chain to stop using facial recognition technology and fingerprint"
            + " scanning to check when employees arrive. The notices were issued to the company and"
            + " seven of its partner trusts on Friday after a long investigation. The company has three"
            + " months to comply with the notices or appeal against them in the tribunal. Staff at the"
            + " leisure centres had complained for years about the way their hours were recorded."
            // the face part told alone below the lead does not make it a face story
            + " Facial recognition terminals had been installed at 30 of its sites.");
    assertThat(listed.labels().subjectTech()).isEqualTo(org.regwatch.events.SubjectTech.BIOMETRICS);
    Classification list = Read.article("City law on customer data takes effect",
        "A city law requiring shops to post signs when they collect face scans, fingerprints,"
            + " voiceprints or iris scans took effect on Friday.");
    assertThat(list.labels().subjectTech()).isEqualTo(org.regwatch.events.SubjectTech.BIOMETRICS);
    // the whole field named next to the face is no other measurement; a modality far away is none
    Classification field = Read.title("Council bans facial recognition and other biometric surveillance");
    assertThat(field.labels().subjectTech()).isEqualTo(org.regwatch.events.SubjectTech.FACIAL_RECOGNITION);
    Classification apart = Read.article("Council bans facial recognition",
        "The council banned facial recognition on Tuesday. A separate bill on voiceprints is pending.");
    assertThat(apart.labels().subjectTech()).isEqualTo(org.regwatch.events.SubjectTech.FACIAL_RECOGNITION);
  }
}
