package io.dyadscope.dossier.primary;

import io.dyadscope.evidence.Observation;
import io.dyadscope.evidence.Precision;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Counts facts, not mentions. Observations of one indicator, dyad, subject, period and status stated
 * by one document (the reporting document, or the source of a first-hand figure) are one fact when
 * their values agree within the precision they were written with ({@link Precision#agree}): "1.42
 * million" in the introduction and "1.4 million" four times later are one fact with five locations;
 * one statement credited to two sources is one fact with two sources. Values that do not agree stay
 * separate facts. Two first-hand sources measuring one thing (a country's report and its partner's
 * mirror) are two facts. The result does not depend on the order of the observations.
 */
public final class Facts {

  /** Orders mentions: the most precisely written first, then by value, location and id, so that grouping is stable. */
  private static final Comparator<Observation> MENTION_ORDER = Comparator
      .comparingDouble((Observation o) -> Precision.halfUnit(o.value()))
      .thenComparingDouble(Observation::value).thenComparing(Observation::location).thenComparing(Observation::id);

  private Facts() {}

  /** The distinct facts of {@code observations}, ordered by indicator, subject, period, status, document and value. */
  public static List<Fact> of(List<Observation> observations) {
    Map<String, List<Observation>> byStatement = new TreeMap<>();
    for (Observation o : observations) {
      String key = String.join("|", o.indicator(), o.dyad(), o.subject(), o.period().toString(), o.status().word(),
          Fact.document(o));
      byStatement.computeIfAbsent(key, k -> new ArrayList<>()).add(o);
    }
    List<Fact> out = new ArrayList<>();
    for (List<Observation> group : byStatement.values()) {
      group.sort(MENTION_ORDER);
      List<List<Observation>> clusters = new ArrayList<>();
      for (Observation o : group) {
        List<Observation> home = null;
        for (List<Observation> c : clusters) {
          if (Precision.agree(c.get(0).value(), o.value())) {
            home = c;
            break;
          }
        }
        if (home == null) {
          home = new ArrayList<>();
          clusters.add(home);
        }
        home.add(o);
      }
      clusters.sort(Comparator.comparingDouble(c -> c.get(0).value()));
      clusters.forEach(c -> out.add(new Fact(c)));
    }
    return List.copyOf(out);
  }
}
