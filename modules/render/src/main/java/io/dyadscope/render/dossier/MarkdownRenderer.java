package io.dyadscope.render.dossier;

import io.dyadscope.render.chart.Charts;
import io.dyadscope.dossier.Chart;
import io.dyadscope.dossier.Dossier;
import io.dyadscope.dossier.LensSection;
import io.dyadscope.dossier.Limitation;
import io.dyadscope.dossier.MethodNote;
import io.dyadscope.dossier.SourceLine;
import io.dyadscope.dossier.TableView;
import io.dyadscope.dossier.ThemeSection;
import io.dyadscope.dossier.findings.Finding;
import io.dyadscope.dossier.findings.Recommendation;
import io.dyadscope.evidence.text.Prose;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes a dossier as Markdown (GitHub flavour: pipe tables). Figures are separate SVG files, each
 * with a CSV of its data, in a folder named after the main file
 * ({@code <base>-figures/figure-1-trade.svg} and {@code .csv}), returned with the main file. Every
 * heading, cell and sentence comes from {@link Format} or the dossier, as in the HTML.
 */
public final class MarkdownRenderer implements DossierRenderer {

  @Override
  public Rendition render(Dossier d, String baseName) {
    String folder = baseName + "-figures";
    StringBuilder m = new StringBuilder();
    m.append("# ").append(inline(d.title())).append("\n\n").append(inline(Format.meta(d))).append("\n\n");
    m.append("## Contents\n\n");
    for (Format.Section s : Format.sections(d)) {
      m.append(s.number()).append(". [").append(s.heading()).append("](#").append(s.anchor()).append(")\n");
    }
    m.append('\n');
    Map<String, String> files = new LinkedHashMap<>();
    for (Format.Section s : Format.sections(d)) {
      m.append("<a id=\"").append(s.anchor()).append("\"></a>\n\n## ").append(s.number()).append(". ")
          .append(s.heading()).append("\n\n");
      switch (s.anchor()) {
        case "summary" -> summary(m, d);
        case "data" -> data(m, d);
        case "results" -> results(m, d, s.number());
        case "tables" -> {
          m.append('*').append(inline(Format.TABLES_INTRO)).append("*\n\n");
          d.tables().forEach(t -> table(m, t));
          for (var g : d.primary().forecasts()) {
            SupplementMarkdown.table(m, g, "###");
          }
          d.primary().horizons().forEach(h -> m.append(inline(h)).append("\n\n"));
        }
        case "checked" -> checked(m, d);
        case "official" -> SupplementMarkdown.official(m, d);
        case "figures" -> d.charts().forEach(c -> figure(m, c, folder, files));
        case "events" -> SupplementMarkdown.events(m, d, folder, files);
        case "forecasts" -> SupplementMarkdown.part(m, d.supplements().forecasts().orElseThrow(), folder, files);
        case "discussion" -> discussion(m, d);
        case "texts" -> SupplementMarkdown.texts(m, d);
        case "recommendations" -> recommendations(m, d);
        case "audit" -> pipeTable(m, Format.AUDIT_HEADERS, Format.AUDIT_NUMERIC,
            d.audit().stream().map(Format::auditCells).toList());
        case "methods" -> {
          for (MethodNote note : d.methods()) {
            m.append("### ").append(inline(note.title())).append("\n\n").append(inline(note.text())).append("\n\n");
          }
        }
        case "evidence" -> {
          if (d.appendix().isEmpty()) {
            m.append("No observation is cited.\n\n");
          } else {
            m.append("Every observation a finding cites, by id; sources by id as in the sources table.\n\n");
            for (Format.EvidenceGroup g : Format.evidenceGroups(d)) {
              m.append("**").append(inline(g.heading())).append("**\n\n");
              for (var e : g.entries()) {
                m.append("- <a id=\"").append(e.id()).append("\"></a>`").append(e.id()).append("` ").append(e.period())
                    .append(": ").append(inline(e.value())).append(", ").append(e.status()).append(", ")
                    .append(inline(e.source())).append(e.reportedBy().isEmpty() ? "" : " via " + inline(e.reportedBy()))
                    .append(e.location().isEmpty() ? "" : " (" + inline(e.location()) + ")").append('\n');
              }
              m.append('\n');
            }
          }
        }
        default -> {
          for (List<String> line : Format.colophon(d.colophon())) {
            m.append("- **").append(inline(line.get(0))).append(":** ").append(inline(line.get(1))).append('\n');
          }
          m.append('\n');
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
      d.highlights().forEach(f -> finding(m, f));
      m.append('\n');
    }
  }

  private static void checked(StringBuilder m, Dossier d) {
    d.primary().checkIntro().forEach(p -> m.append(inline(p)).append("\n\n"));
    for (var g : d.primary().checks()) {
      SupplementMarkdown.table(m, g, "###");
    }
    if (!d.primary().verdicts().isEmpty()) {
      m.append("### ").append(Format.VERDICTS_HEADING).append("\n\n");
      d.primary().verdicts().forEach(v -> m.append("- ").append(inline(v)).append('\n'));
      m.append('\n');
    }
  }

  private static void finding(StringBuilder m, Finding f) {
    m.append("- ").append(inline(f.sentence())).append(" `").append(f.id()).append("`\n");
  }

  private static void data(StringBuilder m, Dossier d) {
    m.append(inline(Format.dataCounts(d))).append("\n\n");
    if (!d.data().sources().isEmpty()) {
      pipeTable(m, Format.SOURCE_HEADERS, Format.SOURCE_NUMERIC,
          d.data().sources().stream().map(Format::sourceCells).toList());
    }
    m.append("### Limitations found in the data\n\n");
    if (d.data().limitations().isEmpty()) {
      m.append("None found.\n\n");
      return;
    }
    for (Limitation l : d.data().limitations()) {
      m.append("- **").append(inline(l.kind())).append(":** ").append(inline(l.text())).append('\n');
    }
    m.append('\n');
  }

  private static void results(StringBuilder m, Dossier d, int section) {
    int i = 0;
    for (ThemeSection t : d.themes()) {
      i++;
      m.append("### ").append(section).append('.').append(i).append(' ').append(inline(t.title())).append("\n\n");
      m.append("*Read through ").append(inline(String.join(", ", t.lenses())))
          .append(t.question().isEmpty() ? "" : ". " + inline(t.question())).append("*\n\n");
      if (!t.observed().isEmpty()) {
        m.append("**").append(Format.OBSERVED_HEADING).append("**\n\n");
        t.observed().forEach(line -> m.append("- ").append(inline(line)).append('\n'));
        m.append("\n**").append(Format.DOCUMENTS_HEADING).append("**\n\n");
      }
      if (t.findings().isEmpty()) {
        m.append("**").append(inline(t.noData())).append("**\n\n");
        SupplementMarkdown.officialFor(m, d, t.id());
        continue;
      }
      t.findings().forEach(f -> finding(m, f));
      m.append('\n');
      if (!t.absences().isEmpty()) {
        m.append("Not computed: ").append(inline(String.join("; ",
            t.absences().stream().map(a -> a.ruleId() + " (" + a.reason() + ")").toList()))).append(".\n\n");
      }
      SupplementMarkdown.officialFor(m, d, t.id());
    }
  }

  private static void table(StringBuilder m, TableView t) {
    m.append("### Table ").append(t.number()).append(": ").append(inline(t.title())).append("\n\n");
    if (!t.empty().isEmpty()) {
      m.append('*').append(inline(t.empty())).append("*\n\n");
    } else {
      pipeTable(m, Format.tableHeaders(t), Format.tableNumeric(t), t.rows().stream().map(Format::tableCells).toList());
    }
    if (!t.comparisons().isEmpty()) {
      m.append("Published projections beside Dyadscope's for ").append(t.comparisons().get(0).target())
          .append(":\n\n");
      pipeTable(m, Format.COMPARISON_HEADERS, Format.COMPARISON_NUMERIC,
          t.comparisons().stream().map(Format::comparisonCells).toList());
    }
    for (String note : t.notes()) {
      m.append('*').append(inline(note)).append("*\n\n");
    }
    sourceLine(m, t.sources());
  }

  private static void figure(StringBuilder m, Chart c, String folder, Map<String, String> files) {
    m.append("### Figure ").append(c.number()).append(": ").append(inline(c.title())).append("\n\n");
    if (c.isEmpty()) {
      m.append('*').append(inline(c.empty())).append("*\n\n");
      return;
    }
    String path = folder + "/" + c.file();
    String csv = folder + "/" + c.csvFile();
    files.put(path, Charts.draw(c.plot().orElseThrow()));
    files.put(csv, c.csv());
    m.append("![").append(inline(c.title())).append("](").append(path).append(")\n\n")
        .append(inline(c.caption())).append("\n\n");
    sourceLine(m, c.sources());
    m.append("[Data of Figure ").append(c.number()).append(" (CSV)](").append(csv).append(")\n\n");
  }

  static void sourceLine(StringBuilder m, SourceLine line) {
    if (!line.sourceIds().isEmpty()) {
      m.append(inline(line.text())).append("\n\n");
    }
  }

  private static void discussion(StringBuilder m, Dossier d) {
    for (LensSection l : d.discussion()) {
      m.append("### ").append(inline(l.name())).append("\n\n").append(inline(l.framing()));
      if (!l.findingIds().isEmpty()) {
        m.append(" ").append(String.join(", ", l.findingIds().stream().map(id -> "`" + id + "`").toList()));
      }
      m.append("\n\n");
      for (String e : l.expectations()) {
        m.append("- ").append(inline(e)).append('\n');
      }
      if (!l.expectations().isEmpty()) {
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
      m.append(i).append(". **").append(Prose.upperFirst(r.status().words())).append(".** ").append(inline(r.text()))
          .append(" `").append(r.id()).append("`\n\n");
      m.append("   It would be supported by ").append(inline(r.evidence())).append(", and refuted by ")
          .append(inline(r.refutedBy())).append(".\n\n");
      m.append("   ").append(inline(r.why())).append("\n\n");
      if (!r.trail().isEmpty()) {
        m.append("   Rests on: ").append(String.join(", ", r.trail().stream().map(f -> "`" + f.id() + "`").toList()))
            .append("\n\n");
      }
      if (!r.missing().isEmpty()) {
        m.append("   Findings named but not made: ").append(inline(String.join(", ", r.missing()))).append(".\n\n");
      }
    }
  }

  static void pipeTable(StringBuilder m, List<String> headers, List<Boolean> numeric, List<List<String>> rows) {
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
