package io.dyadscope.dossier.official;

import io.dyadscope.evidence.text.Figures;
import io.dyadscope.evidence.Source;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Number and citation writing shared by the official tables. */
final class Texts {

  private Texts() {}

  /** A table cell ({@link Figures#cell}: 1,743,278; 1,548; 0.05), empty for a missing value. */
  static String num(double v) {
    if (Double.isNaN(v)) {
      return "";
    }
    return Figures.cell(v);
  }

  /** A signed percentage with one decimal ({@code +1.4%}), empty for a missing value. */
  static String pct(double v) {
    return Double.isNaN(v) ? "" : Figures.fixedSigned(v, 1) + "%";
  }

  static String shortName(String sourceId, Map<String, Source> sources) {
    Source s = sources.get(sourceId);
    return s == null ? sourceId : s.shortCitation();
  }

  /** Full citations of {@code ids} (unknown ids as themselves), without repeats. */
  static List<String> citations(List<String> ids, Map<String, Source> sources) {
    Set<String> out = new LinkedHashSet<>();
    for (String id : ids) {
      Source s = sources.get(id);
      out.add(s == null ? id : s.citation() + (s.url().isEmpty() ? "" : " " + s.url()));
    }
    return List.copyOf(out);
  }
}
