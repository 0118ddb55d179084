package io.dyadscope.store;

import io.dyadscope.evidence.ObservationQuery;
import io.dyadscope.evidence.Observation;
import io.dyadscope.evidence.imports.ObservationSink;
import java.util.List;

/** The observations a workspace holds; imports add to them through {@link ObservationSink#merge}. */
public interface ObservationStore {

  /**
   * The observations matching {@code q}, ordered by indicator, subject, period, status (observed,
   * reported, projection), source and location, then dyad and reporting source.
   */
  List<Observation> find(ObservationQuery q);

  /** Number of observations of all dyads. */
  long count();

  /** The dyads that have observations, in alphabetical order. */
  List<String> dyads();
}
