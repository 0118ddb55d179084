package io.dyadscope.dossier.findings;

import io.dyadscope.evidence.Dyad;
import io.dyadscope.evidence.Gazetteer;
import io.dyadscope.evidence.IndicatorCatalogue;
import io.dyadscope.evidence.Observation;
import io.dyadscope.evidence.Source;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * The stored evidence about one dyad that findings are computed from.
 *
 * @param dyad         the pair studied
 * @param gazetteer    country names
 * @param catalogue    the indicators the observations use
 * @param sources      sources by id
 * @param observations observations of {@code dyad}; observations of other dyads are dropped
 */
public record Evidence(Dyad dyad, Gazetteer gazetteer, IndicatorCatalogue catalogue, Map<String, Source> sources,
    List<Observation> observations) {

  public Evidence {
    Objects.requireNonNull(dyad, "dyad");
    Objects.requireNonNull(gazetteer, "gazetteer");
    Objects.requireNonNull(catalogue, "catalogue");
    sources = Collections.unmodifiableMap(new TreeMap<>(Objects.requireNonNull(sources, "sources")));
    String id = dyad.id();
    observations = Objects.requireNonNull(observations, "observations").stream()
        .filter(o -> o.dyad().equals(id)).toList();
  }

  /** Names for this dyad's subjects. */
  public Names names() {
    return new Names(dyad, gazetteer);
  }
}
