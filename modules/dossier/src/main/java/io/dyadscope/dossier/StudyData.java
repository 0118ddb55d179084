package io.dyadscope.dossier;

import io.dyadscope.evidence.DocumentFinding;
import io.dyadscope.evidence.Dyad;
import io.dyadscope.evidence.Gazetteer;
import io.dyadscope.evidence.IndicatorCatalogue;
import io.dyadscope.evidence.Observation;
import io.dyadscope.evidence.Source;
import io.dyadscope.dossier.findings.Evidence;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Everything a dossier is generated from.
 *
 * @param dyad         the pair studied
 * @param gazetteer    country names
 * @param catalogue    the indicators
 * @param sources      sources by id
 * @param observations observations of {@code dyad} (others are ignored)
 * @param auditNotes   notes from checking the documents behind the data; may be empty
 */
public record StudyData(Dyad dyad, Gazetteer gazetteer, IndicatorCatalogue catalogue, Map<String, Source> sources,
    List<Observation> observations, List<DocumentFinding> auditNotes) {

  public StudyData {
    Objects.requireNonNull(dyad, "dyad");
    Objects.requireNonNull(gazetteer, "gazetteer");
    Objects.requireNonNull(catalogue, "catalogue");
    sources = Map.copyOf(Objects.requireNonNull(sources, "sources"));
    observations = List.copyOf(Objects.requireNonNull(observations, "observations"));
    auditNotes = List.copyOf(Objects.requireNonNull(auditNotes, "auditNotes"));
  }

  /** The same data without audit notes. */
  public StudyData(Dyad dyad, Gazetteer gazetteer, IndicatorCatalogue catalogue, Map<String, Source> sources,
      List<Observation> observations) {
    this(dyad, gazetteer, catalogue, sources, observations, List.of());
  }

  /** The evidence findings are computed from. */
  public Evidence evidence() {
    return new Evidence(dyad, gazetteer, catalogue, sources, observations);
  }
}
