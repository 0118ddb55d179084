package io.dyadscope.cli;

import io.dyadscope.analysis.monthly.Evaluation;
import io.dyadscope.analysis.monthly.KeptForecast;
import io.dyadscope.analysis.monthly.MonthlyForecast;
import io.dyadscope.analysis.monthly.MonthlyModel;
import io.dyadscope.app.events.MonthlyForecastLog;
import io.dyadscope.app.events.MonthlyForecastService.View;
import io.dyadscope.evidence.text.Figures;
import java.io.PrintWriter;
import java.util.List;

/** Prints {@code forecast --monthly}: six monthly distributions per model, the rolling-origin record, kept forecasts. */
final class MonthlyForecastPrinter {

  private MonthlyForecastPrinter() {}

  static void print(PrintWriter out, View v, boolean kept) {
    if (v.isEmpty()) {
      out.println("No events imported for " + v.dyad().id() + ": import ACLED, UCDP GED or GDELT files with"
          + " 'dyadscope import events FILE...', then run 'dyadscope forecast --monthly' again.");
      out.flush();
      return;
    }
    out.println("Monthly " + v.series().label() + " [" + v.sourceId() + "]: " + v.series().size() + " months, "
        + v.series().start() + " to " + v.series().end() + "; data version " + v.dataVersion());
    Evaluation e = v.evaluation();
    for (MonthlyForecast f : v.forecasts()) {
      out.println();
      out.println(f.model().label() + (f.model() == v.chosen() && !e.isEmpty() ? " (best record: lowest mean CRPS)" : "")
          + (f.model().baseline() ? " [baseline]" : "") + ": " + f.basis());
      ConsoleTable t = new ConsoleTable("month", "h", "mean", "2.5%", "5%", "10%", "25%", "median", "75%", "90%", "95%",
          "97.5%");
      for (MonthlyForecast.Step s : f.steps()) {
        List<Integer> q = s.quantiles();
        t.row(s.month(), s.horizon(), Figures.fixed(s.distribution().mean(), 1), q.get(0), q.get(1), q.get(2), q.get(3),
            q.get(4), q.get(5), q.get(6), q.get(7), q.get(8));
      }
      t.print(out);
    }
    out.println();
    int level = (int) Math.round(e.options().level() * 100);
    out.println("Rolling-origin evaluation: " + Figures.count(e.origins()) + " origins"
        + (e.isEmpty() ? "" : ", " + e.first() + " to " + e.last()) + "; each model fitted on the months before"
        + " its origin only. CRPS and interval score in " + v.measure().id() + ", ignorance in bits; skill = 1 - CRPS /"
        + " baseline CRPS (positive: better than the baseline); lower scores are better.");
    ConsoleTable t = new ConsoleTable("model", "h", "forecasts", "CRPS", "skill vs no-change", "skill vs Poisson",
        "ignorance", "interval score " + level + "%", "coverage " + level + "%");
    for (Evaluation.Score s : e.scores()) {
      t.row(s.model().label(), s.horizon(), s.forecasts(), num(s.crps()),
          percent(e.skill(s.model(), MonthlyModel.NO_CHANGE, s.horizon())),
          percent(e.skill(s.model(), MonthlyModel.POISSON, s.horizon())), num(s.ignorance()), num(s.interval()),
          percent(s.coverage()));
    }
    t.print(out);
    out.println(e.sentence());
    List<KeptForecast.Outturn> record = v.record();
    if (kept) {
      out.println("Kept in the workspace (" + MonthlyForecastLog.FILE + "): the " + v.chosen().label()
          + " distributions of the next " + e.options().horizons() + " months, made from data version "
          + v.dataVersion() + "; they are scored once later data cover their months.");
    }
    if (!record.isEmpty()) {
      out.println();
      out.println("Kept forecasts (90% interval: 5th to 95th percentile)");
      ConsoleTable k = new ConsoleTable("made", "from data to", "model", "month", "median", "90% interval", "observed",
          "CRPS", "inside");
      for (KeptForecast.Outturn o : record) {
        KeptForecast x = o.kept();
        k.row(x.made(), x.origin(), x.modelLabel(), x.target(),
            Figures.grouped(x.median()), "[" + Figures.grouped(x.lo90()) + ", " + Figures.grouped(x.hi90()) + "]",
            o.scored() ? Figures.grouped(o.observed()) : "not yet", o.scored() ? num(o.crps()) : "",
            o.scored() ? (o.inside90() ? "yes" : "no") : "");
      }
      k.print(out);
    }
    out.flush();
  }

  private static String num(double v) {
    return Double.isNaN(v) ? "" : Figures.fixed(v, 2);
  }

  private static String percent(double share) {
    return Double.isNaN(share) ? "" : Figures.percent(share * 100);
  }
}
