package io.dyadscope.cli;

import io.dyadscope.audit.AuditInput;
import io.dyadscope.audit.AuditOptions;
import io.dyadscope.audit.AuditReport;
import io.dyadscope.audit.Auditor;
import io.dyadscope.audit.Finding;
import io.dyadscope.audit.Severity;
import io.dyadscope.audit.extract.Lexicon;
import io.dyadscope.audit.report.ReportFormat;
import io.dyadscope.audit.text.DocumentText;
import io.dyadscope.evidence.Dyad;
import io.dyadscope.evidence.Hashing;
import io.dyadscope.store.ObservationQuery;
import io.dyadscope.store.SavedAudit;
import io.dyadscope.store.SavedClaim;
import io.dyadscope.store.SavedFinding;
import io.dyadscope.store.Workspace;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code dyadscope audit FILE}: checks a report's numeric claims against each other, its own tables
 * and the workspace. Leaves the workspace unchanged unless {@code --save} is given.
 */
@Command(name = "audit", mixinStandardHelpOptions = true,
    description = {"Check the numbers of a report (text, Markdown, HTML or PDF): contradictions, table arithmetic,",
        "change statements, trend claims, agreement with the workspace, scope, text defects."})
public final class AuditCommand implements Callable<Integer> {

  /** Exit code when findings at the {@code --fail-on} level exist. */
  static final int FINDINGS_EXIT = 3;

  enum Format { text, html, md, json }

  @Spec
  CommandSpec spec;

  @Mixin
  WorkspaceOption workspace;

  @Mixin
  DyadOption dyad;

  @Parameters(index = "0", paramLabel = "FILE", description = "The report: .txt, .md, .html or .pdf.")
  Path file;

  @Option(names = "--format", defaultValue = "text", description = "text, html, md or json (default: ${DEFAULT-VALUE}).")
  Format format;

  @Option(names = "--out", paramLabel = "PATH", description = "Write the audit here instead of to standard output.")
  Path out;

  @Option(names = "--fail-on", paramLabel = "LEVEL", description = "error or warning: exit 3 when findings at that level or above exist.")
  String failOn;

  @Option(names = "--save", description = "Store the document, its claims and findings in the workspace (the dossier lists them).")
  boolean save;

  @Option(names = "--tolerance", paramLabel = "FRACTION",
      description = "Relative tolerance for agreement with the workspace beyond rounding (default: rounding only).")
  Double tolerance;

  @Option(names = "--lexicon", paramLabel = "FILE", description = "Extra phrase,indicator lines added to the built-in lexicon.")
  Path lexicon;

  @Override
  public Integer call() throws IOException {
    ImportIndicatorsCommand.requireFile(file);
    Severity threshold = failOn == null ? null : Severity.parse(failOn);
    Dyad d = dyad.dyad();
    AuditOptions options = AuditOptions.defaults();
    if (tolerance != null) {
      options = options.withTolerance(tolerance);
    }
    if (lexicon != null) {
      ImportIndicatorsCommand.requireFile(lexicon);
      options = options.withLexicon(options.lexicon().plus(Lexicon.load(lexicon, options.catalogue())));
    }
    String text = DocumentText.read(file);
    AuditReport report;
    try (Workspace ws = workspace.open(spec.commandLine().getErr())) {
      report = Auditor.audit(new AuditInput(file.toString(), text, d,
          ws.observations(ObservationQuery.all().dyad(d.id())), ws.sources(), options));
      if (save) {
        ws.saveAudit(saved(report, text, Files.readAllBytes(file)));
      }
    }
    String rendered = ReportFormat.parse(format.name()).render(report, text);
    if (out != null) {
      Path parent = out.toAbsolutePath().getParent();
      if (parent != null) {
        Files.createDirectories(parent);
      }
      Files.writeString(out, rendered, StandardCharsets.UTF_8);
      spec.commandLine().getErr().println(summary(report) + "; written to " + out.toAbsolutePath().normalize());
    } else {
      PrintWriter o = spec.commandLine().getOut();
      o.print(rendered);
      if (!rendered.endsWith("\n")) {
        o.println();
      }
      o.flush();
    }
    if (save) {
      spec.commandLine().getErr().println("saved the audit of " + file + " in the workspace");
    }
    spec.commandLine().getErr().flush();
    return threshold != null && report.hasAtLeast(threshold) ? FINDINGS_EXIT : 0;
  }

  static String summary(AuditReport r) {
    return r.count(Severity.ERROR) + " errors, " + r.count(Severity.WARNING) + " warnings, " + r.count(Severity.INFO)
        + " notes, " + r.verified().size() + " checks held";
  }

  static SavedAudit saved(AuditReport report, String text, byte[] document) {
    List<SavedClaim> claims = report.claims().stream().map(c -> new SavedClaim(c.line(), c.excerpt(), c.indicator(),
        c.subject(), c.period() == null ? "" : c.period().toString(), c.value(), c.unit(), c.status().word())).toList();
    List<SavedFinding> findings = report.findings().stream().map(AuditCommand::saved).toList();
    return new SavedAudit(report.file(), Hashing.sha256(document), report.dyad(), text, claims, findings);
  }

  private static SavedFinding saved(Finding f) {
    return new SavedFinding(f.check(), f.severity().word(), f.line(), f.excerpt(), f.message());
  }
}
