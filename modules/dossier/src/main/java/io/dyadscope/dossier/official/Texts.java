package io.dyadscope.dossier.official;

import io.dyadscope.evidence.Source;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** Number and citation writing shared by the official tables. */
final class Texts {

  private Texts() {}

  /** Grouped thousands, at most 4 significant decimals below 1000: 1,743,278; 1,547.9; 0.05. */
  static String num(double v) {
    if (Double.isNaN(v)) {
      return "";
    }
    if (Math.abs(v) >= 1000) {
      return String.format(Locale.ROOT, Math.abs(v - Math.rint(v)) < 0.05 ? "%,.0f" : "%,.1f", v);
    }
    return new BigDecimal(v).round(new MathContext(4, RoundingMode.HALF_UP)).stripTrailingZeros().toPlainString();
  }

  static String pct(double v) {
    return Double.isNaN(v) ? "" : String.format(Locale.ROOT, "%+.1f%%", v);
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
