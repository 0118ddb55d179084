package io.dyadscope.dossier.render;

import io.dyadscope.dossier.AuditNote;
import io.dyadscope.dossier.Cell;
import io.dyadscope.dossier.Chart;
import io.dyadscope.dossier.Comparison;
import io.dyadscope.dossier.Dossier;
import io.dyadscope.dossier.LensSection;
import io.dyadscope.dossier.Limitation;
import io.dyadscope.dossier.MethodNote;
import io.dyadscope.dossier.SourceRow;
import io.dyadscope.dossier.TableRow;
import io.dyadscope.dossier.TableView;
import io.dyadscope.dossier.ThemeSection;
import io.dyadscope.dossier.findings.Finding;
import io.dyadscope.dossier.findings.Recommendation;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes a dossier as Markdown (GitHub flavour: pipe tables). Figures are separate SVG files in a
 * folder named after the main file ({@code <base>-figures/figure-1-trade.svg}), referenced by
 * relative links and returned with the main file.
 */
public final class MarkdownRenderer implements DossierRenderer {

  @Override
  public String format() {
    return "md";
  }

  @Override
  public String extension() {
    return "md";
  }

  @Override
  public Rendition render(Dossier d, String baseName) {
    String folder = baseName + "-figures";
    StringBuilder m = new StringBuilder();
    m.append("# ").append(inline(d.title())).append("\n\n").append(inline(Format.meta(d))).append("\n\n");
    List<String[]> sections = Format.sections(d);
    m.append("## Contents\n\n");
    int n = 0;
    for (String[] s : sections) {
      n++;
      m.append(n).append(". [").append(s[1]).append("](#").append(s[0]).append(")\n");
    }
    m.append('\n');
    Map<String, String> files = new LinkedHashMap<>();
    n = 0;
    for (String[] s : sections) {
      n++;
      m.append("<a id=\"").append(s[0]).append("\"></a>\n\n## ").append(n).append(". ").append(s[1]).append("\n\n");
      switch (s[0]) {
        case "summary" -> summary(m, d);
        case "data" -> data(m, d);
        case "results" -> results(m, d, n);
        case "tables" -> d.tables().forEach(t -> table(m, t));
        case "figures" -> {
          for (Chart c : d.charts()) {
            m.append("### Figure ").append(c.number()).append(": ").append(inline(c.title())).append("\n\n");
            if (c.isEmpty()) {
              m.append('*').append(inline(c.empty())).append("*\n\n");
            } else {
              String path = folder + "/" + c.file();
              files.put(path, c.svg());
              m.append("![").append(inline(c.title())).append("](").append(path).append(")\n\n")
                  .append(inline(c.caption())).append("\n\n");
            }
          }
        }
        case "discussion" -> discussion(m, d);
        case "recommendations" -> recommendations(m, d);
        case "audit" -> {
          List<List<String>> rows = new ArrayList<>();
          for (AuditNote a : d.audit()) {
            rows.add(Format.auditCells(a));
          }
          pipeTable(m, Format.AUDIT_HEADERS, Format.AUDIT_NUMERIC, rows);
        }
        default -> {
          for (MethodNote note : d.methods()) {
            m.append("### ").append(inline(note.title())).append("\n\n").append(inline(note.text())).append("\n\n");
          }
        }
      }
    }
    String main = baseName + ".md";
    Map<String, String> all = new LinkedHashMap<>();
    all.put(main, m.toString().stripTrailing() + "\n");
    all.putAll(files);
    return new Rendition(main, all);
  }

  private static void summary(StringBuilder m, Dossier d) {
    for (String p : d.summary()) {
      m.append(inline(p)).append("\n\n");
    }
    if (!d.highlights().isEmpty()) {
      m.append("The most marked results:\n\n");
      for (Finding f : d.highlights()) {
        m.append("- ").append(inline(f.sentence())).append(" `").append(f.id()).append("`\n");
      }
      m.append('\n');
    }
  }

  private static void data(StringBuilder m, Dossier d) {
    m.append(inline(Format.dataCounts(d))).append("\n\n");
    if (!d.data().sources().isEmpty()) {
      List<List<String>> rows = new ArrayList<>();
      for (SourceRow r : d.data().sources()) {
        rows.add(Format.sourceCells(r));
      }
      pipeTable(m, Format.SOURCE_HEADERS, Format.SOURCE_NUMERIC, rows);
    }
    m.append("### Limitations found in the data\n\n");
    if (d.data().limitations().isEmpty()) {
      m.append("None found.\n\n");
    } else {
      for (Limitation l : d.data().limitations()) {
        m.append("- **").append(inline(l.kind())).append(":** ").append(inline(l.text())).append('\n');
      }
      m.append('\n');
    }
  }

  private static void results(StringBuilder m, Dossier d, int section) {
    int i = 0;
    for (ThemeSection t : d.themes()) {
      i++;
      m.append("### ").append(section).append('.').append(i).append(' ').append(inline(t.title())).append("\n\n");
      m.append('*').append("Read through ").append(inline(String.join(", ", t.lenses())))
          .append(t.question().isEmpty() ? "" : ". " + inline(t.question())).append("*\n\n");
      if (t.findings().isEmpty()) {
        m.append("**").append(inline(t.noData())).append("**\n\n");
        continue;
      }
      for (Finding f : t.findings()) {
        m.append("- ").append(inline(f.sentence())).append(" `").append(f.id()).append("`\n");
      }
      m.append('\n');
      if (!t.absences().isEmpty()) {
        m.append("Not computed: ").append(inline(String.join("; ",
            t.absences().stream().map(a -> a.ruleId() + " (" + a.reason() + ")").toList()))).append(".\n\n");
      }
    }
  }

  private static void table(StringBuilder m, TableView t) {
    m.append("### Table ").append(t.number()).append(": ").append(inline(t.title())).append("\n\n");
    if (!t.empty().isEmpty()) {
      m.append('*').append(inline(t.empty())).append("*\n\n");
    } else {
      List<String> headers = new ArrayList<>(t.rowHeaders());
      headers.addAll(t.columns());
      headers.add("Sources");
      boolean[] numeric = new boolean[headers.size()];
      for (int i = t.rowHeaders().size(); i < headers.size() - 1; i++) {
        numeric[i] = true;
      }
      List<List<String>> rows = new ArrayList<>();
      for (TableRow r : t.rows()) {
        List<String> cells = new ArrayList<>(r.labels());
        for (Cell c : r.cells()) {
          cells.add(c.text());
        }
        cells.add(r.sources());
        rows.add(cells);
      }
      pipeTable(m, headers, numeric, rows);
    }
    if (!t.comparisons().isEmpty()) {
      m.append("Published projections beside Dyadscope's for ").append(t.comparisons().get(0).target())
          .append(":\n\n");
      List<List<String>> rows = new ArrayList<>();
      for (Comparison c : t.comparisons()) {
        rows.add(Format.comparisonCells(c));
      }
      pipeTable(m, Format.COMPARISON_HEADERS, Format.COMPARISON_NUMERIC, rows);
    }
    for (String note : t.notes()) {
      m.append('*').append(inline(note)).append("*\n\n");
    }
  }

  private static void discussion(StringBuilder m, Dossier d) {
    for (LensSection l : d.discussion()) {
      m.append("### ").append(inline(l.name())).append("\n\n").append(inline(l.framing())).append("\n\n");
      for (Finding f : l.findings()) {
        m.append("- ").append(inline(f.sentence())).append(" `").append(f.id()).append("`\n");
      }
      if (!l.findings().isEmpty()) {
        m.append('\n');
      }
    }
  }

  private static void recommendations(StringBuilder m, Dossier d) {
    if (d.recommendations().isEmpty()) {
      m.append("No recommendation rules were given.\n\n");
      return;
    }
    int i = 0;
    for (Recommendation r : d.recommendations()) {
      i++;
      m.append(i).append(". ").append(r.triggered() ? "" : "~~").append(inline(r.text()))
          .append(r.triggered() ? "" : "~~").append(" `").append(r.id()).append("`\n\n");
      m.append("   ").append(inline(r.why())).append("\n\n");
      for (Finding f : r.trail()) {
        m.append("   - `").append(f.id()).append("`: ").append(inline(f.sentence())).append('\n');
      }
      if (!r.trail().isEmpty()) {
        m.append('\n');
      }
      if (!r.missing().isEmpty()) {
        m.append("   Findings named but not made: ").append(inline(String.join(", ", r.missing()))).append(".\n\n");
      }
    }
  }

  private static void pipeTable(StringBuilder m, List<String> headers, boolean[] numeric, List<List<String>> rows) {
    m.append('|');
    for (String h : headers) {
      m.append(' ').append(cell(h)).append(" |");
    }
    m.append("\n|");
    for (boolean num : numeric) {
      m.append(num ? " ---: |" : " --- |");
    }
    m.append('\n');
    for (List<String> r : rows) {
      m.append('|');
      for (String c : r) {
        m.append(' ').append(cell(c)).append(" |");
      }
      m.append('\n');
    }
    m.append('\n');
  }

  private static String cell(String s) {
    return inline(s).replace("|", "\\|");
  }

  /**
   * Text safe in running Markdown: characters that would start markup or HTML are escaped, and
   * line breaks become spaces.
   */
  static String inline(String s) {
    StringBuilder b = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '\\', '`', '*', '_', '[', ']', '<', '>', '#' -> b.append('\\').append(c);
        case '&' -> b.append("&amp;");
        case '\n', '\r' -> b.append(' ');
        default -> b.append(c);
      }
    }
    return b.toString();
  }
}
