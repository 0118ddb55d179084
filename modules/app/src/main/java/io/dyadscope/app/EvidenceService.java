package io.dyadscope.app;

import io.dyadscope.app.statistics.WorkspaceCatalogue;
import io.dyadscope.evidence.Dyad;
import io.dyadscope.evidence.Indicator;
import io.dyadscope.evidence.IndicatorCatalogue;
import io.dyadscope.evidence.Observation;
import io.dyadscope.evidence.Source;
import io.dyadscope.evidence.ObservationQuery;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** The listing use cases: the dyads, stored observations with their provenance, and sources with their use. */
public final class EvidenceService {

  private final WorkspaceAccess access;

  public EvidenceService(WorkspaceAccess access) {
    this.access = access;
  }

  /** The observations matching {@code query}, in the store's order. */
  public List<Observation> observations(ObservationQuery query) {
    return access.read(ws -> ws.observations(query));
  }

  /** The dyads that have observations, alphabetically: the list a front end offers, asked of the store. */
  public List<String> dyads() {
    return access.read(ws -> ws.dyads());
  }

  /**
   * An indicator and subject of a dyad with how many observations it has.
   *
   * @param indicator    the indicator's id
   * @param name         its name in the workspace's catalogue, else its id
   * @param subject      the subject
   * @param unit         the unit of its first observation
   * @param observations how many observations
   */
  public record IndicatorUse(String indicator, String name, String subject, String unit, int observations) {}

  /** Each indicator and subject of {@code dyad} with its number of observations, ordered by indicator, then subject. */
  public List<IndicatorUse> indicators(Dyad dyad) {
    return access.read(ws -> {
      IndicatorCatalogue catalogue = WorkspaceCatalogue.load(ws.directory());
      Map<List<String>, int[]> counts = new TreeMap<>(Comparator.comparing((List<String> k) -> k.get(0))
          .thenComparing(k -> k.get(1)));
      Map<List<String>, String> units = new HashMap<>();
      for (Observation o : ws.observations(ObservationQuery.all().dyad(dyad.id()))) {
        List<String> key = List.of(o.indicator(), o.subject());
        counts.computeIfAbsent(key, k -> new int[1])[0]++;
        units.putIfAbsent(key, o.unit());
      }
      List<IndicatorUse> out = new ArrayList<>();
      counts.forEach((k, n) -> out.add(new IndicatorUse(k.get(0),
          catalogue.find(k.get(0)).map(Indicator::name).orElse(k.get(0)), k.get(1), units.get(k), n[0])));
      return out;
    });
  }

  /**
   * A source and how many observations cite it, as source or as reporting source.
   *
   * @param source       the source
   * @param observations how many observations cite it
   */
  public record SourceUse(Source source, int observations) {}

  /** Every source, ordered by id, with its use. */
  public List<SourceUse> sources() {
    return access.read(ws -> {
      Map<String, Integer> uses = new TreeMap<>();
      for (Observation o : ws.observations(ObservationQuery.all())) {
        uses.merge(o.source(), 1, Integer::sum);
        if (o.isSecondHand()) {
          uses.merge(o.reportedBy(), 1, Integer::sum);
        }
      }
      List<SourceUse> out = new ArrayList<>();
      for (Source s : new TreeMap<>(ws.sources()).values()) {
        out.add(new SourceUse(s, uses.getOrDefault(s.id(), 0)));
      }
      return out;
    });
  }
}
