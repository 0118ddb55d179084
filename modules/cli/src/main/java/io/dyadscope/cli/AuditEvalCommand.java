package io.dyadscope.cli;

import io.dyadscope.app.AuditEvalService;
import io.dyadscope.audit.eval.Evaluation;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code dyadscope audit-eval DIR}: scores the audit against the answer keys of annotated reports. */
@Command(name = "audit-eval", mixinStandardHelpOptions = true)
public final class AuditEvalCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Parameters(index = "0", paramLabel = "DIR", description = "Folder of reports and their NAME.key.json answer keys.")
  Path dir;

  @Option(names = "--audits", paramLabel = "DIR", description = "Also write each audit as NAME.json to this folder.")
  Path audits;

  @Option(names = "--details", description = "List each report's missed defects, flags outside defects and flagged clean lines.")
  boolean details;

  @Override
  public Integer call() {
    Evaluation e = new AuditEvalService().evaluate(new AuditEvalService.Request(dir, audits));
    PrintWriter out = spec.commandLine().getOut();
    out.print(e.render(details));
    out.flush();
    return 0;
  }
}
