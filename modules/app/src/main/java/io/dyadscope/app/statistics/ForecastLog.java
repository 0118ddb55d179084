package io.dyadscope.app.statistics;

import io.dyadscope.evidence.text.Figures;
import io.dyadscope.analysis.Forecast;
import io.dyadscope.analysis.Interval;
import io.dyadscope.analysis.scoring.Projection;
import io.dyadscope.app.CsvLog;
import io.dyadscope.evidence.Dyad;
import io.dyadscope.evidence.number.StatNumber;
import io.dyadscope.evidence.Period;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Dyadscope's own forecasts kept from earlier runs ({@value #FILE} in the workspace folder, one
 * line a kept forecast), so that the outturn scorecard can score them once their period is
 * observed. Only forecasts whose series ended before the target are kept, so no forecast is scored
 * against data it was made from.
 */
public final class ForecastLog {

  public static final String FILE = "forecasts.csv";
  public static final String FORECASTER = "dyadscope";
  static final String HEADER = "forecaster,indicator,dyad,subject,target,value,lo80,hi80,series_end";

  private ForecastLog() {}

  /** Appends {@code f}, made from a series ending at {@code seriesEnd}, to the log of {@code dir}. */
  public static void keep(Path dir, Dyad dyad, Forecast f, Period seriesEnd) {
    if (f.target().compareTo(seriesEnd) <= 0) {
      throw new IllegalArgumentException("forecast target " + f.target() + " is not after the series end " + seriesEnd);
    }
    String line = String.join(",", FORECASTER, f.indicator(), dyad.id(), f.subject(), f.target().toString(),
        num(f.point()), num(f.p80().lo()), num(f.p80().hi()), seriesEnd.toString()) + "\n";
    CsvLog.append(dir.resolve(FILE), HEADER, line);
  }

  /**
   * The kept forecasts of {@code dyad}; a later forecast for the same target replaces an earlier one.
   *
   * @throws IllegalArgumentException naming the file and line of a bad record
   */
  public static List<Projection> read(Path dir, Dyad dyad) {
    java.util.Map<String, Projection> byTarget = new java.util.LinkedHashMap<>();
    CsvLog.forEach(dir.resolve(FILE), r -> {
      if (!r.get("dyad").equals(dyad.id())) {
        return;
      }
      Projection pr = new Projection(r.get("forecaster"), r.get("indicator"), r.get("subject"),
          Period.parse(r.get("target")), StatNumber.decimal(r.get("value")),
          Optional.of(new Interval(StatNumber.decimal(r.get("lo80")), StatNumber.decimal(r.get("hi80")))));
      byTarget.put(pr.forecaster() + "|" + pr.target(), pr);
    });
    return new ArrayList<>(byTarget.values());
  }

  private static String num(double v) {
    return Figures.data(v);
  }
}
