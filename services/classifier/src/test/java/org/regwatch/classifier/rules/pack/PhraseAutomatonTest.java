package org.regwatch.classifier.rules.pack;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.ahocorasick.trie.PayloadEmit;
import org.ahocorasick.trie.PayloadTrie;
import org.junit.jupiter.api.Test;

/**
 * The pack's phrase automaton: case-insensitive, whole words only, overlapping matches all
 * reported — the same matches as the org.ahocorasick trie the engine used before it.
 */
class PhraseAutomatonTest {

  private static final String NEWS = "Amazon said on Wednesday it is implementing a one-year "
      + "moratorium on police use of Rekognition, its facial recognition software. The FACIAL "
      + "Recognition ban passed; facial-recognition bans in Portland and Boston followed. "
      + "Amazonian \u00e9tudes, recognitions, and the Act that fails to act.\nMoratoriums ended.";

  @Test
  void findsPhrasesWhateverTheirCapitalisation() {
    PhraseAutomaton<String> a = automaton("facial recognition");

    assertThat(matched(a, NEWS)).containsExactly("facial recognition", "FACIAL Recognition");
  }

  @Test
  void findsOnlyWholeWords() {
    PhraseAutomaton<String> a = automaton("amazon", "recognition");

    assertThat(matched(a, "Amazonian recognitions; Amazon's recognition.")).containsExactly(
        "Amazon", "recognition");
  }

  @Test
  void reportsOverlappingAndNestedPhrasesAllInOrderOfTheirEnd() {
    PhraseAutomaton<String> a = automaton("facial recognition", "recognition software", "recognition");

    assertThat(scan(a, "facial recognition software")).extracting(Match::payload).containsExactly(
        "facial recognition", "recognition", "recognition software");
  }

  @Test
  void matchesExactlyWhatTheAhoCorasickLibraryMatchesWithTheShippedPack() {
    Map<String, String> phrases = new LinkedHashMap<>();
    RulePackDefinition pack = new RulePackLoader().load(Optional.empty()).get(0);
    for (RulePackDefinition.Trigger t : pack.triggers()) {
      for (String term : t.terms()) {
        for (String form : Inflector.forms(term)) {
          phrases.put(CompiledPack.normalise(form), t.id());
        }
      }
    }
    pack.organisations().forEach(o -> o.aliases().forEach(x -> phrases.put(CompiledPack.normalise(x), o.name())));
    pack.places().forEach(p -> p.aliases().forEach(x -> phrases.put(CompiledPack.normalise(x), p.name())));
    pack.technology().terms().forEach(x -> phrases.put(CompiledPack.normalise(x), "tech"));
    phrases.remove("");
    PayloadTrie.PayloadTrieBuilder<String> library = PayloadTrie.<String>builder().ignoreCase().onlyWholeWords();
    phrases.forEach(library::addKeyword);

    List<String> expected = new ArrayList<>();
    for (PayloadEmit<String> e : library.build().parseText(NEWS)) {
      expected.add(e.getStart() + "-" + (e.getEnd() + 1) + " " + e.getPayload());
    }
    List<String> actual = new ArrayList<>();
    for (Match m : scan(new PhraseAutomaton<>(phrases), NEWS)) {
      actual.add(m.start() + "-" + m.end() + " " + m.payload());
    }

    assertThat(actual).hasSizeGreaterThan(5);
    assertThat(sorted(actual)).isEqualTo(sorted(expected));
  }

  @Test
  void twoInterleavedWalksReportTheMatchesOfOneWalkInTheSameOrder() {
    // Texts long enough for the two-walk scan, with phrases (and their pieces) across the middle
    // and at every offset: the interleaved scan must give exactly the one walk's sequence.
    PhraseAutomaton<String> a = automaton("facial recognition", "recognition software",
        "recognition", "ban", "moratorium on police use", "face", "facial", "on police", "police");
    String[] pieces = {"facial ", "recognition ", "software", "ban", "moratorium on police use ",
        "banned ", "urban ", "face-", "Facial", " ", ", ", "on ", "police", "\n", "reco", "\u00e9"};
    java.util.Random random = new java.util.Random(7);
    for (int round = 0; round < 300; round++) {
      StringBuilder b = new StringBuilder();
      int length = 300 + random.nextInt(900);
      while (b.length() < length) {
        b.append(pieces[random.nextInt(pieces.length)]);
      }
      String text = b.toString();
      List<Match> oneWalk = new ArrayList<>();
      a.walk(text, 0, text.length(), (start, end, payload) -> oneWalk.add(new Match(start, end, payload)));

      assertThat(scan(a, text)).isEqualTo(oneWalk);
    }
  }

  private static PhraseAutomaton<String> automaton(String... phrases) {
    Map<String, String> map = new LinkedHashMap<>();
    for (String p : phrases) {
      map.put(p, p);
    }
    return new PhraseAutomaton<>(map);
  }

  private static List<String> matched(PhraseAutomaton<String> a, String text) {
    return scan(a, text).stream().map(m -> text.substring(m.start(), m.end())).toList();
  }

  private record Match(int start, int end, String payload) {}

  private static List<Match> scan(PhraseAutomaton<String> a, String text) {
    List<Match> found = new ArrayList<>();
    a.scan(text, (start, end, payload) -> found.add(new Match(start, end, payload)));
    return found;
  }

  private static List<String> sorted(List<String> matches) {
    List<String> copy = new ArrayList<>(matches);
    copy.sort(Comparator.naturalOrder());
    return copy;
  }
}
