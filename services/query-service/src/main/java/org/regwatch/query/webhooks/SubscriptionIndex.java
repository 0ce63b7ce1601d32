package org.regwatch.query.webhooks;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.UncheckedIOException;
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
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.TextField;
import org.apache.lucene.monitor.MatchingQueries;
import org.apache.lucene.monitor.Monitor;
import org.apache.lucene.monitor.MonitorQuery;
import org.apache.lucene.monitor.QueryMatch;
import org.regwatch.query.subscriptions.Filters;
import org.regwatch.query.subscriptions.TextQueries;

/**
 * Which active subscriptions want a development change. Structured filters live in an inverted
 * index (dimension → value → subscription ids, plus the ids that accept any value): a change only
 * looks at the smallest candidate set and checks the rest of each candidate's filters, so the cost
 * depends on how many subscriptions COULD match, not on how many exist. Full-text queries go to
 * Lucene Monitor, which is asked only when a candidate has a query.
 */
@ApplicationScoped
public class SubscriptionIndex {

  /** An active subscription as the matcher sees it. */
  public record Entry(String id, Filters filters, String query, String mode) {}

  private enum Dim {
    ACTOR, KIND, STATUS, JURISDICTION, SUBJECT
  }

  private final ReadWriteLock lock = new ReentrantReadWriteLock();
  private final Map<String, Entry> entries = new HashMap<>();
  private final Map<Dim, Map<String, Set<String>>> byValue = new HashMap<>();
  private final Map<Dim, Set<String>> anyValue = new HashMap<>();
  private final Monitor monitor;

  public SubscriptionIndex() {
    for (Dim d : Dim.values()) {
      byValue.put(d, new HashMap<>());
      anyValue.put(d, new HashSet<>());
    }
    try {
      monitor = new Monitor(new StandardAnalyzer());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Replaces everything, e.g. at start from the table. */
  public void load(Collection<Entry> all) {
    lock.writeLock().lock();
    try {
      for (String id : new ArrayList<>(entries.keySet())) {
        removeLocked(id);
      }
      List<MonitorQuery> queries = new ArrayList<>();
      for (Entry e : all) {
        addLocked(e);
        if (e.query() != null) {
          queries.add(new MonitorQuery(e.id(), TextQueries.parse(e.query())));
        }
      }
      if (!queries.isEmpty()) {
        monitor.register(queries);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
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
      if (e.query() != null) {
        monitor.register(new MonitorQuery(e.id(), TextQueries.parse(e.query())));
      }
    } catch (IOException ex) {
      throw new UncheckedIOException(ex);
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
  public Set<String> match(ChangeFacts c) {
    lock.readLock().lock();
    try {
      Set<String> candidates = smallest(c);
      Set<String> matched = new HashSet<>();
      boolean needsText = false;
      for (String id : candidates) {
        Entry e = entries.get(id);
        if (e != null && accepts(e.filters(), c)) {
          matched.add(id);
          needsText |= e.query() != null;
        }
      }
      if (needsText) {
        Set<String> textMatches = textMatches(c.text());
        matched.removeIf(id -> entries.get(id).query() != null && !textMatches.contains(id));
      }
      return matched;
    } finally {
      lock.readLock().unlock();
    }
  }

  private Set<String> textMatches(String text) {
    Document doc = new Document();
    doc.add(new TextField(TextQueries.FIELD, text == null ? "" : text, Field.Store.NO));
    try {
      MatchingQueries<QueryMatch> m = monitor.match(doc, QueryMatch.SIMPLE_MATCHER);
      Set<String> ids = new HashSet<>();
      m.getMatches().forEach(q -> ids.add(q.getQueryId()));
      return ids;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private Set<String> smallest(ChangeFacts c) {
    Set<String> best = null;
    int bestSize = Integer.MAX_VALUE;
    for (Dim d : Dim.values()) {
      Set<String> s = candidates(d, values(d, c));
      if (s.size() < bestSize) {
        best = s;
        bestSize = s.size();
      }
    }
    return best;
  }

  private Set<String> candidates(Dim d, List<String> values) {
    Set<String> any = anyValue.get(d);
    Map<String, Set<String>> index = byValue.get(d);
    List<Set<String>> parts = new ArrayList<>();
    for (String v : values) {
      Set<String> s = index.get(v);
      if (s != null) {
        parts.add(s);
      }
    }
    if (parts.isEmpty()) {
      return any;
    }
    Set<String> union = new HashSet<>(any);
    parts.forEach(union::addAll);
    return union;
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
      String kind = c.kind() == null ? "" : c.kind().toLowerCase();
      String move = c.fromStatus().toLowerCase() + "->" + c.status().toLowerCase();
      return f.transitions().contains(kind + ":" + move) || f.transitions().contains("*:" + move);
    }
    return true;
  }

  private static boolean anyOf(List<String> wanted, String value) {
    return wanted.isEmpty() || value != null && wanted.contains(value.toLowerCase());
  }

  private void addLocked(Entry e) {
    entries.put(e.id(), e);
    Filters f = e.filters();
    index(Dim.ACTOR, f.actors(), e.id());
    index(Dim.KIND, f.kinds(), e.id());
    index(Dim.STATUS, f.statuses(), e.id());
    index(Dim.JURISDICTION, f.jurisdictions(), e.id());
    index(Dim.SUBJECT, f.subjects(), e.id());
  }

  private void index(Dim d, List<String> values, String id) {
    if (values.isEmpty()) {
      anyValue.get(d).add(id);
    } else {
      values.forEach(v -> byValue.get(d).computeIfAbsent(v, k -> new HashSet<>()).add(id));
    }
  }

  private void unindex(Dim d, List<String> values, String id) {
    if (values.isEmpty()) {
      anyValue.get(d).remove(id);
    } else {
      for (String v : values) {
        Set<String> s = byValue.get(d).get(v);
        if (s != null && s.remove(id) && s.isEmpty()) {
          byValue.get(d).remove(v);
        }
      }
    }
  }

  private void removeLocked(String id) {
    Entry old = entries.remove(id);
    if (old == null) {
      return;
    }
    Filters f = old.filters();
    unindex(Dim.ACTOR, f.actors(), id);
    unindex(Dim.KIND, f.kinds(), id);
    unindex(Dim.STATUS, f.statuses(), id);
    unindex(Dim.JURISDICTION, f.jurisdictions(), id);
    unindex(Dim.SUBJECT, f.subjects(), id);
    if (old.query() != null) {
      try {
        monitor.deleteById(id);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }
}
