package io.dyadscope.cli;

import io.dyadscope.app.Application;
import io.dyadscope.dossier.official.OfficialCell;
import io.dyadscope.dossier.official.OfficialTable;
import io.dyadscope.evidence.Dyad;
import java.io.PrintWriter;
import java.util.List;
import picocli.CommandLine.Command;

/** {@code dyadscope official}: the official-statistics tables the dossier will carry, as text. */
@Command(name = "official", mixinStandardHelpOptions = true)
public final class OfficialCommand extends DyadTableCommand<OfficialTable> {

  @Override
  List<OfficialTable> rows(Application app, Dyad d) {
    return app.statistics().tables(d);
  }

  @Override
  String nothingFor(Dyad d) {
    return "no official statistics for " + d.id() + " in the workspace: import some with 'dyadscope"
        + " import unhcr|wdi|comtrade FILE', or keep a forecast with 'dyadscope forecast INDICATOR --keep'";
  }

  @Override
  void print(List<OfficialTable> tables, PrintWriter out) {
    for (OfficialTable t : tables) {
      out.println(t.title());
      ConsoleTable table = new ConsoleTable(t.columns().toArray(String[]::new));
      for (List<OfficialCell> row : t.rows()) {
        table.row(row.stream().map(OfficialCell::text).toArray());
      }
      table.print(out);
      t.notes().forEach(n -> out.println("  " + n));
      t.citations().forEach(c -> out.println("  Source: " + c));
      out.println();
    }
  }
}
