package io.dyadscope.dossier.official;

import io.dyadscope.evidence.text.Figures;
import io.dyadscope.analysis.mirror.MirrorPolicy;
import io.dyadscope.analysis.mirror.MirrorRow;
import io.dyadscope.analysis.mirror.ReportedFlow;
import io.dyadscope.evidence.Dyad;
import io.dyadscope.evidence.Observation;
import io.dyadscope.evidence.Source;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The mirror-trade table: for each direction and year, the exporter's reported exports and the
 * importer's reported imports (both reporters cited), gap, ratio and flag, and the study's own
 * figure for the same flow and year placed against them.
 */
public final class MirrorTradeTable {

  public static final String ID = "mirror-trade";
  static final List<String> COLUMNS = List.of("Flow", "Year", "Exporter reports", "Importer reports", "Gap",
      "Ratio", "Flag", "Study's figure", "Study vs exporter", "Study vs importer");

  private MirrorTradeTable() {}

  /**
   * @param rows         the mirror comparison ({@code MirrorTrade.compare})
   * @param observations the dyad's observations; facts of {@code trade.exports} and
   *                     {@code trade.imports} from sources other than the reporters are the study's figures
   * @param reporterIds  the ids of the reporting-country sources (to tell them from the study's)
   */
  public static OfficialTable build(Dyad dyad, List<MirrorRow> rows, List<Observation> observations,
      Set<String> reporterIds, Map<String, Source> sources, MirrorPolicy policy) {
    List<List<OfficialCell>> out = new ArrayList<>();
    List<String> cited = new ArrayList<>();
    List<String> notes = new ArrayList<>();
    for (MirrorRow r : rows) {
      String indicator = r.exporter().equals(dyad.first()) ? "trade.exports" : "trade.imports";
      List<Observation> study = observations.stream().filter(o -> o.indicator().equals(indicator)
          && o.subject().equals(dyad.id()) && o.period().equals(r.period()) && o.status().isFact()
          && !reporterIds.contains(o.source())).toList();
      r.exportReport().ifPresent(f -> cited.add(f.sourceId()));
      r.importReport().ifPresent(f -> cited.add(f.sourceId()));
      study.forEach(o -> cited.add(o.source()));
      double exp = r.exportReport().map(ReportedFlow::value).orElse(Double.NaN);
      double imp = r.importReport().map(ReportedFlow::value).orElse(Double.NaN);
      if (study.isEmpty()) {
        out.add(row(r, sources, exp, imp, null));
      } else {
        study.forEach(o -> out.add(row(r, sources, exp, imp, o)));
      }
      if (r.flagged()) {
        notes.add(r.period() + ", " + r.exporter() + " to " + r.importer() + ": " + r.reading() + ".");
      }
    }
    notes.add("Values in " + rows.stream().flatMap(r -> r.exportReport().or(r::importReport).stream())
        .map(ReportedFlow::unit).distinct().collect(Collectors.joining(", ")) + ". Gap: importer's figure minus"
        + " exporter's; ratio: importer's over exporter's. " + policy.reasoning() + " Margin "
        + Texts.num(policy.cifFobMargin() * 100) + "%, threshold " + Texts.num(policy.threshold() * 100) + "%.");
    return new OfficialTable(ID, "Mirror trade: " + dyad.first() + " and " + dyad.second() + " as each reports it",
        COLUMNS, out, Texts.citations(cited, sources), notes);
  }

  private static List<OfficialCell> row(MirrorRow r, Map<String, Source> sources, double exp, double imp,
      Observation study) {
    double s = study == null ? Double.NaN : study.value();
    return List.of(OfficialCell.text(r.exporter() + " to " + r.importer()), OfficialCell.text(r.period().toString()),
        OfficialCell.number(exp, Texts.num(exp) + r.exportReport().map(f -> " (" + Texts.shortName(f.sourceId(), sources)
            + ")").orElse("")),
        OfficialCell.number(imp, Texts.num(imp) + r.importReport().map(f -> " (" + Texts.shortName(f.sourceId(), sources)
            + ")").orElse("")),
        OfficialCell.number(r.gap(), Texts.num(r.gap())),
        OfficialCell.number(r.ratio(), Double.isNaN(r.ratio()) ? "" : Figures.fixed(r.ratio(), 2)),
        OfficialCell.text(r.flagged() ? "beyond threshold" : r.complete() ? "" : "one side only"),
        study == null ? OfficialCell.EMPTY : OfficialCell.number(s, Texts.num(s) + " (" + Texts.shortName(study.source(),
            sources) + (study.location().isEmpty() ? "" : ", " + study.location()) + ")"),
        OfficialCell.number(diffPct(s, exp), Texts.pct(diffPct(s, exp))),
        OfficialCell.number(diffPct(s, imp), Texts.pct(diffPct(s, imp))));
  }

  static double diffPct(double value, double against) {
    return Double.isNaN(value) || Double.isNaN(against) || against == 0 ? Double.NaN : (value - against) / against * 100;
  }
}
