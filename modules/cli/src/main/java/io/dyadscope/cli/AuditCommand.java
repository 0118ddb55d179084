package io.dyadscope.cli;

import io.dyadscope.app.AuditService;
import io.dyadscope.app.AuditService.Outcome;
import io.dyadscope.audit.AuditReport;
import io.dyadscope.evidence.Severity;
import io.dyadscope.render.audit.ReportFormat;
import io.dyadscope.evidence.text.Prose;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;


/**
 * {@code dyadscope audit FILE}: checks a report's numeric claims against each other, its own tables
 * and the workspace. Leaves the workspace unchanged unless {@code --save} is given.
 */
@Command(name = "audit", mixinStandardHelpOptions = true,
    header = "Check the numbers of a report against each other, its tables and the workspace.",
    description = {"Check the numbers of a report (text, Markdown, HTML or PDF): contradictions, table arithmetic,",
        "change statements, trend claims, agreement with the workspace, scope, text defects."})
public final class AuditCommand extends WorkspaceCommand {

  /** Exit code when findings at the {@code --fail-on} level exist. */
  static final int FINDINGS_EXIT = 3;

  enum Format { text, html, md, json }

  @Mixin AuditDyadOption dyad;

  @Parameters(index = "0", paramLabel = "FILE", description = "The report: .txt, .md, .html or .pdf.") Path file;

  @Option(names = "--format", defaultValue = "text", description = "text, html, md or json (default: ${DEFAULT-VALUE}).")
  Format format;

  @Option(names = "--out", paramLabel = "PATH", description = "Write the audit here instead of to standard output.")
  Path out;

  @Option(names = "--fail-on", paramLabel = "LEVEL", description = "error or warning: exit 3 when findings at that level or above exist.")
  Severity failOn;

  @Option(names = "--save", description = "Store the document, its claims and findings in the workspace (the dossier lists them).")
  boolean save;

  @Option(names = "--tolerance", paramLabel = "FRACTION",
      description = "Relative tolerance for agreement with the workspace beyond rounding (default: rounding only).")
  Double tolerance;

  @Option(names = "--lexicon", paramLabel = "FILE", description = "Extra phrase,indicator lines added to the built-in lexicon.")
  Path lexicon;

  @Override
  public Integer call() throws IOException {
    PrintWriter err = err();
    Outcome o = app().audits().audit(new AuditService.Request(file, dyad.dyadOrNull(), tolerance, lexicon,
        save));
    AuditReport report = o.report();
    if (report.dyadNote() != null && out != null) {
      err.println(report.dyadNote());
    }
    String rendered = ReportFormat.parse(format.name()).render(report, o.text());
    if (out != null) {
      Path parent = out.toAbsolutePath().getParent();
      if (parent != null) {
        Files.createDirectories(parent);
      }
      Files.writeString(out, rendered, StandardCharsets.UTF_8);
      err.println(summary(report) + "; written to " + out.toAbsolutePath().normalize());
    } else {
      PrintWriter o2 = out();
      o2.print(rendered);
      if (!rendered.endsWith("\n")) {
        o2.println();
      }
      o2.flush();
    }
    if (save) {
      err.println("saved the audit of " + file + " in the workspace");
    }
    err.flush();
    return failOn != null && report.hasAtLeast(failOn) ? FINDINGS_EXIT : 0;
  }

  static String summary(AuditReport r) {
    return Prose.count(r.count(Severity.ERROR), "error") + ", " + Prose.count(r.count(Severity.WARNING), "warning")
        + ", " + Prose.count(r.count(Severity.INFO), "note") + ", " + Prose.count(r.verified().size(), "check")
        + " held";
  }
}
