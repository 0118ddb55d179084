package io.dyadscope.dossier;

import io.dyadscope.dossier.findings.Json;

/**
 * Names the series a table or chart shows: one indicator for a subject written as a placeholder
 * ({@code {dyad}}, {@code {first}}, {@code {second}}), a code, or a subject kind
 * ({@code provinces}, {@code initiatives}, {@code countries}) that stands for every subject of that
 * kind with data.
 *
 * @param indicator indicator id
 * @param subject   placeholder, code or subject kind
 * @param heading   column or row heading; may hold {@code {subject}}; empty for the indicator's name
 */
public record SeriesSelector(String indicator, String subject, String heading) {

  public SeriesSelector {
    indicator = Json.requireText(indicator, "indicator of a series");
    subject = Json.requireText(subject, "subject of series " + indicator);
    heading = heading == null ? "" : heading.strip();
  }
}
