package io.dyadscope.dossier;

import io.dyadscope.dossier.findings.Json;
import java.util.List;
import java.util.Locale;

/**
 * A chart of the dossier.
 *
 * <ul>
 *   <li>{@code line}: one indicator for one subject over time, with published projections and
 *       Dyadscope's forecast fan at the dossier's target period.
 *   <li>{@code bars}: several indicators over the subjects of a kind (or a placeholder), grouped by
 *       indicator or by subject; each bar is the latest fact or, in a separate series, the latest
 *       published projection.
 * </ul>
 *
 * @param id         key, also used in file names, e.g. {@code trade}
 * @param kind       {@code line} or {@code bars}
 * @param title      title template ({@code {first}}, {@code {second}}, {@code {dyad}} allowed)
 * @param indicators one indicator for a line, one or more for bars
 * @param subject    a placeholder or code (line); a subject kind or placeholder (bars)
 * @param groups     for bars, {@code indicator} or {@code subject}: what the x axis groups by
 * @param terms      for bars, short labels of the indicators, one each, or empty
 */
public record ChartSpec(String id, String kind, String title, List<String> indicators, String subject,
    String groups, List<String> terms) {

  public ChartSpec {
    id = Json.requireId(id, "chart id");
    kind = Json.requireText(kind, "kind of chart " + id).toLowerCase(Locale.ROOT);
    title = Json.requireText(title, "title of chart " + id);
    indicators = List.copyOf(indicators);
    subject = Json.requireText(subject, "subject of chart " + id);
    groups = groups == null || groups.isBlank() ? "indicator" : groups.strip();
    terms = List.copyOf(terms);
    switch (kind) {
      case "line" -> {
        if (indicators.size() != 1) {
          throw new IllegalArgumentException("line chart " + id + " needs exactly one indicator, has " + indicators);
        }
      }
      case "bars" -> {
        if (indicators.isEmpty()) {
          throw new IllegalArgumentException("bar chart " + id + " needs at least one indicator");
        }
        if (!groups.equals("indicator") && !groups.equals("subject")) {
          throw new IllegalArgumentException("bar chart " + id + " groups by indicator or subject, not '" + groups + "'");
        }
      }
      default -> throw new IllegalArgumentException("chart " + id + " has unknown kind '" + kind
          + "' (expected line or bars)");
    }
    if (!terms.isEmpty() && terms.size() != indicators.size()) {
      throw new IllegalArgumentException("chart " + id + " has " + terms.size() + " terms for " + indicators.size()
          + " indicators");
    }
  }
}
