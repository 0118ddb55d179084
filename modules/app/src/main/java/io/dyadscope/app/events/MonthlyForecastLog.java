package io.dyadscope.app.events;

import io.dyadscope.analysis.monthly.MonthlyForecast;
import io.dyadscope.analysis.monthly.MonthlySeries;
import io.dyadscope.analysis.monthly.Predictive;
import io.dyadscope.analysis.monthly.Scores;
import io.dyadscope.evidence.Dyad;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Monthly forecasts kept before their months were observed ({@value #FILE} in the workspace folder):
 * each month's distribution as its 99 percentiles, with the day it was made, the last month of data
 * it was made from and that data's version. Once later data cover a kept month, {@link #scored}
 * scores it: CRPS of the 99 percentiles taken as equally likely values, and whether the outcome fell
 * inside the central 90% (5th to 95th percentile) with its interval score.
 */
public final class MonthlyForecastLog {

  public static final String FILE = "monthly-forecasts.csv";
  static final String HEADER = "made,dyad,dataset,measure,model,origin,target,horizon,data_version,mean,percentiles";
  static final double ALPHA = 0.10;

  private MonthlyForecastLog() {}

  /**
   * A kept month.
   *
   * @param made        the day it was kept
   * @param origin      the last month of data it was made from
   * @param percentiles the 1st to 99th percentiles
   */
  public record Kept(LocalDate made, String dyad, String dataset, String measure, String model, YearMonth origin,
      YearMonth target, int horizon, String dataVersion, double mean, double[] percentiles) {

    public double lo90() {
      return percentiles[4];
    }

    public double hi90() {
      return percentiles[94];
    }

    public double median() {
      return percentiles[49];
    }
  }

  /** A kept month beside what was later observed (NaN scores while it is not). */
  public record Outturn(Kept kept, double observed, double crps, boolean inside90, double intervalScore) {
    public boolean scored() {
      return !Double.isNaN(observed);
    }
  }

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
    Path file = dir.resolve(FILE);
    try {
      if (!Files.exists(file)) {
        Files.writeString(file, HEADER + "\n", StandardCharsets.UTF_8);
      }
      Files.writeString(file, lines, StandardCharsets.UTF_8, StandardOpenOption.APPEND);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + file + ": " + e.getMessage(), e);
    }
  }

  /**
   * The kept months of {@code dyad}, {@code dataset} and {@code measure}, oldest first; a month kept
   * again from the same origin replaces the earlier one.
   *
   * @throws IllegalArgumentException naming the file and line of a bad record
   */
  public static List<Kept> read(Path dir, Dyad dyad, String dataset, String measure) {
    Path file = dir.resolve(FILE);
    if (!Files.isRegularFile(file)) {
      return List.of();
    }
    Map<String, Kept> byKey = new LinkedHashMap<>();
    try (CSVParser p = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).build()
        .parse(new StringReader(Files.readString(file, StandardCharsets.UTF_8)))) {
      for (CSVRecord r : p) {
        try {
          if (!r.get("dyad").equals(dyad.id()) || !r.get("dataset").equals(dataset) || !r.get("measure").equals(measure)) {
            continue;
          }
          double[] q = Arrays.stream(r.get("percentiles").split(" ")).mapToDouble(Double::parseDouble).toArray();
          if (q.length != 99) {
            throw new IllegalArgumentException("percentiles: " + q.length + " values, expected 99");
          }
          Kept k = new Kept(LocalDate.parse(r.get("made")), r.get("dyad"), dataset, measure, r.get("model"),
              YearMonth.parse(r.get("origin")), YearMonth.parse(r.get("target")), Integer.parseInt(r.get("horizon")),
              r.get("data_version"), Double.parseDouble(r.get("mean")), q);
          byKey.remove(k.origin() + "|" + k.target());
          byKey.put(k.origin() + "|" + k.target(), k);
        } catch (RuntimeException e) {
          throw new IllegalArgumentException(file + ":" + p.getCurrentLineNumber() + ": " + e.getMessage());
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
    }
    return new ArrayList<>(byKey.values());
  }

  /** Each kept month against {@code series}: scored where the series covers its month and the month is past the origin. */
  public static List<Outturn> scored(List<Kept> kept, MonthlySeries series) {
    List<Outturn> out = new ArrayList<>();
    for (Kept k : kept) {
      double y = series.valueAt(k.target());
      if (Double.isNaN(y) || !k.target().isAfter(k.origin())) {
        out.add(new Outturn(k, Double.NaN, Double.NaN, false, Double.NaN));
        continue;
      }
      int outcome = (int) y;
      out.add(new Outturn(k, y, Scores.crps(Predictive.empirical(k.percentiles()), outcome),
          y >= k.lo90() && y <= k.hi90(), Scores.intervalScore(k.lo90(), k.hi90(), ALPHA, y)));
    }
    return out;
  }
}
