package io.dyadscope.dossier;

import io.dyadscope.analysis.ForecastMethods;
import io.dyadscope.analysis.Forecaster;
import io.dyadscope.dossier.findings.Absence;
import io.dyadscope.dossier.findings.EvidenceIndex;
import io.dyadscope.dossier.findings.Finding;
import io.dyadscope.dossier.findings.FindingEngine;
import io.dyadscope.dossier.findings.FindingTerms;
import io.dyadscope.dossier.findings.Findings;
import io.dyadscope.dossier.findings.Lens;
import io.dyadscope.dossier.findings.MetricPhrases;
import io.dyadscope.dossier.findings.Names;
import io.dyadscope.dossier.findings.Outlooks;
import io.dyadscope.dossier.findings.Recommendation;
import io.dyadscope.dossier.findings.Recommender;
import io.dyadscope.dossier.findings.RuleKind;
import io.dyadscope.dossier.findings.Theme;
import io.dyadscope.dossier.supplements.Supplements;
import io.dyadscope.evidence.Observation;
import io.dyadscope.evidence.Period;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Assembles a {@link Dossier} from stored data. Pure: reads no file, keeps no state between calls,
 * and gives the same dossier for the same data and options.
 */
public final class DossierBuilder {

  /** Findings the summary picks out. */
  static final int HIGHLIGHTS = 3;
  /** Metrics that measure how much something moved or differs, used to rank findings. */
  private static final List<String> SALIENT = List.of("total_change_pct", "last_change_pct", "max_drop_pct",
      "max_rise_pct", "gap_pct", "difference_pct", "published_change_pct", "max_gap_pct");

  private DossierBuilder() {}

  /** The dossier of {@code data} under {@code options}. */
  public static Dossier build(StudyData data, DossierOptions options) {
    EvidenceIndex idx = new EvidenceIndex(data.evidence());
    Names names = idx.names();
    Forecaster forecaster = new Forecaster(options.forecast(), ForecastMethods.standard());
    Findings findings = new FindingEngine(options.themes(), options.rules(), forecaster).run(idx);
    FindingTerms terms = new FindingTerms(options.rules(), idx, MetricPhrases.standard());
    List<Recommendation> recommendations = new Recommender(options.recommendations())
        .evaluate(findings, names, terms);
    Outlooks outlooks = new Outlooks(idx, forecaster);

    List<Observation> obs = idx.evidence().observations();
    Map<String, Observation> byId = SourceLine.index(obs);
    Optional<Period> latestProjection = obs.stream().filter(o -> !o.status().isFact()).map(Observation::period)
        .max(Comparator.naturalOrder());
    Optional<Period> lastFact = obs.stream().filter(o -> o.status().isFact()).map(Observation::period)
        .max(Comparator.naturalOrder());
    Optional<Period> target;
    String targetReason;
    if (options.target().isPresent()) {
      target = options.target();
      targetReason = "set in the options";
    } else if (latestProjection.isPresent()) {
      target = latestProjection;
      targetReason = "the latest period of a published projection";
    } else if (lastFact.isPresent()) {
      target = Optional.of(Period.ofYear(lastFact.get().year() + 1));
      targetReason = "the year after the last observed or reported value, as no projection is published";
    } else {
      target = Optional.empty();
      targetReason = "none: there are no data";
    }

    List<ThemeSection> themes = themes(options, findings);
    TableBuilder tables = new TableBuilder(idx, outlooks, target, byId);
    List<TableView> tableViews = new ArrayList<>();
    for (TableSpec t : options.tables().tables()) {
      tableViews.add(tables.build(t, tableViews.size() + 1));
    }
    ChartBuilder charts = new ChartBuilder(idx, outlooks, target, byId);
    List<Chart> chartViews = new ArrayList<>();
    for (ChartSpec c : options.charts().charts()) {
      chartViews.add(charts.build(c, chartViews.size() + 1));
    }
    DataSection dataSection = DataSections.of(idx);
    List<LensSection> discussion = Discussion.of(options.themes(), findings, terms);
    List<Finding> highlights = ranked(findings.findings()).stream().limit(HIGHLIGHTS).toList();
    List<String> summary = Summaries.of(idx, outlooks, dataSection, themes, findings, recommendations, target);
    List<MethodNote> methods = MethodNotes.of(idx, options, outlooks, target, targetReason, tableViews);
    String title = options.title().isEmpty()
        ? "Relations between " + names.first() + " and " + names.second() + ": an evidence dossier"
        : names.fill(options.title());
    return new Dossier(title, idx.evidence().dyad().id(), names.first(), names.second(),
        target.map(Period::toString).orElse(""), targetReason, summary, highlights, dataSection, themes, tableViews,
        chartViews, discussion, recommendations, data.auditNotes(), methods,
        Appendix.of(idx, findings.findings(), byId), options.colophon(), Supplements.NONE);
  }

  private static List<ThemeSection> themes(DossierOptions options, Findings findings) {
    List<ThemeSection> out = new ArrayList<>();
    for (Theme t : options.themes().themes()) {
      List<String> lensNames = t.lenses().stream()
          .map(id -> options.themes().lens(id).map(Lens::name).orElse(id)).toList();
      List<Finding> fs = findings.forTheme(t.id());
      List<Absence> as = findings.absencesForTheme(t.id());
      String noData = "";
      if (fs.isEmpty()) {
        noData = as.isEmpty() ? "No data for this theme: no finding rule reads it."
            : "No data for this theme: " + String.join("; ", as.stream().map(Absence::reason).distinct().toList())
                + ".";
      }
      out.add(new ThemeSection(t.id(), t.title(), t.question(), lensNames, fs, as, noData));
    }
    return out;
  }

  /**
   * Findings about the relations (not about the documents' disagreements) with the largest movement
   * or difference, largest first, ties in the given order.
   */
  static List<Finding> ranked(List<Finding> findings) {
    List<Finding> ranked = new ArrayList<>();
    for (Finding f : findings) {
      if (f.kind() != RuleKind.DISAGREEMENT && salience(f) > 0) {
        ranked.add(f);
      }
    }
    ranked.sort(Comparator.comparingDouble((Finding f) -> -salience(f)).thenComparingInt(findings::indexOf));
    return ranked;
  }

  private static double salience(Finding f) {
    double best = 0;
    for (String m : SALIENT) {
      double v = f.metric(m);
      if (!Double.isNaN(v)) {
        best = Math.max(best, Math.abs(v));
      }
    }
    return best;
  }
}
