package io.dyadscope.dossier.official;

import io.dyadscope.analysis.scoring.MethodErrors;
import io.dyadscope.analysis.scoring.SourcePreference;
import io.dyadscope.analysis.scoring.SourceView;
import io.dyadscope.evidence.Indicator;
import io.dyadscope.evidence.Observation;
import io.dyadscope.evidence.Source;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A series with many sources: every figure for every period with its source, the one the series
 * (and so the projection) uses and why, and each forecasting method's backtest error so a reader
 * can see the method was earned.
 */
public final class ManySourcesTable {

  public static final String ID = "many-sources";
  static final List<String> COLUMNS = List.of("Period", "Value", "Source", "Status", "Used", "Why");

  private ManySourcesTable() {}

  /**
   * @param methodErrors the backtest errors of the forecast made from the preferred series, empty
   *                     when none was made or the series was too short to backtest
   */
  public static OfficialTable build(Indicator indicator, SourceView view, Map<String, Source> sources,
      SourcePreference preference, List<MethodErrors> methodErrors) {
    List<List<OfficialCell>> rows = new ArrayList<>();
    List<String> cited = new ArrayList<>();
    for (SourceView.PeriodFacts p : view.periods()) {
      for (Observation o : p.choice().ranked()) {
        boolean used = o == p.choice().chosen();
        cited.add(o.source());
        rows.add(List.of(OfficialCell.text(p.period().toString()), OfficialCell.number(o.value(), Texts.num(o.value())),
            OfficialCell.text(Texts.shortName(o.source(), sources) + (o.isSecondHand() ? " via "
                + Texts.shortName(o.reportedBy(), sources) : "") + (o.location().isEmpty() ? "" : ", " + o.location())),
            OfficialCell.text(o.status().word()), OfficialCell.text(used ? "used" : ""),
            OfficialCell.text(used && p.choice().ranked().size() > 1 ? p.choice().reason() : "")));
      }
    }
    List<String> notes = new ArrayList<>();
    notes.add("Rule: " + preference.description());
    if (!methodErrors.isEmpty()) {
      StringBuilder b = new StringBuilder("The projection is made from the values used. Backtest mean absolute error"
          + " of each method (" + indicator.unit() + "): ");
      for (int i = 0; i < methodErrors.size(); i++) {
        MethodErrors m = methodErrors.get(i);
        b.append(i == 0 ? "" : "; ").append(m.method()).append(' ').append(Texts.num(m.meanAbsoluteError()))
            .append(m.chosen() ? " (chosen)" : "");
      }
      notes.add(b.append('.').toString());
    }
    return new OfficialTable(ID + "-" + indicator.id() + "-" + view.subject(), indicator.name() + ", " + view.subject()
        + ": every source's figure", COLUMNS, rows, Texts.citations(cited, sources), notes);
  }
}
