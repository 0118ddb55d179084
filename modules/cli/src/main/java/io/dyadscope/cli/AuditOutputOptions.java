package io.dyadscope.cli;

import io.dyadscope.app.AuditService.Outcome;
import io.dyadscope.audit.AuditReport;
import io.dyadscope.evidence.Severity;
import io.dyadscope.evidence.text.Prose;
import io.dyadscope.render.audit.ReportFormat;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** How and where {@code dyadscope audit} writes the audit: {@code --format} and {@code --out}. */
final class AuditOutputOptions {

  enum Format { text, html, md, json }

  @Option(names = "--format", defaultValue = "text", description = "text, html, md or json (default: ${DEFAULT-VALUE}).")
  Format format;

  @Option(names = "--out", paramLabel = "PATH", description = "Write the audit here instead of to standard output.")
  Path out;

  /**
   * Writes the audit in {@code --format}: to standard output, or to {@code --out} with the inferred
   * dyad's note and a summary on {@code err}, where a reader still sees them.
   */
  void write(Outcome o, PrintWriter stdout, PrintWriter err) throws IOException {
    AuditReport report = o.report();
    String rendered = ReportFormat.parse(format.name()).render(report, o.text());
    if (out == null) {
      stdout.print(rendered);
      if (!rendered.endsWith("\n")) {
        stdout.println();
      }
      stdout.flush();
      return;
    }
    if (report.dyadNote() != null) {
      err.println(report.dyadNote());
    }
    Path parent = out.toAbsolutePath().getParent();
    if (parent != null) {
      Files.createDirectories(parent);
    }
    Files.writeString(out, rendered, StandardCharsets.UTF_8);
    err.println(summary(report) + "; written to " + out.toAbsolutePath().normalize());
  }

  static String summary(AuditReport r) {
    return Prose.count(r.count(Severity.ERROR), "error") + ", " + Prose.count(r.count(Severity.WARNING), "warning")
        + ", " + Prose.count(r.count(Severity.INFO), "note") + ", " + Prose.count(r.verified().size(), "check")
        + " held";
  }
}
