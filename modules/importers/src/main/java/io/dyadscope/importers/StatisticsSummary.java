package io.dyadscope.importers;

import io.dyadscope.evidence.imports.ImportSummary;
import io.dyadscope.evidence.Indicator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * What importing a statistics download did: the workspace's changes and what the file held.
 *
 * @param summary    observations and sources added, replaced, unchanged
 * @param format     the format read, e.g. {@code unhcr}
 * @param indicators catalogue entries the file introduced
 * @param skipped    records left out on purpose, by reason
 * @param rows       data records read
 */
public record StatisticsSummary(ImportSummary summary, String format, List<Indicator> indicators,
    Map<String, Integer> skipped, int rows) {

  public StatisticsSummary {
    indicators = List.copyOf(indicators);
    skipped = Map.copyOf(skipped);
  }

  /** Lines for a user: the summary, then the skips and new indicators. */
  public List<String> describe() {
    List<String> out = new java.util.ArrayList<>();
    out.add(summary.describe() + " (" + format + ", " + rows + " records read)");
    skipped.entrySet().stream().sorted(Map.Entry.comparingByKey())
        .forEach(e -> out.add("  skipped " + e.getValue() + ": " + e.getKey()));
    if (!indicators.isEmpty()) {
      out.add("  indicators added to the workspace catalogue: "
          + indicators.stream().map(Indicator::id).collect(Collectors.joining(", ")));
    }
    summary.replacements().forEach(r -> out.add("  replaced " + r.describe()));
    return out;
  }
}
