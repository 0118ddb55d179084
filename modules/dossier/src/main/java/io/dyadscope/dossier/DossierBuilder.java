package io.dyadscope.dossier;

import io.dyadscope.analysis.ForecastMethod;
import io.dyadscope.analysis.ForecastMethods;
import io.dyadscope.analysis.Forecaster;
import io.dyadscope.analysis.Point;
import io.dyadscope.evidence.Precision;
import io.dyadscope.analysis.Series;
import io.dyadscope.evidence.Combine;
import io.dyadscope.evidence.Indicator;
import io.dyadscope.evidence.Observation;
import io.dyadscope.evidence.Period;
import io.dyadscope.evidence.Source;
import io.dyadscope.dossier.findings.Absence;
import io.dyadscope.dossier.findings.Discrepancies;
import io.dyadscope.dossier.findings.Discrepancy;
import io.dyadscope.dossier.findings.EvidenceIndex;
import io.dyadscope.dossier.findings.Finding;
import io.dyadscope.dossier.findings.FindingEngine;
import io.dyadscope.dossier.findings.FindingRule;
import io.dyadscope.dossier.findings.Findings;
import io.dyadscope.dossier.findings.Lens;
import io.dyadscope.dossier.findings.Names;
import io.dyadscope.evidence.text.Figures;
import io.dyadscope.dossier.findings.Outlooks;
import io.dyadscope.dossier.findings.Recommendation;
import io.dyadscope.dossier.findings.Recommender;
import io.dyadscope.dossier.findings.RuleKind;
import io.dyadscope.evidence.text.Prose;
import io.dyadscope.dossier.findings.Theme;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Assembles a {@link Dossier} from stored data. Pure: reads no file, keeps no state between calls,
 * and gives the same dossier for the same data and options.
 */
public final class DossierBuilder {

  /** A series shorter than this is listed as a limitation. */
  static final int SHORT_SERIES = 5;
  /** Findings the summary picks out. */
  static final int HIGHLIGHTS = 3;
  /** Metrics that measure how much something moved or differs, used to rank findings for the summary. */
  private static final List<String> SALIENT = List.of("total_change_pct", "last_change_pct", "max_drop_pct",
      "max_rise_pct", "gap_pct", "difference_pct", "published_change_pct", "max_gap_pct");

  private DossierBuilder() {}

  /** The dossier of {@code data} under {@code options}. */
  public static Dossier build(StudyData data, DossierOptions options) {
    EvidenceIndex idx = new EvidenceIndex(data.evidence());
    Names names = idx.names();
    Forecaster forecaster = new Forecaster(options.forecast(), ForecastMethods.standard());
    Findings findings = new FindingEngine(options.themes(), options.rules(), forecaster).run(idx);
    List<Recommendation> recommendations = new Recommender(options.recommendations()).evaluate(findings, names);
    Outlooks outlooks = new Outlooks(idx, forecaster);

    List<Observation> obs = idx.evidence().observations();
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
    TableBuilder tables = new TableBuilder(idx, outlooks, target);
    List<TableView> tableViews = new ArrayList<>();
    for (TableSpec t : options.tables().tables()) {
      tableViews.add(tables.build(t, tableViews.size() + 1));
    }
    ChartBuilder charts = new ChartBuilder(idx, outlooks, target);
    List<Chart> chartViews = new ArrayList<>();
    for (ChartSpec c : options.charts().charts()) {
      chartViews.add(charts.build(c, chartViews.size() + 1));
    }
    DataSection dataSection = dataSection(idx);
    List<LensSection> discussion = discussion(options, findings, idx);
    List<Finding> highlights = highlights(findings);
    List<String> summary = summary(idx, outlooks, dataSection, themes, findings, recommendations, target);
    List<MethodNote> methods = methods(idx, options, target, targetReason, tableViews);
    String title = options.title().isEmpty()
        ? "Relations between " + names.first() + " and " + names.second() + ": an evidence dossier"
        : names.fill(options.title());
    return new Dossier(title, idx.evidence().dyad().id(), names.first(), names.second(),
        target.map(Period::toString).orElse(""), targetReason, summary, highlights, dataSection, themes, tableViews,
        chartViews, discussion, recommendations, data.auditNotes(), methods);
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

  private static DataSection dataSection(EvidenceIndex idx) {
    List<Observation> obs = idx.evidence().observations();
    int facts = (int) obs.stream().filter(o -> o.status().isFact()).count();
    Map<String, int[]> counts = new TreeMap<>();
    for (Observation o : obs) {
      counts.computeIfAbsent(o.source(), k -> new int[2])[0]++;
      if (o.isSecondHand()) {
        counts.computeIfAbsent(o.reportedBy(), k -> new int[2])[1]++;
      }
    }
    List<SourceRow> rows = new ArrayList<>();
    for (Map.Entry<String, int[]> e : counts.entrySet()) {
      Source s = idx.evidence().sources().get(e.getKey());
      rows.add(s == null
          ? new SourceRow(e.getKey(), e.getKey() + " (not in the source list)", "", "", "", 0, e.getValue()[0],
              e.getValue()[1])
          : new SourceRow(s.id(), s.citation(), s.publisher(), s.kind().label(), s.grade().name(), s.year(),
              e.getValue()[0], e.getValue()[1]));
    }
    Optional<Period> first = obs.stream().map(Observation::period).min(Comparator.naturalOrder());
    Optional<Period> last = obs.stream().map(Observation::period).max(Comparator.naturalOrder());
    return new DataSection(obs.size(), facts, obs.size() - facts, idx.indicators().size(),
        first.map(Period::toString).orElse(""), last.map(Period::toString).orElse(""), rows, limitations(idx));
  }

  private static List<Limitation> limitations(EvidenceIndex idx) {
    // kind -> indicator -> detail -> subjects, so that one line covers every subject with the same weakness
    Map<String, Map<String, Map<String, List<String>>>> found = new LinkedHashMap<>();
    for (String kind : List.of("short series", "single source", "projections only")) {
      found.put(kind, new TreeMap<>());
    }
    for (String ind : idx.indicators()) {
      for (String subject : idx.subjects(ind)) {
        Series s = idx.series(ind, subject).series();
        if (s.isEmpty()) {
          LinkedHashSet<String> by = new LinkedHashSet<>();
          idx.series(ind, subject).projections().forEach(o -> by.add(idx.citation(o.source())));
          note(found, "projections only", ind, "known only from published projections (" + String.join("; ", by) + ")",
              subject);
          continue;
        }
        if (s.size() < SHORT_SERIES && !isFixed(idx, ind)) {
          note(found, "short series", ind, Prose.count(s.size(), "point") + " ("
              + Prose.join(s.points().stream().map(p -> p.period().toString()).toList()) + ")", subject);
        }
        LinkedHashSet<String> sources = new LinkedHashSet<>();
        for (Point p : s.points()) {
          sources.addAll(p.sourceIds());
        }
        if (sources.size() == 1) {
          note(found, "single source", ind, "every observed or reported value from one source (" + idx.citation(sources.iterator().next())
              + ")", subject);
        }
      }
    }
    List<Limitation> out = new ArrayList<>();
    Names n = idx.names();
    found.forEach((kind, byIndicator) -> byIndicator.forEach((ind, byDetail) -> byDetail.forEach((detail, subjects) -> {
      String what = subjects.size() == 1 ? idx.label(ind, subjects.get(0))
          : idx.indicatorName(ind) + " for " + Prose.join(subjects.stream().map(n::label).toList());
      out.add(new Limitation(kind, what + ": " + detail));
    })));
    for (Discrepancy d : Discrepancies.scan(idx, List.of(), "").found()) {
      out.add(new Limitation("disagreement", d.text()));
    }
    return out;
  }

  private static void note(Map<String, Map<String, Map<String, List<String>>>> found, String kind, String ind,
      String detail, String subject) {
    found.get(kind).computeIfAbsent(ind, k -> new LinkedHashMap<>()).computeIfAbsent(detail, k -> new ArrayList<>())
        .add(subject);
  }

  private static boolean isFixed(EvidenceIndex idx, String ind) {
    return idx.indicator(ind).map(i -> i.combine() == Combine.FIXED).orElse(false);
  }

  private static List<LensSection> discussion(DossierOptions options, Findings findings, EvidenceIndex idx) {
    Map<String, FindingRule> rules = new LinkedHashMap<>();
    options.rules().rules().forEach(r -> rules.put(r.id(), r));
    List<LensSection> out = new ArrayList<>();
    int total = findings.findings().size();
    for (Lens lens : options.themes().lenses()) {
      List<Finding> fs = findings.forLens(lens.id());
      StringBuilder s = new StringBuilder(lens.name()).append(" attends to ").append(lens.focus()).append(". ");
      if (fs.isEmpty()) {
        s.append("None of the findings bears on it: the data its themes need are missing.");
        out.add(new LensSection(lens.id(), lens.name(), s.toString(), fs));
        continue;
      }
      LinkedHashSet<String> themeTitles = new LinkedHashSet<>();
      for (Finding f : fs) {
        options.themes().theme(f.theme()).ifPresent(t -> themeTitles.add(Prose.lowerFirst(t.title())));
      }
      s.append(fs.size() == total ? "All " + total : fs.size() + " of the " + total).append(" findings bear on it, from ")
          .append(Prose.join(new ArrayList<>(themeTitles))).append('.');
      List<String> rose = new ArrayList<>();
      List<String> fell = new ArrayList<>();
      for (Finding f : fs) {
        FindingRule r = rules.get(f.id());
        double change = f.metric("total_change_pct");
        if (r != null && f.kind() == RuleKind.PATH && !Double.isNaN(change) && change != 0) {
          String what = Prose.lowerFirst(idx.label(r.indicators().get(0), idx.names().code(r.subject())));
          (change > 0 ? rose : fell).add(what + " (" + (change > 0 ? "+" : "") + Figures.percent(change) + ")");
        }
      }
      if (!rose.isEmpty() || !fell.isEmpty()) {
        List<String> moves = new ArrayList<>();
        if (!rose.isEmpty()) {
          moves.add(Prose.join(rose) + " ended higher than " + (rose.size() == 1 ? "it" : "they") + " began");
        }
        if (!fell.isEmpty()) {
          moves.add(Prose.join(fell) + " ended lower");
        }
        s.append(" Over the observed periods, ").append(String.join(", while ", moves)).append('.');
      }
      int compared = 0;
      int inside80 = 0;
      int unchecked = 0;
      for (Finding f : fs) {
        if (f.kind() == RuleKind.PROJECTION) {
          if (Double.isNaN(f.metric("within80"))) {
            unchecked++;
          } else {
            compared++;
            inside80 += (int) f.metric("within80");
          }
        }
      }
      if (compared > 0) {
        s.append(" Of the published projections it draws on, ").append(inside80).append(" of ").append(compared)
            .append(" checked lie inside Dyadscope's 80% interval");
        if (unchecked > 0) {
          s.append(", and ").append(unchecked).append(unchecked == 1 ? " has" : " have")
              .append(" too few facts behind it to be checked");
        }
        s.append('.');
      } else if (unchecked > 0) {
        s.append(unchecked == 1
            ? " The one published projection it draws on has too few facts behind it to be checked."
            : " None of the " + unchecked + " published projections it draws on has enough facts behind it to be"
                + " checked.");
      }
      out.add(new LensSection(lens.id(), lens.name(), s.toString(), fs));
    }
    return out;
  }

  /** The findings with the largest movement or difference, largest first, ties in rule order. */
  static List<Finding> highlights(Findings findings) {
    List<Finding> ranked = new ArrayList<>();
    for (Finding f : findings.findings()) {
      if (salience(f) > 0) {
        ranked.add(f);
      }
    }
    List<Finding> order = findings.findings();
    ranked.sort(Comparator.comparingDouble((Finding f) -> -salience(f)).thenComparingInt(order::indexOf));
    return ranked.subList(0, Math.min(HIGHLIGHTS, ranked.size()));
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

  private static List<String> summary(EvidenceIndex idx, Outlooks outlooks, DataSection data,
      List<ThemeSection> themes, Findings findings, List<Recommendation> recommendations, Optional<Period> target) {
    Names n = idx.names();
    List<String> out = new ArrayList<>();
    if (data.observations() == 0) {
      out.add("There are no stored observations for " + n.first() + " and " + n.second()
          + ", so this dossier states no finding.");
      return out;
    }
    out.add("This dossier on relations between " + n.first() + " and " + n.second() + " rests on "
        + Prose.count(data.observations(), "stored observation") + " (" + data.facts() + " observed or reported, "
        + data.projections() + " published projections) of " + Prose.count(data.indicators(), "indicator") + " from "
        + Prose.count(data.sources().size(), "source") + ", covering " + data.firstPeriod()
        + (data.firstPeriod().equals(data.lastPeriod()) ? "" : " to " + data.lastPeriod()) + ".");
    List<String> empty = themes.stream().filter(t -> t.findings().isEmpty()).map(t -> Prose.lowerFirst(t.title()))
        .toList();
    long covered = themes.size() - empty.size();
    out.add("Its rules produced " + Prose.count(findings.findings().size(), "finding") + " on " + covered + " of the "
        + themes.size() + " themes" + (empty.isEmpty() ? "." : "; there are no data for " + Prose.join(empty) + "."));
    if (target.isPresent()) {
      projectionCheck(idx, outlooks, target.get()).ifPresent(out::add);
    }
    long made = recommendations.stream().filter(Recommendation::triggered).count();
    if (!recommendations.isEmpty()) {
      out.add(made + " of the " + recommendations.size() + " recommendations are supported by the findings"
          + (made == recommendations.size() ? "." : "; the others are listed with the reason they were not made."));
    }
    return out;
  }

  /**
   * How the published projections for the target compare with Dyadscope's forecasts: inside the
   * 80% interval, inside only the 95%, outside; or not checkable (too few facts, no facts, one-off).
   */
  private static Optional<String> projectionCheck(EvidenceIndex idx, Outlooks outlooks, Period target) {
    int in80 = 0;
    int in95 = 0;
    int outside = 0;
    int tooFew = 0;
    int noFacts = 0;
    int oneOff = 0;
    for (String ind : idx.indicators()) {
      for (String subject : idx.subjects(ind)) {
        Optional<Observation> published = idx.projectionAt(ind, subject, target);
        if (published.isEmpty()) {
          continue;
        }
        if (isFixed(idx, ind)) {
          oneOff++;
        } else if (outlooks.basis(ind, subject, target).isEmpty()) {
          noFacts++;
        } else if (outlooks.outlook(ind, subject, target) instanceof io.dyadscope.analysis.Forecast f) {
          var cmp = io.dyadscope.analysis.ProjectionComparison.of(published.get(), f);
          if (cmp.within80()) {
            in80++;
          } else if (cmp.within95()) {
            in95++;
          } else {
            outside++;
          }
        } else {
          tooFew++;
        }
      }
    }
    int total = in80 + in95 + outside + tooFew + noFacts + oneOff;
    if (total == 0) {
      return Optional.empty();
    }
    int compared = in80 + in95 + outside;
    List<String> parts = new ArrayList<>();
    if (compared > 0) {
      parts.add(compared + " could be set beside a forecast of Dyadscope's own (" + in80 + " inside its 80% interval, "
          + in95 + " inside only its 95% interval, " + outside + " outside both)");
    }
    if (tooFew > 0) {
      parts.add(tooFew + " rest on too few facts for a forecast");
    }
    if (noFacts > 0) {
      parts.add(noFacts + " have no observed or reported values behind them");
    }
    if (oneOff > 0) {
      parts.add(oneOff + " are one-off estimates, which are not forecast");
    }
    return Optional.of("Of the " + Prose.count(total, "published projection") + " for " + target + ", "
        + Prose.join(parts) + ".");
  }

  private static List<MethodNote> methods(EvidenceIndex idx, DossierOptions options, Optional<Period> target,
      String targetReason, List<TableView> tables) {
    List<MethodNote> out = new ArrayList<>();
    Map<Combine, List<String>> byRule = new TreeMap<>();
    for (String ind : idx.indicators()) {
      Combine c = idx.indicator(ind).map(Indicator::combine).orElse(Combine.SUM);
      byRule.computeIfAbsent(c, k -> new ArrayList<>()).add(ind);
    }
    StringBuilder collapse = new StringBuilder("Each indicator and subject becomes one series of facts (observed or"
        + " reported values), one value per period; published projections are kept apart. When several sources, or"
        + " several places of one source, give a value for the same period, the series takes the value of the"
        + " better-graded source, then the more precisely written value, then the more recent source, and cites"
        + " together every value that agrees with it. Indicators combine over time and parts by their catalogue rule");
    List<String> rules = new ArrayList<>();
    for (Map.Entry<Combine, List<String>> e : byRule.entrySet()) {
      rules.add(e.getKey().word() + " (" + String.join(", ", e.getValue()) + ")");
    }
    collapse.append(rules.isEmpty() ? "." : ": " + String.join("; ", rules) + ".");
    collapse.append(" One-off estimates (fixed) are never turned into a trend: two different values for one subject"
        + " disagree whatever their dates.");
    out.add(new MethodNote("How series are formed", collapse.toString()));

    int backtest = options.forecast().minBacktestPoints();
    List<String> methodNames = ForecastMethods.standard().stream().map(ForecastMethod::name).toList();
    StringBuilder fc = new StringBuilder("Dyadscope's own forecasts use only the facts before the target period. A"
        + " series with a single point gets no forecast. With 2 to " + (backtest - 1) + " points the forecast is the"
        + " last value, and its interval comes from the spread of past changes scaled by Student's t (low"
        + " confidence). From " + backtest + " points, " + Prose.join(methodNames) + " are compared in a"
        + " rolling-origin backtest (trained on at least " + options.forecast().minTrain() + " points, scored up to "
        + options.forecast().maxHorizon() + " steps ahead); the method with the smallest mean absolute error is used,"
        + " and its 80% and 95% intervals come from its own backtest errors. Intervals are clipped to the values the"
        + " indicator allows.");
    Map<String, Integer> used = new TreeMap<>();
    for (TableView t : tables) {
      for (Comparison c : t.comparisons()) {
        if (c.hasForecast()) {
          used.merge(c.method() + " (" + c.confidence() + " confidence)", 1, Integer::sum);
        }
      }
    }
    if (!used.isEmpty()) {
      List<String> parts = new ArrayList<>();
      used.forEach((k, v) -> parts.add(v + " by " + k));
      fc.append(" In the tables of this dossier, ").append(Prose.count(used.values().stream().mapToInt(i -> i).sum(),
          "forecast")).append(" were made: ").append(String.join(", ", parts)).append('.');
    }
    out.add(new MethodNote("How forecasts and intervals are made", fc.toString()));

    StringBuilder precision = new StringBuilder("A figure is read as exact to its last significant digit: 1,400,000"
        + " stands for any value from 1,350,000 to 1,450,000, and 1.5 for any from 1.45 to 1.55. Two values agree"
        + " when they differ by no more than the larger of their half units; values that do not are reported as"
        + " disagreeing.");
    example(idx).ifPresent(e -> precision.append(' ').append(e));
    out.add(new MethodNote("Precision", precision.toString()));

    out.add(new MethodNote("Target period", target.isEmpty() ? "There is no target period: there are no data."
        : "Forecasts are made for " + target.get() + ", " + targetReason + "."));
    out.add(new MethodNote("Findings and recommendations", "Every finding is made by one of "
        + options.rules().rules().size() + " rules (path, compare, breakdown, parts, projection and disagreement) that"
        + " name indicators and subjects, never a country: the same rules serve any pair of countries. A rule whose"
        + " data are missing makes no sentence, and a theme left without findings says so. Each of the "
        + options.recommendations().rules().size() + " recommendations is made only when conditions on the findings'"
        + " numbers hold, and lists the findings it rests on."));
    return out;
  }

  /** A pair of differently written values in the data that agree, as an example of the precision rule. */
  private static Optional<String> example(EvidenceIndex idx) {
    for (String ind : idx.indicators()) {
      for (String subject : idx.subjects(ind)) {
        TreeSet<Double> seen = new TreeSet<>();
        for (Point p : idx.series(ind, subject).series().points()) {
          List<Observation> same = idx.observations(ind, subject).stream()
              .filter(o -> o.status().isFact() && o.period().equals(p.period())).toList();
          for (Observation a : same) {
            for (Observation b : same) {
              if (a.value() < b.value() && Precision.agree(a.value(), b.value()) && seen.add(a.value())) {
                return Optional.of("In these data, " + Figures.grouped(b.value()) + " and "
                    + Figures.grouped(a.value()) + " for " + Prose.lowerFirst(idx.label(ind, subject)) + " in "
                    + p.period() + " agree, so both are cited for one value.");
              }
            }
          }
        }
      }
    }
    return Optional.empty();
  }
}
