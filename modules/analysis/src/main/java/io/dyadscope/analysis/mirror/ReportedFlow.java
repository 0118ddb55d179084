package io.dyadscope.analysis.mirror;

import io.dyadscope.evidence.Period;
import java.util.Objects;

/**
 * One country's report of a flow of goods between two countries.
 *
 * @param exporter alpha-3 code of the country the goods left
 * @param importer alpha-3 code of the country they entered
 * @param period   the year or month
 * @param value    the value reported, in {@code unit}
 * @param unit     e.g. {@code USD million}
 * @param reporter alpha-3 code of the reporting country: the exporter (a FOB export figure) or
 *                 the importer (a CIF import figure)
 * @param sourceId the source to cite
 */
public record ReportedFlow(String exporter, String importer, Period period, double value, String unit, String reporter,
    String sourceId) {

  public ReportedFlow {
    Objects.requireNonNull(period, "period");
    if (exporter == null || importer == null || exporter.equals(importer)) {
      throw new IllegalArgumentException("a flow needs two different countries: " + exporter + " -> " + importer);
    }
    if (!reporter.equals(exporter) && !reporter.equals(importer)) {
      throw new IllegalArgumentException("reporter " + reporter + " is neither exporter " + exporter + " nor importer "
          + importer);
    }
    if (!Double.isFinite(value) || value < 0) {
      throw new IllegalArgumentException("flow value must be a finite non-negative number: " + value);
    }
    Objects.requireNonNull(unit, "unit");
    Objects.requireNonNull(sourceId, "sourceId");
  }

  public boolean byExporter() {
    return reporter.equals(exporter);
  }

  /**
   * The dataset the report comes from: the source id without its reporter code
   * ({@code comtrade-} for {@code comtrade-PAK}, {@code imf-dots-} for {@code imf-dots-PAK}), or the
   * whole id when it does not end with the reporter. Mirror pairs are formed within one dataset.
   */
  public String dataset() {
    return sourceId.endsWith(reporter) ? sourceId.substring(0, sourceId.length() - reporter.length()) : sourceId;
  }
}
