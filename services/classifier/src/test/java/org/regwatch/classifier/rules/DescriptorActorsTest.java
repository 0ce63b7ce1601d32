package org.regwatch.classifier.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A descriptor is not a name (rules from heldout-13): "Welsh council", "Ohio's largest city", "the
 * bloc" are resolved to the name the lead gives the same body — a capitalised name ending in the
 * descriptor's head noun, the same step's named actor, or the place "the bloc" stands for.
 * Members capitalised before their names ("Councilors Ann Lee and …") are no body's name. A real
 * name stays, and a descriptor with no name nearby stays as written.
 */
class DescriptorActorsTest {

  @ParameterizedTest(name = "{0} => {2}")
  @CsvSource(delimiter = '|', value = {
      "Welsh council pauses facial recognition at school tills|A Welsh council has paused facial recognition at the tills of its secondary schools while the regulator looks at the scheme. Cardiff Harbour Council said on Monday it had stopped using the cameras for now.|Cardiff Harbour Council",
      "Ohio's largest city bans facial recognition|Columbus's city council on Monday approved a ban on facial recognition by city departments, police included.|Columbus's city council",
      "The bloc agrees its line on facial recognition rules|Ministers of the European Union on Tuesday agreed their position on the bloc's rules for facial recognition, clearing the way for talks with Parliament.|EU",
      "Springfield council bans facial recognition in unanimous vote|City staff in Springfield may no longer use facial recognition under an ordinance adopted 7-0 on Monday. The ordinance, sponsored by Councilors Ann Lee and Tom Park, makes any use a violation of city rules.|Springfield",
  })
  void aDescriptorTakesTheNameTheLeadGives(String title, String text, String actor) {
    assertThat(Read.article(title, text).labels().actors()).as(title).containsExactly(actor);
  }

  @ParameterizedTest(name = "{0} => {1}")
  @CsvSource(delimiter = '|', value = {
      "Boston City Council bans facial recognition|Boston City Council",
      "Scots council pauses facial recognition at school tills|Scots council",
  })
  void aNameStaysAndADescriptorWithoutANameNearbyStaysAsWritten(String title, String actor) {
    assertThat(Read.title(title).labels().actors()).as(title).containsExactly(actor);
  }
}
