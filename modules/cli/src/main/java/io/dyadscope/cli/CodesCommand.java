package io.dyadscope.cli;

import io.dyadscope.app.corpus.CorpusAnalysis;
import io.dyadscope.app.corpus.CorpusService;
import io.dyadscope.corpus.analysis.CoOccurrence;
import io.dyadscope.corpus.analysis.CodeFrequencies;
import io.dyadscope.corpus.analysis.FrameworkMatrix;
import io.dyadscope.corpus.analysis.ThemeLensTable;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code dyadscope codes}: what the coding shows. */
@Command(name = "codes", mixinStandardHelpOptions = true)
public final class CodesCommand extends CorpusListingCommand {

  // Laid out like every picocli command, but these switches are this command's own; the options the
  // corpus commands share (format, workspace) already come from its base classes' mixins.
  @Option(names = "--by", paramLabel = "kind|year", description = "Group frequencies by document kind or year.")
  CodeFrequencies.Grouping by;

  @Option(names = "--cooccurrence", description = "Code co-occurrence matrix.") boolean cooccurrence;

  @Option(names = "--window", defaultValue = "0", description = "Sentences apart for --cooccurrence (0: same segment; default: ${DEFAULT-VALUE}).")
  int window;

  @Option(names = "--matrix", description = "Framework matrix: documents x themes.") boolean matrix;

  @Option(names = "--themes-lenses", description = "Theme x lens table.") boolean themesLenses;

  @Override
  void work(CorpusService corpus, PrintWriter out) {
    CorpusAnalysis a = new CorpusAnalysis(corpus);
    if (cooccurrence) {
      coOccurrence(out, a.coOccurrence(window));
    } else if (matrix) {
      framework(out, a.frameworkMatrix());
    } else if (themesLenses) {
      themeLens(out, a.themeLens());
    } else {
      List<List<Object>> rows = new ArrayList<>();
      for (CodeFrequencies.Row r : a.frequencies(by == null ? CodeFrequencies.Grouping.all : by)) {
        rows.add(List.of(r.codeId(), r.group(), r.segments(), r.documents()));
      }
      output.print(out, List.of("code", by == null ? "group" : by.name(), "segments", "documents"), rows);
    }
  }

  private void coOccurrence(PrintWriter out, CoOccurrence.Matrix m) {
    if (output.table()) {
      List<String> header = new ArrayList<>();
      header.add("code (window " + m.window() + ")");
      for (int i = 0; i < m.codes().size(); i++) {
        header.add(Integer.toString(i + 1));
      }
      List<List<Object>> rows = new ArrayList<>();
      for (int i = 0; i < m.codes().size(); i++) {
        List<Object> row = new ArrayList<>();
        row.add((i + 1) + " " + m.codes().get(i));
        for (int j = 0; j < m.codes().size(); j++) {
          row.add(i == j ? "-" : m.counts()[i][j]);
        }
        rows.add(row);
      }
      ConsoleTable.print(out, header, rows);
    } else {
      List<List<Object>> rows = new ArrayList<>();
      for (int i = 0; i < m.codes().size(); i++) {
        for (int j = i + 1; j < m.codes().size(); j++) {
          if (m.counts()[i][j] > 0) {
            rows.add(List.of(m.codes().get(i), m.codes().get(j), m.counts()[i][j]));
          }
        }
      }
      output.write(out, List.of("code_a", "code_b", "count"), rows);
    }
  }

  private void framework(PrintWriter out, List<FrameworkMatrix.Row> rows) {
    if (output.table()) {
      List<String> themes = rows.isEmpty() ? List.of() : List.copyOf(rows.get(0).cells().keySet());
      List<String> header = new ArrayList<>(List.of("document"));
      themes.forEach(t -> header.add(t.replaceFirst("^theme\\.", "")));
      List<List<Object>> table = new ArrayList<>();
      for (FrameworkMatrix.Row r : rows) {
        List<Object> row = new ArrayList<>(List.of(r.documentId()));
        themes.forEach(t -> row.add(r.cells().get(t).size()));
        table.add(row);
      }
      ConsoleTable.print(out, header, table);
    } else {
      List<List<Object>> table = new ArrayList<>();
      for (FrameworkMatrix.Row r : rows) {
        for (Map.Entry<String, List<FrameworkMatrix.Excerpt>> e : r.cells().entrySet()) {
          for (FrameworkMatrix.Excerpt x : e.getValue()) {
            table.add(List.of(r.documentId(), e.getKey(), x.start(), x.end(), x.coder(), x.text()));
          }
        }
      }
      output.write(out, List.of("document", "theme", "start", "end", "coder", "excerpt"), table);
    }
  }

  private void themeLens(PrintWriter out, ThemeLensTable.Table t) {
    List<String> header = new ArrayList<>(List.of("theme", "passages"));
    header.addAll(t.lenses());
    List<List<Object>> rows = new ArrayList<>();
    for (int i = 0; i < t.themes().size(); i++) {
      List<Object> row = new ArrayList<>(List.of(t.themes().get(i), t.themeTotals()[i]));
      for (int j = 0; j < t.lenses().size(); j++) {
        row.add(t.counts()[i][j]);
      }
      rows.add(row);
    }
    output.print(out, header, rows);
  }
}
