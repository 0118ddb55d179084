package io.dyadscope.app.events;

import io.dyadscope.analysis.monthly.KeptForecast;
import io.dyadscope.analysis.monthly.MonthlyForecast;
import io.dyadscope.app.CsvLog;
import io.dyadscope.evidence.Dyad;
import io.dyadscope.evidence.number.StatNumber;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Monthly forecasts kept before their months were observed ({@value #FILE} in the workspace folder):
 * each month's distribution as its 99 percentiles, with the day it was made, the last month of data
 * it was made from and that data's version; {@link KeptForecast#scored} scores them once later data
 * cover their months.
 */
public final class MonthlyForecastLog {

  public static final String FILE = "monthly-forecasts.csv";
  static final String HEADER = "made,dyad,dataset,measure,model,origin,target,horizon,data_version,mean,percentiles";

  private MonthlyForecastLog() {}

  /** Appends {@code forecast}'s months to the log of {@code dir}. */
  public static void keep(Path dir, Dyad dyad, String dataset, String measure, MonthlyForecast forecast,
      YearMonth origin, String dataVersion, LocalDate made) {
    StringBuilder lines = new StringBuilder();
    for (MonthlyForecast.Step s : forecast.steps()) {
      StringBuilder q = new StringBuilder();
      for (int p = 1; p <= 99; p++) {
        q.append(p == 1 ? "" : " ").append(s.distribution().quantile(p / 100.0));
      }
      lines.append(String.join(",", made.toString(), dyad.id(), dataset, measure, forecast.model().name(),
          origin.toString(), s.month().toString(), Integer.toString(s.horizon()), dataVersion,
          io.dyadscope.evidence.text.Figures.decimals(s.distribution().mean(), 3), q)).append('\n');
    }
    CsvLog.append(dir.resolve(FILE), HEADER, lines);
  }

  /**
   * The kept months of {@code dyad}, {@code dataset} and {@code measure}, oldest first; a month kept
   * again from the same origin replaces the earlier one.
   *
   * @throws IllegalArgumentException naming the file and line of a bad record
   */
  public static List<KeptForecast> read(Path dir, Dyad dyad, String dataset, String measure) {
    Map<String, KeptForecast> byKey = new LinkedHashMap<>();
    CsvLog.forEach(dir.resolve(FILE), r -> {
      if (!r.get("dyad").equals(dyad.id()) || !r.get("dataset").equals(dataset) || !r.get("measure").equals(measure)) {
        return;
      }
      double[] q = Arrays.stream(r.get("percentiles").split(" ")).mapToDouble(StatNumber::decimal).toArray();
      KeptForecast k = new KeptForecast(LocalDate.parse(r.get("made")), r.get("model"),
          YearMonth.parse(r.get("origin")), YearMonth.parse(r.get("target")), Integer.parseInt(r.get("horizon")),
          r.get("data_version"), StatNumber.decimal(r.get("mean")), q);
      byKey.remove(k.origin() + "|" + k.target());
      byKey.put(k.origin() + "|" + k.target(), k);
    });
    return new ArrayList<>(byKey.values());
  }
}
