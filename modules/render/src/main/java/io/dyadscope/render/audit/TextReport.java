package io.dyadscope.render.audit;

import io.dyadscope.audit.AuditReport;
import io.dyadscope.evidence.AuditFinding;
import io.dyadscope.evidence.Severity;
import io.dyadscope.audit.Verified;

/**
 * Linter-style text: one line per finding, {@code FILE:LINE: severity [check] message}, then one
 * per verified check ({@code FILE:LINE: ok [check] message}) and a summary line.
 */
final class TextReport {

  private TextReport() {}

  static String render(AuditReport r) {
    StringBuilder sb = new StringBuilder();
    if (r.dyadNote() != null) {
      sb.append(r.dyadNote()).append('\n');
    }
    for (AuditFinding f : r.findings()) {
      sb.append(r.file()).append(':').append(r.where(f.line())).append(": ").append(f.severity().word()).append(" [")
          .append(f.check()).append("] ").append(oneLine(f.message())).append('\n');
    }
    for (Verified v : r.verified()) {
      sb.append(r.file()).append(':').append(r.where(v.line())).append(": ok [").append(v.check()).append("] ")
          .append(oneLine(v.message())).append('\n');
    }
    sb.append(Summary.of(r)).append('\n');
    for (String note : r.coverage().notes()) {
      sb.append("coverage: ").append(oneLine(note)).append('\n');
    }
    return sb.toString();
  }

  static String oneLine(String s) {
    return s.replace('\n', ' ').replace('\r', ' ');
  }

  /** "2 errors, 1 warning, 0 infos; 14 checks held; 60 numbers found, 58 tied to a quantity, 46 checked". */
  static final class Summary {
    private Summary() {}

    static String of(AuditReport r) {
      return r.file() + " (" + r.dyad() + "): " + plural(r.count(Severity.ERROR), "error") + ", "
          + plural(r.count(Severity.WARNING), "warning") + ", " + plural(r.count(Severity.INFO), "info") + "; "
          + plural(r.verified().size(), "check") + " held; " + r.coverage().numbersFound() + " numbers found, "
          + r.coverage().numbersTied() + " tied to a quantity, " + r.coverage().numbersChecked() + " checked";
    }

    static String plural(long n, String word) {
      return n + " " + word + (n == 1 ? "" : "s");
    }
  }
}
