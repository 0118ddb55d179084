package io.dyadscope.dossier.findings;

import io.dyadscope.evidence.Observation;
import java.util.List;

/**
 * A figure stated more than once whose values do not agree within their written precision.
 *
 * @param indicator    indicator id
 * @param subject      subject code
 * @param text         the values with where each is stated, e.g. "Estimated investment ... for
 *                     CPEC: USD 62 billion (2023; World Bank 2023, text) against USD 65 billion (...)"
 * @param gapPct       the spread of the values in percent of the smallest (0 when it is not positive)
 * @param observations the disagreeing observations
 */
public record Discrepancy(String indicator, String subject, String text, double gapPct,
    List<Observation> observations) {

  public Discrepancy {
    observations = List.copyOf(observations);
  }
}
