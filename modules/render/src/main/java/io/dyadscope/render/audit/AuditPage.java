package io.dyadscope.render.audit;

import io.dyadscope.audit.AuditReport;
import io.dyadscope.audit.Verified;
import io.dyadscope.audit.text.Lines;
import io.dyadscope.evidence.AuditFinding;
import io.dyadscope.evidence.Severity;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What the audit's HTML page ({@code audit/report.jte}) shows: the report, then the audited text
 * line by line with the findings, the checks that held and the lines a finding involves elsewhere
 * (the other places of a contradiction). Public because the compiled template reads it.
 *
 * @param report the audit
 * @param rows   one per line of the text (more when a finding points past its end)
 */
public record AuditPage(AuditReport report, List<Row> rows) {

  /**
   * One line of the audited text.
   *
   * @param n        line number in the text, the row's anchor
   * @param where    where the line is in the file, as the text report writes it
   * @param text     the line
   * @param cls      CSS classes: {@code has-error} (worst severity) and {@code related}, or empty
   * @param findings the findings on the line
   * @param related  the lines whose findings involve this one
   * @param verified the checks that held on the line
   */
  public record Row(int n, String where, String text, String cls, List<AuditFinding> findings, List<Related> related,
      List<Verified> verified) {}

  /** A line whose finding involves the row's line, by number and as the text report writes it. */
  public record Related(int n, String where) {}

  static AuditPage of(AuditReport r, String text) {
    Lines lines = Lines.of(text);
    TreeMap<Integer, List<AuditFinding>> findings = new TreeMap<>();
    Map<Integer, List<Verified>> verified = new TreeMap<>();
    Map<Integer, List<Related>> related = new TreeMap<>();
    for (AuditFinding f : r.findings()) {
      findings.computeIfAbsent(f.line(), k -> new ArrayList<>()).add(f);
      for (int l : f.lines()) {
        if (l != f.line()) {
          related.computeIfAbsent(l, k -> new ArrayList<>()).add(new Related(f.line(), r.where(f.line())));
        }
      }
    }
    for (Verified v : r.verified()) {
      verified.computeIfAbsent(v.line(), k -> new ArrayList<>()).add(v);
    }
    List<Row> rows = new ArrayList<>();
    int count = Math.max(lines.count(), findings.isEmpty() ? 0 : findings.lastKey());
    for (int n = 1; n <= count; n++) {
      List<AuditFinding> fs = findings.getOrDefault(n, List.of());
      String cls = fs.isEmpty() ? "" : "has-" + fs.stream().map(AuditFinding::severity).min(Enum::compareTo)
          .map(Severity::word).orElse("info");
      if (related.containsKey(n)) {
        cls = (cls + " related").strip();
      }
      rows.add(new Row(n, r.where(n), n <= lines.count() ? lines.line(n) : "", cls, fs,
          related.getOrDefault(n, List.of()), verified.getOrDefault(n, List.of())));
    }
    return new AuditPage(r, rows);
  }

  /** A count pill's words: {@code 1 error}, {@code 2 errors}, {@code 3 held}. */
  public static String pill(long n, String word) {
    return n + " " + word + (n == 1 || word.equals("held") ? "" : "s");
  }

  /** The coverage line of the summary. */
  public String coverage() {
    return report.coverage().numbersFound() + " numbers found, " + report.coverage().numbersTied()
        + " tied to a quantity, " + report.coverage().numbersChecked() + " checked";
  }
}
