package io.dyadscope.dossier.render;

import io.dyadscope.evidence.text.Markup;
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
import java.util.List;
import java.util.Map;

/**
 * Writes a dossier as one self-contained HTML file: inline CSS, figures as inline SVG, no script
 * and no link outside the file. All text is escaped.
 */
public final class HtmlRenderer implements DossierRenderer {

  private static final String CSS = """
      body{font-family:Georgia,'Times New Roman',serif;color:#1a1a1a;background:#fff;margin:0;line-height:1.5}
      main{max-width:60rem;margin:0 auto;padding:1.5rem}
      h1{font-size:1.9rem;margin-bottom:.2rem}h2{border-bottom:1px solid #ccc;padding-bottom:.2rem;margin-top:2.2rem}
      .meta{color:#555;margin-top:0}
      nav ol{columns:2}
      table{border-collapse:collapse;margin:.8rem 0;font-family:Helvetica,Arial,sans-serif;font-size:.85rem;width:100%}
      caption{text-align:left;font-weight:bold;padding:.3rem 0}
      th,td{border:1px solid #ccc;padding:.25rem .45rem;vertical-align:top;text-align:left}
      th{background:#f2f2f2}td.num,th.num{text-align:right;font-variant-numeric:tabular-nums;white-space:nowrap}
      tr.projection td{background:#fdf5ec;font-style:italic}
      .note{color:#555;font-size:.85rem}.nodata{color:#8a4b00;font-style:italic}
      .fid{font-family:monospace;font-size:.75rem;color:#666}
      figure{margin:1.2rem 0}figure svg{max-width:100%;height:auto}figcaption{font-size:.9rem;color:#333}
      li.made{border-left:4px solid #009E73;padding-left:.6rem;margin-bottom:.8rem}
      li.not-made{border-left:4px solid #aaa;padding-left:.6rem;margin-bottom:.8rem;color:#555}
      .why{font-size:.9rem}ul.trail{font-size:.85rem}
      """;

  @Override
  public String format() {
    return "html";
  }

  @Override
  public String extension() {
    return "html";
  }

  @Override
  public Rendition render(Dossier d, String baseName) {
    StringBuilder h = new StringBuilder();
    h.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<title>").append(Markup.escape(d.title()))
        .append("</title>\n<style>\n").append(CSS).append("</style>\n</head>\n<body>\n<main>\n");
    h.append("<h1>").append(Markup.escape(d.title())).append("</h1>\n<p class=\"meta\">").append(Markup.escape(Format.meta(d)))
        .append("</p>\n");
    List<String[]> sections = Format.sections(d);
    h.append("<nav>\n<h2>Contents</h2>\n<ol>\n");
    for (String[] s : sections) {
      h.append("<li><a href=\"#").append(s[0]).append("\">").append(Markup.escape(s[1])).append("</a></li>\n");
    }
    h.append("</ol>\n</nav>\n");
    int n = 0;
    for (String[] s : sections) {
      n++;
      h.append("<section id=\"").append(s[0]).append("\">\n<h2>").append(n).append(". ").append(Markup.escape(s[1]))
          .append("</h2>\n");
      switch (s[0]) {
        case "summary" -> summary(h, d);
        case "data" -> data(h, d);
        case "results" -> results(h, d, n);
        case "tables" -> d.tables().forEach(t -> table(h, t));
        case "figures" -> d.charts().forEach(c -> figure(h, c));
        case "discussion" -> discussion(h, d);
        case "recommendations" -> recommendations(h, d);
        case "audit" -> audit(h, d);
        default -> methods(h, d);
      }
      h.append("</section>\n");
    }
    h.append("</main>\n</body>\n</html>\n");
    String main = baseName + ".html";
    return new Rendition(main, Map.of(main, h.toString()));
  }

  private static void summary(StringBuilder h, Dossier d) {
    for (String p : d.summary()) {
      h.append("<p>").append(Markup.escape(p)).append("</p>\n");
    }
    if (!d.highlights().isEmpty()) {
      h.append("<p>The most marked results:</p>\n<ul>\n");
      for (Finding f : d.highlights()) {
        h.append("<li>").append(Markup.escape(f.sentence())).append(" <a class=\"fid\" href=\"#f-").append(Markup.escape(f.id()))
            .append("\">").append(Markup.escape(f.id())).append("</a></li>\n");
      }
      h.append("</ul>\n");
    }
  }

  private static void data(StringBuilder h, Dossier d) {
    h.append("<p>").append(Markup.escape(Format.dataCounts(d))).append("</p>\n");
    if (!d.data().sources().isEmpty()) {
      h.append("<table class=\"sources\">\n<caption>Sources used</caption>\n");
      header(h, Format.SOURCE_HEADERS, Format.SOURCE_NUMERIC);
      h.append("<tbody>\n");
      for (SourceRow r : d.data().sources()) {
        row(h, Format.sourceCells(r), Format.SOURCE_NUMERIC, "");
      }
      h.append("</tbody>\n</table>\n");
    }
    h.append("<h3>Limitations found in the data</h3>\n");
    if (d.data().limitations().isEmpty()) {
      h.append("<p>None found.</p>\n");
    } else {
      h.append("<ul class=\"limitations\">\n");
      for (Limitation l : d.data().limitations()) {
        h.append("<li><strong>").append(Markup.escape(l.kind())).append(":</strong> ").append(Markup.escape(l.text())).append("</li>\n");
      }
      h.append("</ul>\n");
    }
  }

  private static void results(StringBuilder h, Dossier d, int section) {
    int i = 0;
    for (ThemeSection t : d.themes()) {
      i++;
      h.append("<h3 id=\"theme-").append(Markup.escape(t.id())).append("\">").append(section).append('.').append(i).append(' ')
          .append(Markup.escape(t.title())).append("</h3>\n");
      h.append("<p class=\"note\">Read through ").append(Markup.escape(String.join(", ", t.lenses())))
          .append(t.question().isEmpty() ? "" : ". " + Markup.escape(t.question())).append("</p>\n");
      if (t.findings().isEmpty()) {
        h.append("<p class=\"nodata\">").append(Markup.escape(t.noData())).append("</p>\n");
        continue;
      }
      h.append("<ul class=\"findings\">\n");
      for (Finding f : t.findings()) {
        h.append("<li id=\"f-").append(Markup.escape(f.id())).append("\">").append(Markup.escape(f.sentence()))
            .append(" <span class=\"fid\">[").append(Markup.escape(f.id())).append("; ")
            .append(Markup.escape(String.join(", ", f.observationIds()))).append("]</span></li>\n");
      }
      h.append("</ul>\n");
      if (!t.absences().isEmpty()) {
        h.append("<p class=\"note\">Not computed: ");
        h.append(Markup.escape(String.join("; ", t.absences().stream().map(a -> a.ruleId() + " (" + a.reason() + ")").toList())))
            .append(".</p>\n");
      }
    }
  }

  private static void table(StringBuilder h, TableView t) {
    h.append("<h3 id=\"").append(Markup.escape(t.id())).append("\">Table ").append(t.number()).append(": ").append(Markup.escape(t.title()))
        .append("</h3>\n");
    if (!t.empty().isEmpty()) {
      h.append("<p class=\"nodata\">").append(Markup.escape(t.empty())).append("</p>\n");
    } else {
      h.append("<table>\n<thead>\n<tr>");
      for (String r : t.rowHeaders()) {
        h.append("<th>").append(Markup.escape(r)).append("</th>");
      }
      for (String c : t.columns()) {
        h.append("<th class=\"num\">").append(Markup.escape(c)).append("</th>");
      }
      h.append("<th>Sources</th></tr>\n</thead>\n<tbody>\n");
      for (TableRow r : t.rows()) {
        h.append(r.projected() ? "<tr class=\"projection\">" : "<tr>");
        for (String l : r.labels()) {
          h.append("<th>").append(Markup.escape(l)).append("</th>");
        }
        for (Cell c : r.cells()) {
          h.append("<td class=\"num\">").append(Markup.escape(c.text())).append("</td>");
        }
        h.append("<td>").append(Markup.escape(r.sources())).append("</td></tr>\n");
      }
      h.append("</tbody>\n</table>\n");
    }
    if (!t.comparisons().isEmpty()) {
      h.append("<table class=\"comparison\">\n<caption>Published projections beside Dyadscope's for ")
          .append(Markup.escape(t.comparisons().get(0).target())).append("</caption>\n");
      header(h, Format.COMPARISON_HEADERS, Format.COMPARISON_NUMERIC);
      h.append("<tbody>\n");
      for (Comparison c : t.comparisons()) {
        row(h, Format.comparisonCells(c), Format.COMPARISON_NUMERIC, "");
      }
      h.append("</tbody>\n</table>\n");
    }
    for (String note : t.notes()) {
      h.append("<p class=\"note\">").append(Markup.escape(note)).append("</p>\n");
    }
  }

  private static void figure(StringBuilder h, Chart c) {
    h.append("<figure id=\"figure-").append(c.number()).append("\">\n");
    if (c.isEmpty()) {
      h.append("<figcaption>Figure ").append(c.number()).append(": ").append(Markup.escape(c.title())).append(". ")
          .append("<span class=\"nodata\">").append(Markup.escape(c.empty())).append("</span></figcaption>\n");
    } else {
      String svg = c.svg();
      h.append(svg.startsWith("<?xml") ? svg.substring(svg.indexOf('\n') + 1) : svg);
      h.append("<figcaption>Figure ").append(c.number()).append(": ").append(Markup.escape(c.title())).append(". ")
          .append(Markup.escape(c.caption())).append("</figcaption>\n");
    }
    h.append("</figure>\n");
  }

  private static void discussion(StringBuilder h, Dossier d) {
    for (LensSection l : d.discussion()) {
      h.append("<h3 id=\"lens-").append(Markup.escape(l.id())).append("\">").append(Markup.escape(l.name())).append("</h3>\n<p>")
          .append(Markup.escape(l.framing())).append("</p>\n");
      if (!l.findings().isEmpty()) {
        h.append("<ul>\n");
        for (Finding f : l.findings()) {
          h.append("<li>").append(Markup.escape(f.sentence())).append(" <a class=\"fid\" href=\"#f-").append(Markup.escape(f.id()))
              .append("\">").append(Markup.escape(f.id())).append("</a></li>\n");
        }
        h.append("</ul>\n");
      }
    }
  }

  private static void recommendations(StringBuilder h, Dossier d) {
    if (d.recommendations().isEmpty()) {
      h.append("<p>No recommendation rules were given.</p>\n");
      return;
    }
    h.append("<ol class=\"recommendations\">\n");
    for (Recommendation r : d.recommendations()) {
      h.append("<li class=\"").append(r.triggered() ? "made" : "not-made").append("\" id=\"")
          .append(Markup.escape(r.id())).append("\">\n<p>").append(Markup.escape(r.text())).append("</p>\n<p class=\"why\">")
          .append(Markup.escape(r.why())).append("</p>\n");
      if (!r.trail().isEmpty()) {
        h.append("<ul class=\"trail\">\n");
        for (Finding f : r.trail()) {
          h.append("<li><a class=\"fid\" href=\"#f-").append(Markup.escape(f.id())).append("\">").append(Markup.escape(f.id()))
              .append("</a>: ").append(Markup.escape(f.sentence())).append("</li>\n");
        }
        h.append("</ul>\n");
      }
      if (!r.missing().isEmpty()) {
        h.append("<p class=\"note\">Findings named but not made: ").append(Markup.escape(String.join(", ", r.missing())))
            .append(".</p>\n");
      }
      h.append("</li>\n");
    }
    h.append("</ol>\n");
  }

  private static void audit(StringBuilder h, Dossier d) {
    h.append("<table class=\"audit\">\n");
    header(h, Format.AUDIT_HEADERS, Format.AUDIT_NUMERIC);
    h.append("<tbody>\n");
    for (AuditNote n : d.audit()) {
      row(h, Format.auditCells(n), Format.AUDIT_NUMERIC, "");
    }
    h.append("</tbody>\n</table>\n");
  }

  private static void methods(StringBuilder h, Dossier d) {
    for (MethodNote m : d.methods()) {
      h.append("<h3>").append(Markup.escape(m.title())).append("</h3>\n<p>").append(Markup.escape(m.text())).append("</p>\n");
    }
  }

  private static void header(StringBuilder h, List<String> headers, boolean[] numeric) {
    h.append("<thead>\n<tr>");
    for (int i = 0; i < headers.size(); i++) {
      h.append(numeric[i] ? "<th class=\"num\">" : "<th>").append(Markup.escape(headers.get(i))).append("</th>");
    }
    h.append("</tr>\n</thead>\n");
  }

  private static void row(StringBuilder h, List<String> cells, boolean[] numeric, String cls) {
    h.append(cls.isEmpty() ? "<tr>" : "<tr class=\"" + cls + "\">");
    for (int i = 0; i < cells.size(); i++) {
      h.append(numeric[i] ? "<td class=\"num\">" : "<td>").append(Markup.escape(cells.get(i))).append("</td>");
    }
    h.append("</tr>\n");
  }

}
