package io.dyadscope.cli;

import io.dyadscope.app.events.MonthlyForecastService;
import io.dyadscope.events.picture.MonthlyCounts.Measure;
import io.dyadscope.evidence.Dyad;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;

/** The options of {@code forecast --monthly}. */
public final class MonthlyForecastOptions {

  @Option(names = "--monthly", description = "Monthly distributions from the dyad's events, with their rolling-origin record.")
  boolean monthly;

  @Option(names = "--dataset", paramLabel = "D",
      description = "Event dataset: ucdp-ged, acled-events or gdelt-events (default: ucdp-ged when imported, else the one"
          + " with most events).")
  String dataset;

  @Option(names = "--measure", paramLabel = "events|fatalities", defaultValue = "events",
      converter = MeasureConverter.class, description = "What to count per month (default: ${DEFAULT-VALUE}).")
  Measure measure;

  MonthlyForecastService.Request request(Dyad dyad, boolean keep) {
    return new MonthlyForecastService.Request(dyad, dataset, measure, keep);
  }

  static final class MeasureConverter implements ITypeConverter<Measure> {
    @Override
    public Measure convert(String value) {
      try {
        return Measure.parse(value);
      } catch (IllegalArgumentException e) {
        throw new picocli.CommandLine.TypeConversionException(e.getMessage());
      }
    }
  }
}
