package io.dyadscope.analysis.mirror;

import io.dyadscope.evidence.text.Figures;
import io.dyadscope.evidence.Dyad;
import io.dyadscope.evidence.Observation;
import io.dyadscope.evidence.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * Mirror trade: each country's reported exports beside its partner's reported imports of the same
 * goods, with the gap, the ratio and a flag where the gap is beyond what CIF/FOB valuation explains
 * ({@link MirrorPolicy}).
 */
public final class MirrorTrade {

  private final MirrorPolicy policy;

  public MirrorTrade(MirrorPolicy policy) {
    this.policy = Objects.requireNonNull(policy, "policy");
  }

  public MirrorPolicy policy() {
    return policy;
  }

  /**
   * The flows of {@code dyad} found in its {@code trade.exports} (first to second) and
   * {@code trade.imports} (second to first) observations whose source is a reporting country
   * ({@code reporterOf} gives it, e.g. {@code comtrade-PAK} to {@code PAK}). Other observations,
   * projections and monthly values are ignored (the comparison is yearly).
   */
  public static List<ReportedFlow> flows(Dyad dyad, List<Observation> observations,
      Function<String, Optional<String>> reporterOf) {
    List<ReportedFlow> out = new ArrayList<>();
    for (Observation o : observations) {
      if (!o.dyad().equals(dyad.id()) || !o.subject().equals(dyad.id()) || !o.status().isFact()
          || !o.period().isAnnual()) {
        continue;
      }
      String exporter;
      String importer;
      if (o.indicator().equals("trade.exports")) {
        exporter = dyad.first();
        importer = dyad.second();
      } else if (o.indicator().equals("trade.imports")) {
        exporter = dyad.second();
        importer = dyad.first();
      } else {
        continue;
      }
      Optional<String> reporter = reporterOf.apply(o.source());
      if (reporter.isPresent() && dyad.contains(reporter.get())) {
        out.add(new ReportedFlow(exporter, importer, o.period(), o.value(), o.unit(), reporter.get(), o.source()));
      }
    }
    return out;
  }

  /**
   * One row per dataset, direction and period, exporter's report beside importer's from the same
   * dataset (UN Comtrade's beside UN Comtrade's, the IMF's beside the IMF's: {@link ReportedFlow#dataset}),
   * ordered by dataset and direction (as first met) then period.
   *
   * @throws IllegalArgumentException when one side reports one flow twice
   */
  public List<MirrorRow> compare(List<ReportedFlow> flows) {
    Map<String, TreeMap<Period, ReportedFlow[]>> byDirection = new java.util.LinkedHashMap<>();
    for (ReportedFlow f : flows) {
      ReportedFlow[] pair = byDirection.computeIfAbsent(f.dataset() + "|" + f.exporter() + ">" + f.importer(),
          k -> new TreeMap<>())
          .computeIfAbsent(f.period(), p -> new ReportedFlow[2]);
      int side = f.byExporter() ? 0 : 1;
      if (pair[side] != null) {
        throw new IllegalArgumentException(f.reporter() + " reports the flow " + f.exporter() + " -> " + f.importer()
            + " in " + f.period() + " twice: " + pair[side].sourceId() + " and " + f.sourceId());
      }
      pair[side] = f;
    }
    List<MirrorRow> rows = new ArrayList<>();
    byDirection.forEach((dir, periods) -> periods.forEach((period, pair) -> rows.add(row(pair[0], pair[1]))));
    return rows;
  }

  private MirrorRow row(ReportedFlow exp, ReportedFlow imp) {
    ReportedFlow any = exp != null ? exp : imp;
    String exporter = any.exporter();
    String importer = any.importer();
    if (exp == null || imp == null) {
      String missing = exp == null ? exporter + " reports no exports to " + importer
          : importer + " reports no imports from " + exporter;
      return new MirrorRow(exporter, importer, any.period(), Optional.ofNullable(exp), Optional.ofNullable(imp),
          Double.NaN, Double.NaN, Double.NaN, false, missing + " for " + any.period() + ": no mirror comparison");
    }
    // in decimal, so that 7.1 and 4 differ by 3.1, not by 3.0999999999999996
    double gap = java.math.BigDecimal.valueOf(imp.value()).subtract(java.math.BigDecimal.valueOf(exp.value()))
        .doubleValue();
    double ratio = exp.value() > 0 ? imp.value() / exp.value() : Double.NaN;
    double adjusted = Double.isNaN(ratio) ? Double.NaN : ratio / (1 + policy.cifFobMargin()) - 1;
    boolean flagged = !Double.isNaN(adjusted) && Math.abs(adjusted) > policy.threshold();
    return new MirrorRow(exporter, importer, exp.period(), Optional.of(exp), Optional.of(imp), gap, ratio, adjusted,
        flagged, reading(exp, imp, ratio, adjusted, flagged));
  }

  private String reading(ReportedFlow exp, ReportedFlow imp, double ratio, double adjusted, boolean flagged) {
    if (Double.isNaN(ratio)) {
      return exp.exporter() + " reports no exports to " + exp.importer() + " in " + exp.period() + " while "
          + imp.importer() + " reports imports of " + num(imp.value()) + " " + imp.unit();
    }
    String base = imp.importer() + "'s reported imports are " + pct(ratio - 1) + " " + (ratio >= 1 ? "above" : "below")
        + " " + exp.exporter() + "'s reported exports (ratio " + Figures.fixed(ratio, 2) + ")";
    if (!flagged) {
      return base + ", within " + pct(policy.threshold()) + " of the " + pct(policy.cifFobMargin())
          + " CIF/FOB margin";
    }
    return base + "; after the " + pct(policy.cifFobMargin()) + " CIF/FOB margin " + pct(adjusted)
        + (adjusted > 0 ? " more" : " less") + " remains, beyond the " + pct(policy.threshold()) + " threshold: "
        + (adjusted > 0 ? "more recorded entering than leaving" : "less recorded entering than leaving")
        + ", which valuation does not explain";
  }

  private static String pct(double share) {
    return Figures.fixed(Math.abs(share) * 100, 1) + "%";
  }

  private static String num(double v) {
    return Figures.data(v);
  }
}
