package io.dyadscope.cli;

import io.dyadscope.analysis.Point;
import io.dyadscope.analysis.scoring.SourcePreference;
import io.dyadscope.analysis.scoring.SourceView;
import io.dyadscope.app.SeriesSelection;
import io.dyadscope.evidence.Observation;
import io.dyadscope.evidence.text.Figures;
import io.dyadscope.evidence.Source;
import java.io.PrintWriter;
import java.util.Map;

/** {@code series --all-sources}: every source's figure per period, the one used and why. */
final class SourcesListing {

  private SourcesListing() {}

  static void print(PrintWriter out, SeriesSelection sel, Map<String, Source> sources) {
    SourcePreference rule = SourcePreference.standard();
    SourceView view = SourceView.of(sel.indicator().id(), sel.subject(), sel.observations(), sources, rule);
    out.println("Every source's figure (rule: " + rule.description() + "):");
    ConsoleTable t = new ConsoleTable("period", "value", "source", "status", "where", "used");
    for (SourceView.PeriodFacts p : view.periods()) {
      Point point = sel.result().series().at(p.period()).orElse(null);
      for (Observation o : p.choice().ranked()) {
        Source s = sources.get(o.source());
        boolean used = point != null && point.observationIds().contains(o.id());
        t.row(p.period(), Figures.exact(o.value()), s == null ? o.source() : s.shortCitation(), o.status().word(),
            o.location(), used ? "yes" : "");
      }
    }
    t.print(out);
    for (SourceView.PeriodFacts p : view.periods()) {
      if (p.manySources()) {
        Point point = sel.result().series().at(p.period()).orElse(null);
        boolean agrees = point != null && point.observationIds().contains(p.choice().chosen().id());
        out.println(p.period() + ": " + (agrees ? p.choice().reason()
            : "the series keeps the better-graded, then more precise, then more recent figure; the source-preference"
                + " rule would prefer " + p.choice().reason()));
      }
    }
  }
}
