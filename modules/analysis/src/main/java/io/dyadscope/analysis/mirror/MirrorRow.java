package io.dyadscope.analysis.mirror;

import io.dyadscope.evidence.Period;
import java.util.Optional;

/**
 * One flow in one period as both sides report it.
 *
 * @param exporter       alpha-3 of the exporting country
 * @param importer       alpha-3 of the importing country
 * @param period         the year or month
 * @param exportReport   the exporter's reported exports (FOB), if reported
 * @param importReport   the importer's reported imports (CIF), if reported
 * @param gap            importer's minus exporter's figure, NaN unless both exist
 * @param ratio          importer's over exporter's figure, NaN unless both exist and exports are above 0
 * @param adjustedGap    the ratio less the expected CIF/FOB ratio, as a share: what valuation does
 *                       not explain; NaN when the ratio is
 * @param flagged        true when {@code |adjustedGap|} is beyond the policy's threshold
 * @param reading        one sentence saying what the figures show
 */
public record MirrorRow(String exporter, String importer, Period period, Optional<ReportedFlow> exportReport,
    Optional<ReportedFlow> importReport, double gap, double ratio, double adjustedGap, boolean flagged,
    String reading) {

  public boolean complete() {
    return exportReport.isPresent() && importReport.isPresent();
  }
}
