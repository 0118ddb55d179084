package io.dyadscope.cli;

import io.dyadscope.analysis.mirror.MirrorPolicy;
import io.dyadscope.analysis.mirror.MirrorRow;
import io.dyadscope.app.statistics.MirrorTradeService;
import io.dyadscope.evidence.Dyad;
import io.dyadscope.store.Workspace;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code dyadscope mirror}: each country's reported exports beside its partner's reported imports. */
@Command(name = "mirror", mixinStandardHelpOptions = true,
    description = {"Mirror trade from imported UN Comtrade figures: exports as the exporter reports them beside imports",
        "as the importer reports them, with gap, ratio and a flag beyond the CIF/FOB-adjusted threshold."})
public final class MirrorCommand implements Callable<Integer> {

  @Spec
  CommandSpec spec;

  @Mixin
  WorkspaceOption workspace;

  @Mixin
  DyadOption dyad;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    Dyad d = dyad.dyad();
    MirrorPolicy policy = MirrorPolicy.standard();
    try (Workspace ws = workspace.open(spec.commandLine().getErr())) {
      List<MirrorRow> rows = MirrorTradeService.mirror(ws, d, policy);
      if (rows.isEmpty()) {
        throw new UserError("no trade figures reported by " + d.first() + " or " + d.second() + " for " + d.id()
            + " (import a UN Comtrade file with: dyadscope import comtrade FILE --dyad " + d.id() + ")");
      }
      TextTable t = new TextTable("flow", "period", "exporter reports", "importer reports", "gap", "ratio", "flag");
      for (MirrorRow r : rows) {
        t.row(r.exporter() + " -> " + r.importer(), r.period(),
            r.exportReport().map(f -> Numbers.plain(f.value()) + " (" + f.sourceId() + ")").orElse("-"),
            r.importReport().map(f -> Numbers.plain(f.value()) + " (" + f.sourceId() + ")").orElse("-"),
            Double.isNaN(r.gap()) ? "" : Numbers.plain(r.gap()),
            Double.isNaN(r.ratio()) ? "" : String.format(java.util.Locale.ROOT, "%.2f", r.ratio()),
            r.flagged() ? "FLAG" : "");
      }
      t.print(out);
      rows.stream().filter(MirrorRow::flagged).forEach(r -> out.println(r.period() + " " + r.exporter() + " -> "
          + r.importer() + ": " + r.reading()));
      out.println("Rule: " + policy.reasoning());
    }
    out.flush();
    return 0;
  }
}
