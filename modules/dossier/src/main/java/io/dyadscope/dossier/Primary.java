package io.dyadscope.dossier;

import io.dyadscope.dossier.supplements.GridTable;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What was observed first-hand, set before what documents passed on: the summary's opening, each
 * theme's observed series, the reported figures checked against them, and forecasts of the
 * observed series with their backtest.
 *
 * @param lead        the summary's first paragraphs
 * @param themes      theme id to the lines on its observed series (a line saying there are none included)
 * @param checkIntro  how figures were checked (the tolerance rule) and the counts
 * @param checks      the table of checked figures; empty without reported figures
 * @param verdicts    per document, what it got right, what it got wrong and what cannot be checked
 * @param forecasts   the forecast table of the observed series; empty when none is long enough
 * @param horizons    how far ahead of its last observation each forecast is
 */
public record Primary(List<String> lead, Map<String, List<String>> themes, List<String> checkIntro,
    List<GridTable> checks, List<String> verdicts, List<GridTable> forecasts, List<String> horizons) {

  public Primary {
    lead = List.copyOf(lead);
    Map<String, List<String>> t = new LinkedHashMap<>();
    themes.forEach((k, v) -> t.put(k, List.copyOf(v)));
    themes = java.util.Collections.unmodifiableMap(t);
    checkIntro = List.copyOf(checkIntro);
    checks = List.copyOf(checks);
    verdicts = List.copyOf(verdicts);
    forecasts = List.copyOf(forecasts);
    horizons = List.copyOf(horizons);
  }

  /** The lines on theme {@code id}'s observed series; empty for a theme the dossier does not know. */
  public List<String> theme(String id) {
    return themes.getOrDefault(id, List.of());
  }
}
