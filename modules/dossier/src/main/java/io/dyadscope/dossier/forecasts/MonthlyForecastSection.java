package io.dyadscope.dossier.forecasts;

import io.dyadscope.analysis.monthly.Evaluation;
import io.dyadscope.analysis.monthly.KeptForecast;
import io.dyadscope.analysis.monthly.MonthlyForecast;
import io.dyadscope.analysis.monthly.MonthlySeries;
import io.dyadscope.evidence.text.Figures;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The dossier's "Monthly forecasts" section as a model: a dyad's monthly counts in one event dataset,
 * the forecast of the model with the best rolling-origin record for the next months, every model's
 * record against the no-change and Poisson baselines, the one sentence on what that record says, and
 * the forecasts kept earlier, scored where later data cover them. Pure; the renderers draw it. With
 * no events it holds only a text saying how to import them.
 *
 * @param dyad        e.g. {@code PAK-AFG}
 * @param dataset     the dataset's title, or empty with no events
 * @param sourceId    the source id its figures cite (e.g. {@code ucdp-ged}), or empty
 * @param measure     {@code events} or {@code fatalities}
 * @param series      the monthly counts, or empty with no events
 * @param forecast    the chosen model's forecast, or empty
 * @param evaluation  the rolling-origin record, or empty
 * @param dataVersion the data the forecast was made from
 * @param record      kept forecasts with their outturns, oldest first
 */
public record MonthlyForecastSection(String dyad, String dataset, String sourceId, String measure,
    Optional<MonthlySeries> series, Optional<MonthlyForecast> forecast, Optional<Evaluation> evaluation,
    String dataVersion, List<KeptForecast.Outturn> record) {

  /** Months of history the fan chart shows before the forecast. */
  public static final int HISTORY_MONTHS = 48;

  public MonthlyForecastSection {
    record = List.copyOf(record);
  }

  /** The section when the dyad has no events. */
  public static MonthlyForecastSection none(String dyad) {
    return new MonthlyForecastSection(dyad, "", "", "events", Optional.empty(), Optional.empty(), Optional.empty(), "",
        List.of());
  }

  public static MonthlyForecastSection of(String dyad, String dataset, String sourceId, String measure,
      MonthlySeries series, MonthlyForecast forecast, Evaluation evaluation, String dataVersion,
      List<KeptForecast.Outturn> record) {
    return new MonthlyForecastSection(dyad, dataset, sourceId, measure, Optional.of(series), Optional.of(forecast),
        Optional.of(evaluation), dataVersion, record);
  }

  public boolean isEmpty() {
    return series.isEmpty();
  }

  /** The paragraphs: what is forecast and from what, what the record says, the latest kept forecast. */
  public List<String> text() {
    if (isEmpty()) {
      return List.of("No events imported for " + dyad + ", so there is nothing to forecast month by month. Import"
          + " UCDP GED, ACLED or GDELT files with `dyadscope import events FILE...`; `dyadscope forecast --monthly`"
          + " then forecasts the next six months and tests its models on the past.");
    }
    MonthlySeries s = series.orElseThrow();
    MonthlyForecast f = forecast.orElseThrow();
    Evaluation e = evaluation.orElseThrow();
    List<String> out = new ArrayList<>();
    out.add(dataset + ": " + measure + " per month for " + dyad + ", " + s.start() + " to " + s.end() + " ("
        + Figures.count(s.size()) + " months; data version " + dataVersion + "). Each month ahead is forecast as a"
        + " full distribution by four models (no-change and Poisson baselines, a negative binomial, and their"
        + " ensemble) and each model is tested by rolling origin: fitted on the months before each past month only,"
        + " then scored by CRPS, ignorance and interval score, as the VIEWS prediction challenge scores its entries."
        + " The fan shows the " + f.model().label() + " model, " + (e.isEmpty()
            ? "the simplest, as the series is too short to compare the models (" : "the one with the best record (")
        + f.basis() + ").");
    out.add(e.sentence());
    out.add(keptText());
    return out;
  }

  private String keptText() {
    if (record.isEmpty()) {
      return "No forecast has been kept yet: `dyadscope forecast --monthly --keep` keeps this one, with its date and"
          + " data version, to be scored when later data are imported.";
    }
    KeptForecast.Outturn latest = record.stream().max(Comparator.comparing((KeptForecast.Outturn o) -> o.kept().made())
        .thenComparing(o -> o.kept().origin()).thenComparingInt(o -> -o.kept().horizon())).orElseThrow();
    KeptForecast k = latest.kept();
    List<KeptForecast.Outturn> scored = record.stream().filter(KeptForecast.Outturn::scored).toList();
    long inside = scored.stream().filter(KeptForecast.Outturn::inside90).count();
    return "Latest kept forecast: made " + k.made() + " by the " + k.modelLabel() + " model from data through "
        + k.origin() + " (version " + k.dataVersion() + "), median " + Figures.grouped(k.median()) + " for " + k.target()
        + " with a 90% interval of " + Figures.grouped(k.lo90()) + " to " + Figures.grouped(k.hi90()) + ". Its record: "
        + (scored.isEmpty() ? "none of the " + Figures.count(record.size()) + " kept months has been observed yet."
            : Figures.count(scored.size()) + " of " + Figures.count(record.size()) + " kept months observed, "
                + Figures.count(inside) + " inside their 90% interval, mean CRPS " + Figures.fixed(scored.stream()
                    .mapToDouble(KeptForecast.Outturn::crps).average().orElseThrow(), 2) + ".");
  }
}
