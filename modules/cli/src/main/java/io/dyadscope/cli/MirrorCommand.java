package io.dyadscope.cli;

import io.dyadscope.analysis.mirror.MirrorPolicy;
import io.dyadscope.analysis.mirror.MirrorRow;
import io.dyadscope.app.Application;
import io.dyadscope.evidence.Dyad;
import io.dyadscope.evidence.text.Figures;
import java.io.PrintWriter;
import java.util.List;
import picocli.CommandLine.Command;

/** {@code dyadscope mirror}: each country's reported exports beside its partner's reported imports. */
@Command(name = "mirror", mixinStandardHelpOptions = true)
public final class MirrorCommand extends DyadTableCommand<MirrorRow> {

  // The skeleton is DyadTableCommand's; what repeats with official is the three steps it asks for,
  // each filled with this table's own rows, refusal and layout.
  @Override
  List<MirrorRow> rows(Application app, Dyad d) {
    return app.statistics().mirror(d, MirrorPolicy.standard());
  }

  @Override
  String nothingFor(Dyad d) {
    return "no trade figures reported by " + d.first() + " or " + d.second() + " for " + d.id()
        + " (import a UN Comtrade or IMF DOTS file with: dyadscope import comtrade|imf-dots FILE --dyad " + d.id() + ")";
  }

  @Override
  void print(List<MirrorRow> rows, PrintWriter out) {
    ConsoleTable t = new ConsoleTable("flow", "period", "exporter reports", "importer reports", "gap", "ratio", "flag");
    for (MirrorRow r : rows) {
      t.row(r.exporter() + " -> " + r.importer(), r.period(),
          r.exportReport().map(f -> Figures.exact(f.value()) + " (" + f.sourceId() + ")").orElse("-"),
          r.importReport().map(f -> Figures.exact(f.value()) + " (" + f.sourceId() + ")").orElse("-"),
          Double.isNaN(r.gap()) ? "" : Figures.exact(r.gap()),
          Double.isNaN(r.ratio()) ? "" : Figures.fixed(r.ratio(), 2),
          r.flagged() ? "FLAG" : "");
    }
    t.print(out);
    rows.stream().filter(MirrorRow::flagged).forEach(r -> out.println(r.period() + " " + r.exporter() + " -> "
        + r.importer() + ": " + r.reading()));
    out.println("Rule: " + MirrorPolicy.standard().reasoning());
  }
}
