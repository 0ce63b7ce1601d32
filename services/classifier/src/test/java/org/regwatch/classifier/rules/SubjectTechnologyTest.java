package org.regwatch.classifier.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * subject_tech by what the measure's object is (round 28; docs/rules.md "Which technology: the face
 * as one item of biometrics"): a face listed beside another body measurement, a face given as an
 * example of a general biometric class, and a head that names only biometrics with another body
 * measurement are biometrics; the face named first with "other biometric" tools after it, a
 * face term of the pack ("remote biometric identification") and a title that names faces stay
 * facial recognition. The table {@code rules/subject-technology.psv} holds the sentences (its last
 * column is the subject, not the label line of the other tables).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SubjectTechnologyTest {

  Stream<Arguments> rows() {
    return Read.rows("/rules/subject-technology.psv");
  }

  @ParameterizedTest(name = "{0}: {1} {2} => {3}")
  @MethodSource("rows")
  void subjectIsWhatTheMeasureCovers(String family, String title, String text, String expected) {
    String body = text.replace("\\n", "\n");
    assertThat(Read.article(title, body).labels().subjectTech().json())
        .as(family + ": " + title + " " + body).isEqualTo(expected);
  }

  @Test
  void theOtherFieldsOfAListedFaceStayAsTheyWere() {
    // the subject changes; what was decided (a law signed) does not
    Classification c = Read.article("Governor signs consumer data law",
        "The governor signed a law on Monday that requires companies to ask before they collect"
            + " biometric data, including face scans and fingerprints, from customers.");
    assertThat(c.labels().subjectTech().json()).isEqualTo("biometrics");
  }
}
