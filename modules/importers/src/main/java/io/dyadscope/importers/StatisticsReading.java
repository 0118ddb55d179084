package io.dyadscope.importers;

import io.dyadscope.evidence.Indicator;
import io.dyadscope.evidence.Observation;
import io.dyadscope.evidence.Source;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What a statistics reader made of a file, before anything is written.
 *
 * @param sources      the publishers the observations cite
 * @param observations the values for the dyads asked for
 * @param indicators   catalogue entries the file introduced (World Bank codes, HS chapters), in
 *                     order of first use; the standard ones are not repeated
 * @param skipped      records left out on purpose, counted by the documented reason
 * @param rows         data records read
 */
public record StatisticsReading(List<Source> sources, List<Observation> observations, List<Indicator> indicators,
    Map<String, Integer> skipped, int rows) {

  public StatisticsReading {
    sources = List.copyOf(sources);
    observations = List.copyOf(observations);
    indicators = List.copyOf(indicators);
    skipped = java.util.Collections.unmodifiableMap(new TreeMap<>(skipped));
    if (rows < 0) {
      throw new IllegalArgumentException("negative row count: " + rows);
    }
  }
}
