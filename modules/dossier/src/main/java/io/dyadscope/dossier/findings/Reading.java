package io.dyadscope.dossier.findings;

import io.dyadscope.evidence.Period;
import java.util.List;
import java.util.Objects;

/**
 * One value read from the evidence: a collapsed fact or the preferred published projection.
 *
 * @param indicator      indicator id
 * @param subject        subject code
 * @param period         the period it refers to
 * @param value          the value
 * @param projected      true for a published projection, false for a fact
 * @param observationIds observations behind it
 * @param sourceIds      sources to cite, in order
 */
public record Reading(String indicator, String subject, Period period, double value, boolean projected,
    List<String> observationIds, List<String> sourceIds) {

  public Reading {
    Objects.requireNonNull(indicator, "indicator");
    Objects.requireNonNull(subject, "subject");
    Objects.requireNonNull(period, "period");
    observationIds = List.copyOf(observationIds);
    sourceIds = List.copyOf(sourceIds);
  }
}
