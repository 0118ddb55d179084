package io.dyadscope.render.audit;

import io.dyadscope.audit.AuditReport;
import io.dyadscope.evidence.AuditFinding;
import io.dyadscope.audit.Verified;

/** Markdown: a heading, the summary, a table of findings, the verified checks, the coverage. */
final class MarkdownReport {

  private MarkdownReport() {}

  static String render(AuditReport r) {
    StringBuilder sb = new StringBuilder();
    sb.append("# Audit of ").append(inline(r.file())).append(" (").append(r.dyad()).append(")\n\n");
    if (r.dyadNote() != null) {
      sb.append(inline(r.dyadNote())).append("\n\n");
    }
    sb.append(TextReport.Summary.of(r)).append("\n\n");
    sb.append("## Findings\n\n");
    if (r.findings().isEmpty()) {
      sb.append("None.\n\n");
    } else {
      sb.append("| Line | Severity | Check | Message | Excerpt |\n|---:|---|---|---|---|\n");
      for (AuditFinding f : r.findings()) {
        sb.append("| ").append(r.where(f.line())).append(" | ").append(f.severity().word()).append(" | `").append(f.check())
            .append("` | ").append(cell(f.message())).append(" | ").append(cell(f.excerpt())).append(" |\n");
      }
      sb.append('\n');
    }
    sb.append("## Verified\n\n");
    if (r.verified().isEmpty()) {
      sb.append("None.\n\n");
    } else {
      for (Verified v : r.verified()) {
        sb.append("- line ").append(r.where(v.line())).append(" `").append(v.check()).append("`: ").append(inline(v.message()))
            .append('\n');
      }
      sb.append('\n');
    }
    sb.append("## Coverage\n\n| Numbers found | Tied to a quantity | Checked |\n|---:|---:|---:|\n| ")
        .append(r.coverage().numbersFound()).append(" | ").append(r.coverage().numbersTied()).append(" | ")
        .append(r.coverage().numbersChecked()).append(" |\n");
    if (!r.coverage().notes().isEmpty()) {
      sb.append('\n');
      for (String note : r.coverage().notes()) {
        sb.append("- ").append(inline(note)).append('\n');
      }
    }
    return sb.toString();
  }

  private static String cell(String s) {
    return inline(s).replace("|", "\\|");
  }

  /** One line, with the characters Markdown would read as markup escaped. */
  private static String inline(String s) {
    StringBuilder out = new StringBuilder(s.length());
    for (char c : TextReport.oneLine(s).toCharArray()) {
      if ("\\`*_[]<>#".indexOf(c) >= 0) {
        out.append('\\');
      }
      out.append(c);
    }
    return out.toString();
  }
}
