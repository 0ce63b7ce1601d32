package org.regwatch.query.webhooks;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.Function;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.index.memory.MemoryIndex;
import org.apache.lucene.search.Query;
import org.regwatch.query.subscriptions.Filters;
import org.regwatch.query.subscriptions.TextQueries;

/**
 * Which active subscriptions want a development change. Structured filters live in an inverted
 * index: each subscription is posted under the values of ONE dimension, its most selective
 * constrained one (actor, then subject, jurisdiction, status, kind); subscriptions constraining
 * none are in a catch-all list. A change collects the postings of its own values and checks each
 * candidate's full filters, so the cost follows how many subscriptions COULD match, not how many
 * exist. A full-text query is then run only for the candidates that have one, against a Lucene
 * MemoryIndex of the change's text. (Lucene Monitor was measured first: matching each change
 * against ALL stored queries made it the bottleneck, 150 changes/s with 5,000 queries; the
 * structured filters already narrow the candidates to a handful.)
 */
@ApplicationScoped
public class SubscriptionIndex {

  /** An active subscription as the matcher sees it. */
  public record Entry(String id, Filters filters, String query, String mode) {}

  /** In order of selectivity: a subscription is posted under the first one it constrains. */
  private enum Dim {
    ACTOR, SUBJECT, JURISDICTION, STATUS, KIND
  }

  private final ReadWriteLock lock = new ReentrantReadWriteLock();
  private final Map<String, Entry> entries = new HashMap<>();
  private final Map<Dim, Map<String, Set<String>>> byValue = new HashMap<>();
  private final Set<String> catchAll = new HashSet<>();
  private final Map<String, Query> queries = new HashMap<>();
  private final StandardAnalyzer analyzer = new StandardAnalyzer();

  public SubscriptionIndex() {
    for (Dim d : Dim.values()) {
      byValue.put(d, new HashMap<>());
    }
  }

  /** Replaces everything, e.g. at start from the table. */
  public void load(Collection<Entry> all) {
    lock.writeLock().lock();
    try {
      for (String id : new ArrayList<>(entries.keySet())) {
        removeLocked(id);
      }
      for (Entry e : all) {
        addLocked(e);
      }
    } finally {
      lock.writeLock().unlock();
    }
  }

  /** Adds or replaces one subscription. */
  public void put(Entry e) {
    lock.writeLock().lock();
    try {
      removeLocked(e.id());
      addLocked(e);
    } finally {
      lock.writeLock().unlock();
    }
  }

  public void remove(String id) {
    lock.writeLock().lock();
    try {
      removeLocked(id);
    } finally {
      lock.writeLock().unlock();
    }
  }

  /** The delivery mode of a subscription in the index ("immediate" when unknown). */
  public String modeOf(String id) {
    lock.readLock().lock();
    try {
      Entry e = entries.get(id);
      return e == null ? "immediate" : e.mode();
    } finally {
      lock.readLock().unlock();
    }
  }

  public int size() {
    lock.readLock().lock();
    try {
      return entries.size();
    } finally {
      lock.readLock().unlock();
    }
  }

  /** The ids of the subscriptions that want this change. */
  public Set<String> match(ChangeFacts change) {
    return matchText(matchFilters(change), change.text());
  }

  /**
   * The subscriptions whose structured filters accept this change, its text not looked at: the
   * first half of {@link #match}. A change none of them accepts needs no text at all (the alert
   * outbox then reads no sources for it).
   */
  public Set<String> matchFilters(ChangeFacts change) {
    // lower-cased once here, so that checking thousands of candidates does no string work
    ChangeFacts c = lowered(change);
    lock.readLock().lock();
    try {
      Set<String> matched = new HashSet<>();
      for (String id : candidates(c)) {
        Entry e = entries.get(id);
        if (e != null && accepts(e.filters(), c)) {
          matched.add(id);
        }
      }
      return matched;
    } finally {
      lock.readLock().unlock();
    }
  }

  /**
   * The second half of {@link #match}: those of {@code matched} (from {@link #matchFilters})
   * whose text query, if they have one, finds this text. Modifies and returns {@code matched}.
   */
  public Set<String> matchText(Set<String> matched, String text) {
    lock.readLock().lock();
    try {
      if (matched.stream().anyMatch(queries::containsKey)) {
        MemoryIndex index = new MemoryIndex();
        index.addField(TextQueries.FIELD, text == null ? "" : text, analyzer);
        matched.removeIf(id -> {
          Query q = queries.get(id);
          return q != null && index.search(q) <= 0.0f;
        });
      }
      return matched;
    } finally {
      lock.readLock().unlock();
    }
  }

  private static ChangeFacts lowered(ChangeFacts c) {
    return new ChangeFacts(c.developmentId(), low(c.kind()), low(c.status()),
        low(c.fromStatus()), low(c.actor()), low(c.technology()), low(c.product()),
        low(c.jurisdiction()), c.confidence(), c.text());
  }

  private static String low(String s) {
    return s == null ? null : s.toLowerCase(java.util.Locale.ROOT);
  }

  private Set<String> candidates(ChangeFacts c) {
    Set<String> out = new HashSet<>(catchAll);
    for (Dim d : Dim.values()) {
      Map<String, Set<String>> postings = byValue.get(d);
      for (String v : values(d, c)) {
        Set<String> ids = postings.get(v);
        if (ids != null) {
          out.addAll(ids);
        }
      }
    }
    return out;
  }

  private static List<String> values(Dim d, ChangeFacts c) {
    Function<String, String> low = s -> s == null ? null : s.toLowerCase();
    List<String> out = new ArrayList<>(2);
    switch (d) {
      case ACTOR -> addIf(out, low.apply(c.actor()));
      case KIND -> addIf(out, low.apply(c.kind()));
      case STATUS -> addIf(out, low.apply(c.status()));
      case JURISDICTION -> addIf(out, low.apply(c.jurisdiction()));
      case SUBJECT -> {
        addIf(out, low.apply(c.technology()));
        addIf(out, low.apply(c.product()));
      }
    }
    return out;
  }

  private static void addIf(List<String> out, String v) {
    if (v != null) {
      out.add(v);
    }
  }

  /** The complete check of one subscription's structured filters against a change. */
  static boolean accepts(Filters f, ChangeFacts c) {
    if (!anyOf(f.actors(), c.actor()) || !anyOf(f.kinds(), c.kind())
        || !anyOf(f.statuses(), c.status()) || !anyOf(f.jurisdictions(), c.jurisdiction())) {
      return false;
    }
    if (!f.subjects().isEmpty()
        && !(anyOf(f.subjects(), c.technology()) && c.technology() != null
        || anyOf(f.subjects(), c.product()) && c.product() != null)) {
      return false;
    }
    if (f.minConfidence() != null && c.confidence() < f.minConfidence()) {
      return false;
    }
    if (!f.transitions().isEmpty()) {
      if (c.fromStatus() == null) {
        return false;
      }
      String kind = c.kind() == null ? "" : c.kind();
      String move = c.fromStatus() + "->" + c.status();
      return f.transitions().contains(kind + ":" + move) || f.transitions().contains("*:" + move);
    }
    return true;
  }

  private static boolean anyOf(List<String> wanted, String value) {
    // values on both sides are lower-case already (Filters and lowered())
    return wanted.isEmpty() || value != null && wanted.contains(value);
  }

  private void addLocked(Entry e) {
    entries.put(e.id(), e);
    if (e.query() != null) {
      queries.put(e.id(), TextQueries.parse(e.query()));
    }
    Dim anchor = anchor(e.filters());
    if (anchor == null) {
      catchAll.add(e.id());
    } else {
      valuesOf(anchor, e.filters()).forEach(v ->
          byValue.get(anchor).computeIfAbsent(v, k -> new HashSet<>()).add(e.id()));
    }
  }

  private static Dim anchor(Filters f) {
    for (Dim d : Dim.values()) {
      if (!valuesOf(d, f).isEmpty()) {
        return d;
      }
    }
    return null;
  }

  private static List<String> valuesOf(Dim d, Filters f) {
    return switch (d) {
      case ACTOR -> f.actors();
      case SUBJECT -> f.subjects();
      case JURISDICTION -> f.jurisdictions();
      case STATUS -> f.statuses();
      case KIND -> f.kinds();
    };
  }

  private void removeLocked(String id) {
    Entry old = entries.remove(id);
    if (old == null) {
      return;
    }
    Dim anchor = anchor(old.filters());
    if (anchor == null) {
      catchAll.remove(id);
    } else {
      for (String v : valuesOf(anchor, old.filters())) {
        Set<String> ids = byValue.get(anchor).get(v);
        if (ids != null && ids.remove(id) && ids.isEmpty()) {
          byValue.get(anchor).remove(v);
        }
      }
    }
    queries.remove(id);
  }
}
