package io.dyadscope.render.audit;

import io.dyadscope.evidence.text.Markup;
import io.dyadscope.audit.AuditReport;
import io.dyadscope.evidence.AuditFinding;
import io.dyadscope.evidence.Severity;
import io.dyadscope.audit.Verified;
import io.dyadscope.audit.text.Lines;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A self-contained HTML page (inline CSS, no script, nothing fetched): the summary, then the
 * audited text line by line with each finding beside its line, colour-coded by severity, and the
 * checks that held marked in green. Lines a finding involves elsewhere (the other places of a
 * contradiction) are marked too.
 */
final class HtmlReport {

  private static final String CSS = """
      body{font-family:system-ui,-apple-system,Segoe UI,Roboto,sans-serif;margin:0;color:#1d1d1f;background:#fafafa}
      header{padding:16px 24px;background:#fff;border-bottom:1px solid #ddd;position:sticky;top:0}
      h1{font-size:18px;margin:0 0 6px} .summary{font-size:14px;color:#444}
      .pill{display:inline-block;border-radius:10px;padding:1px 8px;margin-right:6px;font-size:12px;color:#fff}
      .error{background:#c62828} .warning{background:#ef6c00} .info{background:#1565c0} .ok{background:#2e7d32}
      table{border-collapse:collapse;width:100%;font-size:13px}
      td{vertical-align:top;padding:1px 8px;border-bottom:1px solid #f0f0f0}
      td.n{color:#999;text-align:right;width:4em;user-select:none;font-family:ui-monospace,Menlo,Consolas,monospace}
      td.t{font-family:ui-monospace,Menlo,Consolas,monospace;white-space:pre-wrap;width:55%}
      tr.has-error td.t{background:#fdecea} tr.has-warning td.t{background:#fff4e5} tr.has-info td.t{background:#e8f1fb}
      tr.related td.t{box-shadow:inset 3px 0 #bbb}
      .note{margin:2px 0;padding:3px 6px;border-left:3px solid;border-radius:2px;background:#fff}
      .note.error{border-color:#c62828;color:#1d1d1f;background:#fff}
      .note.warning{border-color:#ef6c00;background:#fff}
      .note.info{border-color:#1565c0;background:#fff} .note.ok{border-color:#2e7d32;color:#2e7d32;background:#fff}
      .check{font-family:ui-monospace,Menlo,Consolas,monospace;font-size:11px;color:#666}
      main{padding:8px 24px}
      """;

  private HtmlReport() {}

  static String render(AuditReport r, String text) {
    Lines lines = Lines.of(text);
    TreeMap<Integer, List<AuditFinding>> findings = new TreeMap<>();
    Map<Integer, List<Verified>> verified = new TreeMap<>();
    Map<Integer, List<Integer>> related = new TreeMap<>();
    for (AuditFinding f : r.findings()) {
      findings.computeIfAbsent(f.line(), k -> new ArrayList<>()).add(f);
      for (int l : f.lines()) {
        if (l != f.line()) {
          related.computeIfAbsent(l, k -> new ArrayList<>()).add(f.line());
        }
      }
    }
    for (Verified v : r.verified()) {
      verified.computeIfAbsent(v.line(), k -> new ArrayList<>()).add(v);
    }
    StringBuilder sb = new StringBuilder(text.length() * 2 + 4096);
    sb.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">\n<title>Audit of ")
        .append(Markup.escape(r.file())).append("</title>\n<style>").append(CSS)
        .append("</style></head><body>\n<header><h1>Audit of ")
        .append(Markup.escape(r.file())).append(" <span class=\"check\">").append(Markup.escape(r.dyad())).append("</span></h1>\n")
        .append(r.dyadNote() == null ? "" : "<p class=\"dyad\">" + Markup.escape(r.dyadNote()) + "</p>\n")
        .append("<div class=\"summary\">")
        .append(pill("error", r.count(Severity.ERROR), "error"))
        .append(pill("warning", r.count(Severity.WARNING), "warning"))
        .append(pill("info", r.count(Severity.INFO), "info"))
        .append(pill("ok", r.verified().size(), "held"))
        .append(Markup.escape(r.coverage().numbersFound() + " numbers found, " + r.coverage().numbersTied()
            + " tied to a quantity, " + r.coverage().numbersChecked() + " checked"))
        .append("</div>\n").append(notes(r)).append("</header>\n<main><table>\n");
    int count = Math.max(lines.count(), findings.isEmpty() ? 0 : findings.lastKey());
    for (int n = 1; n <= count; n++) {
      List<AuditFinding> fs = findings.getOrDefault(n, List.of());
      List<Verified> vs = verified.getOrDefault(n, List.of());
      String cls = fs.isEmpty() ? "" : "has-" + fs.stream().map(f -> f.severity()).min(Enum::compareTo)
          .map(s -> s.word()).orElse("info");
      if (related.containsKey(n)) {
        cls = (cls + " related").strip();
      }
      sb.append("<tr id=\"L").append(n).append('"').append(cls.isEmpty() ? "" : " class=\"" + cls + "\"")
          .append("><td class=\"n\"><a href=\"#L").append(n).append("\">").append(Markup.escape(TextReport.where(r, n)))
          .append("</a></td><td class=\"t\">")
          .append(Markup.escape(n <= lines.count() ? lines.line(n) : "")).append("</td><td>");
      for (AuditFinding f : fs) {
        sb.append("<div class=\"note ").append(f.severity().word()).append("\"><span class=\"pill ")
            .append(f.severity().word()).append("\">").append(f.severity().word())
            .append("</span><span class=\"check\">[")
            .append(Markup.escape(f.check())).append("]</span> ").append(Markup.escape(f.message())).append("</div>");
      }
      for (int at : related.getOrDefault(n, List.of())) {
        sb.append("<div class=\"note info\"><span class=\"check\">see <a href=\"#L").append(at).append("\">line ")
            .append(Markup.escape(TextReport.where(r, at))).append("</a></span></div>");
      }
      for (Verified v : vs) {
        sb.append("<div class=\"note ok\">✓ <span class=\"check\">[").append(Markup.escape(v.check())).append("]</span> ")
            .append(Markup.escape(v.message())).append("</div>");
      }
      sb.append("</td></tr>\n");
    }
    sb.append("</table></main></body></html>\n");
    return sb.toString();
  }

  private static String pill(String cls, long n, String word) {
    return "<span class=\"pill " + cls + "\">" + n + " " + word + (n == 1 || word.equals("held") ? "" : "s")
        + "</span>";
  }



  private static String notes(AuditReport r) {
    if (r.coverage().notes().isEmpty()) {
      return "";
    }
    StringBuilder sb = new StringBuilder("<ul class=\"coverage\">");
    for (String n : r.coverage().notes()) {
      sb.append("<li>").append(Markup.escape(n)).append("</li>");
    }
    return sb.append("</ul>\n").toString();
  }
}
