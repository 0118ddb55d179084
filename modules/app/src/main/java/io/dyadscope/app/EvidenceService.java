package io.dyadscope.app;

import io.dyadscope.evidence.Observation;
import io.dyadscope.evidence.Source;
import io.dyadscope.evidence.ObservationQuery;
import java.util.ArrayList;
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
