package io.dyadscope.app;

import io.dyadscope.audit.AuditOptions;
import io.dyadscope.audit.eval.AnnotatedSet;
import io.dyadscope.audit.eval.Evaluation;
import io.dyadscope.audit.report.ReportFormat;
import io.dyadscope.evidence.UserError;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Measures the claim audit on a folder of annotated reports (each {@code NAME.key.json} beside its
 * report): recall, precision, clean lines flagged and dyads right, per report, pooled and per
 * check. Needs no workspace: each report is audited on its own.
 */
public final class AuditEvalService {

  /**
   * @param dir           the folder of reports and keys
   * @param auditsOrNull  a folder to write each audit's JSON to ({@code NAME.json}), or null
   */
  public record Request(Path dir, Path auditsOrNull) {}

  public Evaluation evaluate(Request request) {
    if (!Files.isDirectory(request.dir())) {
      throw new UserError("no such folder: " + request.dir());
    }
    try {
      if (request.auditsOrNull() != null) {
        Files.createDirectories(request.auditsOrNull());
      }
      return AnnotatedSet.evaluate(request.dir(), AuditOptions.defaults(), (name, report) -> {
        if (request.auditsOrNull() != null) {
          try {
            Files.writeString(request.auditsOrNull().resolve(name + ".json"), ReportFormat.JSON.render(report, null),
                StandardCharsets.UTF_8);
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
        }
      });
    } catch (IllegalArgumentException e) {
      throw new UserError(e.getMessage(), e);
    } catch (IOException | UncheckedIOException e) {
      throw new UserError("cannot evaluate " + request.dir() + ": " + e.getMessage(), e);
    }
  }
}
