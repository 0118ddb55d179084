package io.dyadscope.dossier;

import io.dyadscope.analysis.Forecast;
import io.dyadscope.analysis.Outlook;
import io.dyadscope.analysis.Point;
import io.dyadscope.dossier.chart.BarPlot;
import io.dyadscope.dossier.chart.Fan;
import io.dyadscope.dossier.chart.LinePlot;
import io.dyadscope.dossier.chart.PlotPoint;
import io.dyadscope.evidence.Period;
import io.dyadscope.dossier.findings.EvidenceIndex;
import io.dyadscope.dossier.findings.FindingRule;
import io.dyadscope.dossier.findings.Names;
import io.dyadscope.evidence.text.Figures;
import io.dyadscope.dossier.findings.Outlooks;
import io.dyadscope.dossier.findings.Reading;
import io.dyadscope.dossier.findings.StatusFilter;
import io.dyadscope.evidence.text.Prose;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;

/** Turns {@link ChartSpec}s into figures: plot data, a caption computed from it, and the SVG drawing. */
final class ChartBuilder {

  private final EvidenceIndex idx;
  private final Outlooks outlooks;
  private final Optional<Period> target;
  private final java.util.Map<String, io.dyadscope.evidence.Observation> byId;

  ChartBuilder(EvidenceIndex idx, Outlooks outlooks, Optional<Period> target,
      java.util.Map<String, io.dyadscope.evidence.Observation> byId) {
    this.idx = idx;
    this.outlooks = outlooks;
    this.target = target;
    this.byId = byId;
  }

  /** The colour of a subject: each country of the dyad keeps one across all charts. */
  private String colour(String subject, int fallback) {
    var d = idx.evidence().dyad();
    String c = io.dyadscope.dossier.chart.Palette.subject(subject, d.first(), d.second(), d.id());
    return c.isEmpty() ? io.dyadscope.dossier.chart.Palette.OTHERS.get(fallback
        % io.dyadscope.dossier.chart.Palette.OTHERS.size()) : c;
  }

  private static Chart empty(ChartSpec spec, int number, String title, String file, String why) {
    return new Chart(spec.id(), number, title, "", file, Optional.empty(), Optional.empty(), why,
        new SourceLine(List.of(), ""), "");
  }

  Chart build(ChartSpec spec, int number) {
    String title = idx.names().fill(spec.title());
    String file = "figure-" + number + "-" + spec.id() + ".svg";
    return spec.kind().equals("line") ? line(spec, number, title, file) : bars(spec, number, title, file);
  }

  private Chart line(ChartSpec spec, int number, String title, String file) {
    String ind = spec.indicators().get(0);
    String subject = idx.names().code(spec.subject());
    List<PlotPoint> facts = new ArrayList<>();
    java.util.LinkedHashSet<String> shown = new java.util.LinkedHashSet<>();
    StringBuilder csv = new StringBuilder("period,value,status,sources\n");
    for (Point p : idx.leadingSeries(ind, subject).series().points()) {
      facts.add(new PlotPoint(p.period().ordinal(), p.value(), p.period().toString()));
      shown.addAll(p.observationIds());
      csv.append(p.period()).append(',').append(Figures.exact(p.value()).replace(",", "")).append(",fact,")
          .append(String.join(" ", p.sourceIds())).append('\n');
    }
    List<PlotPoint> published = new ArrayList<>();
    List<String> publishedText = new ArrayList<>();
    List<Point> factPoints = idx.leadingSeries(ind, subject).series().points();
    for (Period p : idx.periods(ind, subject, StatusFilter.PROJECTION)) {
      if (!factPoints.isEmpty() && p.isAnnual() != factPoints.get(0).period().isAnnual()) {
        continue; // a year and a month cannot share one time axis
      }
      Reading r = idx.projection(ind, subject, p).orElseThrow();
      published.add(new PlotPoint(p.ordinal(), r.value(), p.toString()));
      shown.addAll(r.observationIds());
      csv.append(p).append(',').append(Figures.exact(r.value()).replace(",", "")).append(",published projection,")
          .append(String.join(" ", r.sourceIds())).append('\n');
      publishedText.add(idx.value(ind, r.value()) + " for " + p + idx.cite(r.sourceIds()));
    }
    if (facts.isEmpty() && published.isEmpty()) {
      return empty(spec, number, title, file, "No data for " + ind + " for " + subject + ".");
    }
    if (facts.size() + published.size() < 3) {
      // two dots make no chart: the values stand in the tables
      return empty(spec, number, title, file, "Too few values to chart (" + Prose.join(
          java.util.stream.Stream.concat(facts.stream().map(PlotPoint::label), published.stream()
              .map(q -> q.label() + " projection")).toList()) + "); see the tables.");
    }
    Optional<Fan> fan = Optional.empty();
    String forecastText = "";
    if (target.isPresent() && !facts.isEmpty()) {
      Outlook o = outlooks.outlook(ind, subject, target.get());
      List<Point> basis = outlooks.basis(ind, subject, target.get());
      if (o instanceof Forecast f && !basis.isEmpty()) {
        Point last = basis.get(basis.size() - 1);
        fan = Optional.of(new Fan(last.period().ordinal(), last.value(), target.get().ordinal(),
            target.get().toString(), f.point(), f.p80().lo(), f.p80().hi(), f.p95().lo(), f.p95().hi()));
        String unit = idx.unit(ind);
        forecastText = "Dyadscope's forecast for " + target.get() + " is " + Figures.approxWithUnit(f.point(), unit)
            + " (80% interval " + Figures.range(f.p80().lo(), f.p80().hi(), unit) + ", 95% interval "
            + Figures.range(f.p95().lo(), f.p95().hi(), unit) + "; " + f.method() + ")"
            + io.dyadscope.analysis.ForecastVerdict.tooUncertain(f, basis, outlooks.options(), unit)
                .map(w -> ", " + io.dyadscope.analysis.ForecastVerdict.Kind.TOO_UNCERTAIN.words() + " a published figure by (" + w
                    + ")").orElse("")
            + ".";
        csv.append(target.get()).append(',').append(Figures.plain(Figures.round(f.point())).replace(",", ""))
            .append(",Dyadscope forecast,\n");
      } else if (o instanceof io.dyadscope.analysis.NoForecast nf) {
        forecastText = "Dyadscope makes no forecast for " + target.get() + ": " + nf.reason() + ".";
      }
    }
    boolean monthly = !(facts.isEmpty() ? published : facts).get(0).label().matches("\\d{4}");
    SourceLine sources = SourceLine.of(shown, idx, byId);
    LinePlot plot = new LinePlot(title, Prose.upperFirst(unitTitle(ind)), monthly, facts, published, fan,
        colour(subject, 0), sources.text());
    StringBuilder caption = new StringBuilder(idx.label(ind, subject)).append(": ");
    if (facts.isEmpty()) {
      caption.append("no observed or reported values");
    } else if (facts.size() == 1) {
      caption.append("one observed or reported value, in ").append(facts.get(0).label());
    } else {
      caption.append(Prose.count(facts.size(), "observed or reported value")).append(" from ")
          .append(facts.get(0).label()).append(" to ").append(facts.get(facts.size() - 1).label());
    }
    caption.append(publishedText.isEmpty() ? "." : "; published projection" + (publishedText.size() == 1 ? " " : "s ")
        + Prose.join(publishedText) + ".");
    if (!forecastText.isEmpty()) {
      caption.append(' ').append(forecastText);
    }
    return new Chart(spec.id(), number, title, caption.toString(), file, Optional.of(plot), Optional.empty(),
        "", sources, csv.toString());
  }

  private Chart bars(ChartSpec spec, int number, String title, String file) {
    Names n = idx.names();
    List<String> inds = spec.indicators();
    List<String> subjects = FindingRule.SUBJECT_KINDS.contains(spec.subject())
        ? idx.subjectsOfKind(spec.subject(), inds) : List.of(n.code(spec.subject()));
    // values[indicator][subject][0 = latest fact, 1 = latest projection]
    Reading[][][] v = new Reading[inds.size()][subjects.size()][2];
    TreeSet<String> factPeriods = new TreeSet<>();
    TreeSet<String> projectionPeriods = new TreeSet<>();
    boolean anyFact = false;
    boolean anyProjection = false;
    for (int i = 0; i < inds.size(); i++) {
      for (int s = 0; s < subjects.size(); s++) {
        v[i][s][0] = idx.latest(inds.get(i), subjects.get(s), StatusFilter.FACT).orElse(null);
        v[i][s][1] = idx.latest(inds.get(i), subjects.get(s), StatusFilter.PROJECTION).orElse(null);
        if (v[i][s][0] != null) {
          anyFact = true;
          factPeriods.add(v[i][s][0].period().toString());
        }
        if (v[i][s][1] != null) {
          anyProjection = true;
          projectionPeriods.add(v[i][s][1].period().toString());
        }
      }
    }
    if (!anyFact && !anyProjection) {
      return empty(spec, number, title, file, "No data for " + String.join(", ", inds) + ".");
    }
    boolean byIndicator = spec.groups().equals("indicator");
    List<String> groups = new ArrayList<>();
    List<String> series = new ArrayList<>();
    List<int[]> seriesKeys = new ArrayList<>();
    List<String> colours = new ArrayList<>();
    List<Boolean> projectedFlags = new ArrayList<>();
    int groupCount = byIndicator ? inds.size() : subjects.size();
    int memberCount = byIndicator ? subjects.size() : inds.size();
    for (int g = 0; g < groupCount; g++) {
      groups.add(byIndicator ? term(spec, g) : n.label(subjects.get(g)));
    }
    for (int status = 0; status < 2; status++) {
      if ((status == 0 && !anyFact) || (status == 1 && !anyProjection)) {
        continue;
      }
      for (int m = 0; m < memberCount; m++) {
        String name = byIndicator ? n.label(subjects.get(m)) : term(spec, m);
        series.add(status == 0 ? name : name + ", projected");
        seriesKeys.add(new int[] {m, status});
        colours.add(byIndicator ? colour(subjects.get(m), m) : colour("", m));
        projectedFlags.add(status == 1);
      }
    }
    List<List<Double>> values = new ArrayList<>();
    for (int g = 0; g < groupCount; g++) {
      List<Double> row = new ArrayList<>();
      for (int[] key : seriesKeys) {
        int i = byIndicator ? g : key[0];
        int s = byIndicator ? key[0] : g;
        Reading r = v[i][s][key[1]];
        row.add(r == null ? Double.NaN : r.value());
      }
      values.add(row);
    }
    // drop series without any bar, so the legend lists only what is drawn
    for (int k = series.size() - 1; k >= 0; k--) {
      final int col = k;
      if (values.stream().allMatch(row -> row.get(col).isNaN())) {
        series.remove(k);
        colours.remove(k);
        projectedFlags.remove(k);
        seriesKeys.remove(k);
        for (List<Double> row : values) {
          row.remove(k);
        }
      }
    }
    String units = inds.stream().map(idx::unit).distinct().count() == 1 ? unitTitle(inds.get(0)) : "value";
    java.util.LinkedHashSet<String> shown = new java.util.LinkedHashSet<>();
    StringBuilder csv = new StringBuilder("group,series,period,value,status,sources\n");
    for (int g = 0; g < groupCount; g++) {
      for (int k = 0; k < seriesKeys.size(); k++) {
        int[] key = seriesKeys.get(k);
        Reading r = v[byIndicator ? g : key[0]][byIndicator ? key[0] : g][key[1]];
        if (r != null) {
          shown.addAll(r.observationIds());
          csv.append(csvField(groups.get(g))).append(',').append(csvField(series.get(k))).append(',')
              .append(r.period()).append(',').append(Figures.exact(r.value()).replace(",", "")).append(',')
              .append(key[1] == 0 ? "fact" : "published projection").append(',')
              .append(String.join(" ", r.sourceIds())).append('\n');
        }
      }
    }
    SourceLine sources = SourceLine.of(shown, idx, byId);
    BarPlot plot = new BarPlot(title, Prose.upperFirst(units), groups, series, values, colours, projectedFlags,
        sources.text());
    List<String> parts = new ArrayList<>();
    if (anyFact) {
      parts.add("the latest observed or reported value (" + String.join(", ", factPeriods) + ")");
    }
    if (anyProjection) {
      parts.add("the latest published projection (" + String.join(", ", projectionPeriods) + ")");
    }
    // the chart's short terms, where given, keep the caption to what the legend and axis already name
    List<String> what = new ArrayList<>();
    for (int i = 0; i < inds.size(); i++) {
      what.add(Prose.lowerFirst(term(spec, i)));
    }
    String caption = "Bars show " + Prose.join(parts) + " of " + Prose.join(what) + " for "
        + Prose.join(subjects.stream().map(n::label).toList()) + ".";
    return new Chart(spec.id(), number, title, caption, file, Optional.empty(), Optional.of(plot),
        "", sources, csv.toString());
  }

  private static String csvField(String s) {
    return s.contains(",") || s.contains("\"") ? "\"" + s.replace("\"", "\"\"") + "\"" : s;
  }

  private String term(ChartSpec spec, int i) {
    return spec.terms().isEmpty() ? idx.indicatorName(spec.indicators().get(i)) : spec.terms().get(i);
  }

  private String unitTitle(String ind) {
    String u = idx.unit(ind);
    return switch (u) {
      case "percent" -> "percent";
      case "count" -> "number";
      default -> u;
    };
  }
}
