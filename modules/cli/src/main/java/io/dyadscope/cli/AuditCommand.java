package io.dyadscope.cli;

import io.dyadscope.app.AuditService.Outcome;
import io.dyadscope.evidence.Severity;
import java.io.IOException;
import java.io.PrintWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;


/**
 * {@code dyadscope audit FILE}: checks a report's numeric claims against each other, its own tables
 * and the workspace. Leaves the workspace unchanged unless {@code --save} is given.
 */
@Command(name = "audit", mixinStandardHelpOptions = true)
public final class AuditCommand extends WorkspaceCommand {

  /** Exit code when findings at the {@code --fail-on} level exist. */
  static final int FINDINGS_EXIT = 3;

  @Mixin AuditRequestOptions audit;

  @Mixin AuditOutputOptions output;

  @Option(names = "--fail-on", paramLabel = "LEVEL", description = "error or warning: exit 3 when findings at that level or above exist.")
  Severity failOn;

  @Override
  public Integer call() throws IOException {
    PrintWriter err = err();
    Outcome o = app().audits().audit(audit.request());
    output.write(o, out(), err);
    if (audit.save) {
      err.println("saved the audit of " + audit.file + " in the workspace");
    }
    err.flush();
    return failOn != null && o.report().hasAtLeast(failOn) ? FINDINGS_EXIT : 0;
  }
}
