package io.dyadscope.dossier.official;

import io.dyadscope.evidence.text.Figures;
import io.dyadscope.analysis.scoring.ForecasterScore;
import io.dyadscope.analysis.scoring.ScoredProjection;
import io.dyadscope.analysis.scoring.Scorecard;
import io.dyadscope.evidence.Source;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The outturn scorecard as a table: each projection against what happened, then who did better. */
public final class OutturnTable {

  public static final String ID = "outturn-scorecard";
  static final List<String> COLUMNS = List.of("Indicator", "Subject", "Period", "Forecaster", "Projected",
      "80% interval", "Observed", "Error", "Error %", "Inside 80%");

  private OutturnTable() {}

  public static OfficialTable build(Scorecard card, Map<String, Source> sources) {
    List<List<OfficialCell>> rows = new ArrayList<>();
    List<String> cited = new ArrayList<>();
    for (ScoredProjection r : card.rows()) {
      var p = r.projection();
      cited.add(r.outturn().sourceId());
      rows.add(List.of(OfficialCell.text(p.indicator()), OfficialCell.text(p.subject()),
          OfficialCell.text(p.period().toString()), OfficialCell.text(Texts.shortName(p.forecaster(), sources)),
          OfficialCell.number(p.value(), Texts.num(p.value())),
          OfficialCell.text(p.p80().map(i -> Texts.num(i.lo()) + " to " + Texts.num(i.hi())).orElse("none given")),
          OfficialCell.number(r.outturn().value(), Texts.num(r.outturn().value()) + " ("
              + Texts.shortName(r.outturn().sourceId(), sources) + ")"),
          OfficialCell.number(r.error(), Texts.num(r.error())),
          OfficialCell.number(r.percentError(), Texts.pct(r.percentError())),
          OfficialCell.text(r.inside80().map(b -> b ? "yes" : "no").orElse(""))));
    }
    List<String> notes = new ArrayList<>();
    notes.add(card.verdict());
    for (ForecasterScore s : card.ranking()) {
      notes.add(Texts.shortName(s.forecaster(), sources) + ": " + s.scored() + " scored, mean absolute error "
          + (Double.isNaN(s.meanAbsolutePercentError()) ? "n/a"
              : Figures.fixed(s.meanAbsolutePercentError(), 1) + "%")
          + (s.withInterval() == 0 ? "" : ", " + s.inside80() + " of " + s.withInterval() + " inside their 80% interval"));
    }
    return new OfficialTable(ID, "Outturn scorecard: projections against what was observed", COLUMNS, rows,
        Texts.citations(cited, sources), notes);
  }
}
