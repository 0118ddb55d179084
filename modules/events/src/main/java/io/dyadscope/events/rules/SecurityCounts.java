package io.dyadscope.events.rules;

import io.dyadscope.events.Dataset;
import io.dyadscope.events.Event;
import io.dyadscope.evidence.Dyad;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Counts events by indicator, dataset and year with {@link EventRules}, fed one event at a time (so
 * it streams, and a Spark job can fold partitions with {@link #add(SecurityCounts)}). GDELT events
 * are counted with near-duplicates collapsed (same day, actors, CAMEO code and place), because GDELT
 * records one event once per article pattern. Events no rule matches are counted by dataset and type.
 */
public final class SecurityCounts {

  /** One derived series cell. */
  public record Key(String indicator, Dataset dataset, int year, String ruleId) implements Comparable<Key> {
    @Override
    public int compareTo(Key o) {
      int c = indicator.compareTo(o.indicator);
      c = c != 0 ? c : dataset.compareTo(o.dataset);
      return c != 0 ? c : Integer.compare(year, o.year);
    }
  }

  private final EventRules rules;
  private final Dyad dyad;
  private final Map<Key, Long> counts = new TreeMap<>();
  private final Map<String, Long> unclassified = new TreeMap<>();
  private final Set<String> seenGdelt = new HashSet<>();
  private long events;

  public SecurityCounts(EventRules rules, Dyad dyad) {
    this.rules = rules;
    this.dyad = dyad;
  }

  /** The GDELT near-duplicate key: day, actors (names and countries), CAMEO code and place. */
  public static String gdeltDuplicateKey(Event e) {
    return String.join("|", e.date().toString(), e.actor1(), e.actor1Iso(), e.actor2(), e.actor2Iso(), e.eventType(),
        e.countryIso(), e.admin1(), e.location());
  }

  public void add(Event e) {
    if (!e.touches(dyad.first(), dyad.second())) {
      return;
    }
    events++;
    var matched = rules.classify(e, dyad);
    if (matched.isEmpty()) {
      unclassified.merge(e.dataset().id() + ": " + e.eventType(), 1L, Long::sum);
      return;
    }
    for (EventRule r : matched) {
      if (e.dataset() == Dataset.GDELT && !seenGdelt.add(r.indicator() + "|" + gdeltDuplicateKey(e))) {
        continue;
      }
      counts.merge(new Key(r.indicator(), e.dataset(), e.date().getYear(), r.id()), 1L, Long::sum);
    }
  }

  /** Adds another partition's counts (GDELT duplicates across partitions are not collapsed). */
  public void add(SecurityCounts other) {
    other.counts.forEach((k, v) -> counts.merge(k, v, Long::sum));
    other.unclassified.forEach((k, v) -> unclassified.merge(k, v, Long::sum));
    events += other.events;
  }

  /** Events per indicator, dataset, year and rule, in that order. */
  public Map<Key, Long> counts() {
    return java.util.Collections.unmodifiableMap(counts);
  }

  /** Events of the dyad no rule classifies, by {@code dataset: type}. */
  public Map<String, Long> unclassified() {
    return java.util.Collections.unmodifiableMap(unclassified);
  }

  /** Events of the dyad seen. */
  public long events() {
    return events;
  }

  public EventRules rules() {
    return rules;
  }
}
