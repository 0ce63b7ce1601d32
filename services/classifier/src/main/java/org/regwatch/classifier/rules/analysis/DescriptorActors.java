package org.regwatch.classifier.rules.analysis;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.regwatch.classifier.rules.text.Tokens;

/**
 * "Scots council halts …", "Maine's largest city OKs …", "the bloc's ministers agreed …": news
 * names an actor by a descriptor and gives its name nearby ("North Ayrshire Council introduced
 * …", "Portland's city council on Monday approved …"). A descriptor is no name a reader could
 * look up (rules from heldout-13): it is resolved to the capitalised name in the lead that ends in
 * its head noun, else to the same step's actor in the title or lead, else — for a place told as
 * "the bloc" — to the place's own name; otherwise it stays. Word loops over a few lead tokens, once
 * per article.
 */
final class DescriptorActors {

  /** Superlatives and ordinals that describe a place by rank ("Maine's largest city"). */
  private static final Set<String> RANK = Set.of("largest", "biggest", "smallest", "oldest",
      "second-largest", "second-biggest", "most", "populous", "capital");
  /** Demonyms that do not end in a demonym suffix. */
  private static final Set<String> DEMONYMS = Set.of("scots", "dutch", "french", "welsh", "swiss",
      "greek", "thai", "irish");
  /** How many tokens of the text the name may be looked for in (the lead). */
  static final int LEAD_TOKENS = 160;

  private DescriptorActors() {}

  static Candidate resolve(Candidate h, List<Candidate> zone) {
    if (h == null || h.actor() == null || !descriptor(h.actor().name())) {
      return h;
    }
    Actor a = h.actor();
    String head = lastWord(a.name());
    for (Candidate c : zone) {
      if (c.field().field() == org.regwatch.events.Evidence.Field.TEXT) {
        String name = capitalisedRunEndingIn(c.field(), head);
        if (name != null) {
          return h.withActor(new Actor(name, a.type(), a.jurisdiction(), a.product(), a.tokStart(), a.tokEnd()));
        }
        break;
      }
    }
    for (Candidate c : zone) {
      if (c != h && c.isNews() && c.family() == h.family() && c.status() == h.status()
          && c.actor() != null && !descriptor(c.actor().name()) && !c.actor().name().equals(a.name())) {
        return h.withActor(c.actor());
      }
    }
    if (a.name().toLowerCase(Locale.ROOT).startsWith("the ") && a.jurisdiction() != null) {
      return h.withActor(new Actor(a.jurisdiction(), a.type(), a.jurisdiction(), a.product(), a.tokStart(), a.tokEnd()));
    }
    return h;
  }

  /** A common-noun phrase: "the bloc", "Maine's largest city", "Scots council", "American city". */
  static boolean descriptor(String name) {
    String[] w = name.strip().split(" ");
    String last = w[w.length - 1];
    if (last.isEmpty() || !Character.isLowerCase(last.charAt(0))) {
      return false;
    }
    String first = w[0].toLowerCase(Locale.ROOT);
    if (w.length > 1 && first.equals("the")) {
      return true;
    }
    for (String word : w) {
      if (RANK.contains(word.toLowerCase(Locale.ROOT))) {
        return true;
      }
    }
    return w.length == 2 && Character.isUpperCase(w[0].charAt(0)) && !w[0].endsWith("'s")
        && (DEMONYMS.contains(first) || first.endsWith("ish") || first.endsWith("ese")
            || first.endsWith("ian") || first.endsWith("can"));
  }

  private static String lastWord(String name) {
    String n = name.strip();
    return n.substring(n.lastIndexOf(' ') + 1);
  }

  /** "North Ayrshire Council": capitalised words ending in the head noun, capitalised. */
  private static String capitalisedRunEndingIn(FieldText f, String head) {
    Tokens t = f.tokens();
    int end = Math.min(t.size(), LEAD_TOKENS);
    for (int i = 1; i < end; i++) {
      if (!t.isWord(i) || !t.isCapitalised(i) || !t.text(i).equalsIgnoreCase(head)
          || t.text(i).equals(t.text(i).toUpperCase(Locale.ROOT))) {
        continue;
      }
      int s = i;
      while (s - 1 >= 0 && t.isWord(s - 1) && t.isCapitalised(s - 1) && !t.text(s - 1).endsWith("'s")
          && t.end(s - 1) + 1 == t.start(s)) {
        s--;
      }
      if (s < i && (s == 0 || !t.isWord(s - 1) || !t.text(s - 1).equals(t.text(s - 1).toUpperCase(Locale.ROOT)))) {
        return f.original().substring(t.start(s), t.end(i));
      }
    }
    return null;
  }
}
