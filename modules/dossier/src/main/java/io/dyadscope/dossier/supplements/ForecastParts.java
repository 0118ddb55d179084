package io.dyadscope.dossier.supplements;

import io.dyadscope.analysis.monthly.Evaluation;
import io.dyadscope.analysis.monthly.KeptForecast;
import io.dyadscope.analysis.monthly.MonthlyForecast;
import io.dyadscope.analysis.monthly.MonthlyModel;
import io.dyadscope.analysis.monthly.MonthlySeries;
import io.dyadscope.dossier.SourceLine;
import io.dyadscope.dossier.chart.BarPlot;
import io.dyadscope.dossier.chart.Fan;
import io.dyadscope.dossier.chart.FanPlot;
import io.dyadscope.dossier.chart.Palette;
import io.dyadscope.dossier.chart.PlotPoint;
import io.dyadscope.dossier.forecasts.MonthlyForecastSection;
import io.dyadscope.evidence.Source;
import io.dyadscope.evidence.text.Figures;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The "Monthly forecasts" section, ready to print (as an {@link EventPart}: paragraphs, figures,
 * tables): the fan chart of the next months with the history, the CRPS of every model by horizon, the
 * forecast's quantiles, the rolling-origin evaluation and the kept forecasts' record, each citing the
 * event dataset. Drawn by the dossier's {@link Charts} in its {@link Palette}. Pure.
 */
public final class ForecastParts {

  private ForecastParts() {}

  public static EventPart of(MonthlyForecastSection s, Map<String, Source> sources) {
    if (s.isEmpty()) {
      return new EventPart(s.text(), List.of(), List.of());
    }
    SourceLine line = SupplementsBuilder.line(List.of(s.sourceId()), sources, s.dataset());
    MonthlySeries series = s.series().orElseThrow();
    MonthlyForecast f = s.forecast().orElseThrow();
    Evaluation e = s.evaluation().orElseThrow();
    // a series too short for the rolling origin has no record to chart or tabulate: the text says so
    List<EventFigure> figures = e.isEmpty() ? List.of(fan(s, series, f, line))
        : List.of(fan(s, series, f, line), crpsChart(s, e, line));
    List<GridTable> tables = new ArrayList<>(List.of(quantiles(s, f, line)));
    if (!e.isEmpty()) {
      tables.add(evaluation(s, e, line));
    }
    if (!s.record().isEmpty()) {
      tables.add(kept(s, line));
    }
    return new EventPart(s.text(), figures, tables);
  }

  private static EventFigure fan(MonthlyForecastSection s, MonthlySeries series, MonthlyForecast f, SourceLine line) {
    int from = Math.max(0, series.size() - MonthlyForecastSection.HISTORY_MONTHS);
    List<PlotPoint> facts = new ArrayList<>();
    StringBuilder csv = new StringBuilder("month,observed,median,lo80,hi80,lo95,hi95,mean\n");
    for (int i = from; i < series.size(); i++) {
      facts.add(new PlotPoint(ordinal(series.month(i)), series.value(i), series.month(i).toString()));
      csv.append(series.month(i)).append(',').append(Figures.data(series.value(i))).append(",,,,,,\n");
    }
    PlotPoint last = facts.get(facts.size() - 1);
    List<Fan> steps = new ArrayList<>();
    for (MonthlyForecast.Step st : f.steps()) {
      int[] i80 = st.distribution().interval(0.8);
      int[] i95 = st.distribution().interval(0.95);
      steps.add(new Fan(last.x(), last.y(), ordinal(st.month()), st.month().toString(), st.median(), i80[0], i80[1],
          i95[0], i95[1]));
      csv.append(st.month()).append(",,").append(st.median()).append(',').append(i80[0]).append(',').append(i80[1])
          .append(',').append(i95[0]).append(',').append(i95[1]).append(',')
          .append(Figures.decimals(st.distribution().mean(), 3)).append('\n');
    }
    String title = "Monthly " + s.measure() + ", " + s.dyad() + ": the next " + steps.size() + " months";
    FanPlot plot = (new FanPlot(title, s.measure() + " per month", facts, steps, Palette.DYAD, line.text()));
    return new EventFigure("forecast-monthly-fan", title, "The last " + facts.size() + " months observed and the "
        + f.model().label() + " model's median with its 80% and 95% intervals; " + s.dataset() + ", data version "
        + s.dataVersion() + ".", plot, csv.toString(), line);
  }

  private static EventFigure crpsChart(MonthlyForecastSection s, Evaluation e, SourceLine line) {
    List<String> groups = new ArrayList<>();
    List<List<Double>> values = new ArrayList<>();
    List<String> models = new ArrayList<>();
    for (MonthlyModel m : MonthlyModel.values()) {
      models.add(m.label() + (m.baseline() ? " (baseline)" : ""));
    }
    StringBuilder csv = new StringBuilder("horizon");
    models.forEach(m -> csv.append(',').append(m));
    csv.append('\n');
    for (int h = 1; h <= e.options().horizons(); h++) {
      groups.add(h == 1 ? "1 month" : h + " months");
      List<Double> row = new ArrayList<>();
      csv.append(h);
      for (MonthlyModel m : MonthlyModel.values()) {
        row.add(e.score(m, h).crps());
        csv.append(',').append(Figures.decimals(e.score(m, h).crps(), 4));
      }
      values.add(row);
      csv.append('\n');
    }
    String title = "Mean CRPS by months ahead, " + s.dyad() + " (lower is better)";
    BarPlot plot = (new BarPlot(title, "mean CRPS (" + s.measure() + ")", groups, models, values,
        Palette.sequence(models.size()), models.stream().map(m -> false).toList(), line.text()));
    return new EventFigure("forecast-monthly-crps", title, "Rolling origin over " + Figures.count(e.origins())
        + " months (" + e.first() + " to " + e.last() + "); each model fitted on the months before each origin only.",
        plot, csv.toString(), line);
  }

  private static GridTable quantiles(MonthlyForecastSection s, MonthlyForecast f, SourceLine line) {
    List<List<String>> rows = new ArrayList<>();
    for (MonthlyForecast.Step st : f.steps()) {
      List<Integer> q = st.quantiles();
      rows.add(List.of(st.month().toString(), Figures.fixed(st.distribution().mean(), 1), Figures.count(q.get(4)),
          range(q.get(3), q.get(5)), range(q.get(2), q.get(6)), range(q.get(1), q.get(7)), range(q.get(0), q.get(8))));
    }
    return new GridTable("forecast-monthly-quantiles", "Forecast of " + s.measure() + " per month, " + s.dyad() + " ("
        + f.model().label() + " model)", List.of("Month", "Mean", "Median", "50% interval", "80% interval",
            "90% interval", "95% interval"), List.of(false, true, true, true, true, true, true), rows,
        List.of("Central intervals of the predictive distribution: quantiles (1 - level)/2 and (1 + level)/2. Basis: "
            + f.basis() + "."), line, "");
  }

  private static GridTable evaluation(MonthlyForecastSection s, Evaluation e, SourceLine line) {
    int level = (int) Math.round(e.options().level() * 100);
    List<List<String>> rows = new ArrayList<>();
    for (Evaluation.Score x : e.scores()) {
      rows.add(List.of(x.model().label() + (x.model().baseline() ? " (baseline)" : ""), Integer.toString(x.horizon()),
          Figures.count(x.forecasts()), num(x.crps()), skill(e.skill(x.model(), MonthlyModel.NO_CHANGE, x.horizon())),
          skill(e.skill(x.model(), MonthlyModel.POISSON, x.horizon())), num(x.ignorance()), num(x.interval()),
          Double.isNaN(x.coverage()) ? "" : Figures.percent(x.coverage() * 100)));
    }
    return new GridTable("forecast-monthly-evaluation", "Rolling-origin evaluation of the monthly forecasts, "
        + s.dyad(), List.of("Model", "Months ahead", "Forecasts", "CRPS", "Skill vs no-change", "Skill vs Poisson",
            "Ignorance (bits)", "Interval score (" + level + "%)", "Coverage (" + level + "%)"),
        List.of(false, true, true, true, true, true, true, true, true), rows,
        List.of("Means over the origins " + e.first() + " to " + e.last() + ". CRPS and interval score are in "
            + s.measure() + " per month, lower is better; skill is 1 - CRPS / the baseline's CRPS (positive: better"
            + " than the baseline); ignorance is -log2 of the probability given to the outcome (at least 1 in 10,000);"
            + " coverage is the share of outcomes inside the central " + level + "% interval."), line, "");
  }

  private static GridTable kept(MonthlyForecastSection s, SourceLine line) {
    List<List<String>> rows = new ArrayList<>();
    for (KeptForecast.Outturn o : s.record()) {
      KeptForecast k = o.kept();
      rows.add(List.of(k.made().toString(), k.origin().toString(), k.dataVersion(), k.modelLabel(),
          k.target().toString(), Figures.grouped(k.median()), range((int) k.lo90(), (int) k.hi90()),
          o.scored() ? Figures.grouped(o.observed()) : "not yet", o.scored() ? num(o.crps()) : "",
          o.scored() ? (o.inside90() ? "yes" : "no") : ""));
    }
    return new GridTable("forecast-monthly-kept", "Kept monthly forecasts and what followed, " + s.dyad(),
        List.of("Made", "Data through", "Data version", "Model", "Month", "Median", "90% interval", "Observed", "CRPS",
            "Inside"), List.of(false, false, false, false, false, true, true, true, true, false), rows,
        List.of("Kept with dyadscope forecast --monthly --keep; scored against the data imported since (CRPS of the"
            + " kept 1st to 99th percentiles)."), line, "");
  }

  private static double ordinal(YearMonth m) {
    return m.getYear() * 12.0 + m.getMonthValue() - 1;
  }

  private static String range(int lo, int hi) {
    return Figures.count(lo) + " to " + Figures.count(hi);
  }

  private static String num(double v) {
    return Double.isNaN(v) ? "" : Figures.fixed(v, 2);
  }

  private static String skill(double v) {
    return Double.isNaN(v) ? "" : Figures.signedPercent(v * 100);
  }
}
