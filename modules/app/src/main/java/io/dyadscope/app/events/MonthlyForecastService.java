package io.dyadscope.app.events;

import io.dyadscope.app.WorkspaceAccess;
import io.dyadscope.analysis.monthly.Evaluation;
import io.dyadscope.analysis.monthly.KeptForecast;
import io.dyadscope.analysis.monthly.MonthlyForecast;
import io.dyadscope.analysis.monthly.MonthlyModel;
import io.dyadscope.analysis.monthly.MonthlyOptions;
import io.dyadscope.analysis.monthly.MonthlySeries;
import io.dyadscope.analysis.monthly.RollingOrigin;
import io.dyadscope.events.Dataset;
import io.dyadscope.events.picture.MonthlyCounts;
import io.dyadscope.events.picture.MonthlyCounts.Measure;
import io.dyadscope.events.rules.DerivedIndicators;
import io.dyadscope.evidence.Dyad;
import io.dyadscope.evidence.Hashing;
import io.dyadscope.evidence.UserError;
import io.dyadscope.store.Workspace;
import io.dyadscope.store.events.MonthlyQueries;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/**
 * {@code forecast --monthly}: a dyad's monthly event or fatality counts in one dataset, every
 * model's distributions for the next six months, their rolling-origin record against the no-change
 * and Poisson baselines, and the forecasts kept earlier, scored where later data cover them.
 */
public final class MonthlyForecastService {

  private final WorkspaceAccess access;
  private final Clock clock;

  public MonthlyForecastService(WorkspaceAccess access, Clock clock) {
    this.access = access;
    this.clock = clock;
  }

  /**
   * @param dyad          the country pair
   * @param datasetOrNull {@code ucdp}, {@code ucdp-ged} (its source id), {@code acled}...; null: UCDP GED
   *                      when the dyad has UCDP events, else the dataset with most
   * @param measure       events or fatalities
   * @param keep          keep the chosen model's distributions for later scoring
   */
  public record Request(Dyad dyad, String datasetOrNull, Measure measure, boolean keep) {}

  /**
   * What the workspace gives; with no events for the dyad only {@code dyad}, {@code measure} and an
   * empty {@code counts} are set.
   *
   * @param chosen      the model with the best rolling-origin record (lowest mean CRPS)
   * @param dataVersion the last month and a digest of the monthly counts the forecasts were made from
   * @param record      the kept forecasts of this series, scored where the data now cover them
   */
  public record View(Dyad dyad, Dataset dataset, Measure measure, MonthlyCounts counts, MonthlySeries series,
      List<MonthlyForecast> forecasts, Evaluation evaluation, MonthlyModel chosen, String dataVersion,
      List<KeptForecast.Outturn> record) {

    public boolean isEmpty() {
      return series == null;
    }

    public MonthlyForecast forecast(MonthlyModel m) {
      return forecasts.stream().filter(f -> f.model() == m).findFirst().orElseThrow();
    }

    /** The source id the figures cite, e.g. {@code ucdp-ged}. */
    public String sourceId() {
      return DerivedIndicators.sourceId(dataset);
    }
  }

  public View forecast(Request request) {
    Path dir = access.directory();
    View v = access.read(ws -> compute(ws, request.dyad(), request.datasetOrNull(), request.measure()));
    if (request.keep()) {
      if (v.isEmpty()) {
        throw new UserError("no events for " + request.dyad().id() + " to forecast from; import some with"
            + " 'dyadscope import events FILE'");
      }
      MonthlyForecastLog.keep(dir, request.dyad(), v.dataset().id(), v.measure().id(), v.forecast(v.chosen()),
          v.series().end(), v.dataVersion(), LocalDate.now(clock));
      return access.read(ws -> compute(ws, request.dyad(), request.datasetOrNull(), request.measure()));
    }
    return v;
  }

  /** The view from a workspace open for reading (the report calls this). */
  public static View compute(Workspace ws, Dyad dyad, String datasetOrNull, Measure measure) {
    MonthlyQueries q = new MonthlyQueries(ws);
    List<String> present = q.datasets(dyad);
    Dataset dataset = choose(datasetOrNull, present);
    if (dataset == null) {
      return new View(dyad, null, measure, new MonthlyCounts(dyad.id(), "", List.of()), null, List.of(), null, null,
          "", List.of());
    }
    MonthlyCounts counts = q.counts(dyad, dataset);
    if (measure == Measure.FATALITIES && !counts.hasFatalities()) {
      throw new UserError(dataset.title() + " records no fatalities; use --measure events");
    }
    MonthlySeries series = new MonthlySeries(measure.id() + ", " + dataset.title() + ", " + dyad.id(), counts.first(),
        counts.totals(measure, null));
    MonthlyOptions o = MonthlyOptions.standard();
    Evaluation evaluation = RollingOrigin.evaluate(series, o);
    String version = counts.last() + "/sha256:" + Hashing.sha256(String.join("\n", counts.lines())).substring(0, 12);
    List<KeptForecast> kept = MonthlyForecastLog.read(ws.directory(), dyad, dataset.id(), measure.id());
    return new View(dyad, dataset, measure, counts, series, MonthlyForecast.all(series, o), evaluation,
        evaluation.best(), version, KeptForecast.scored(kept, series));
  }

  /** The dataset asked for, or the default among those {@code present}; null when the dyad has no events. */
  static Dataset choose(String asked, List<String> present) {
    if (asked != null) {
      String a = asked.strip().toLowerCase(Locale.ROOT);
      for (Dataset d : Dataset.values()) {
        if (d.id().equals(a) || DerivedIndicators.sourceId(d).equals(a)) {
          if (!present.contains(d.id()) && !present.isEmpty()) {
            throw new UserError("no " + DerivedIndicators.sourceId(d) + " events for the dyad in the workspace (it holds "
                + String.join(", ", present.stream().map(x -> DerivedIndicators.sourceId(Dataset.parse(x))).toList())
                + ")");
          }
          return present.contains(d.id()) ? d : null;
        }
      }
      throw new UserError("unknown dataset '" + asked + "' (expected ucdp-ged, acled-events or gdelt-events)");
    }
    if (present.isEmpty()) {
      return null;
    }
    return present.contains(Dataset.UCDP.id()) ? Dataset.UCDP : Dataset.parse(present.get(0));
  }
}
