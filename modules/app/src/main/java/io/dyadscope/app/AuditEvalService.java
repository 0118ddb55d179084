package io.dyadscope.app;

import io.dyadscope.audit.AuditOptions;
import io.dyadscope.audit.AuditReport;
import io.dyadscope.audit.eval.AnnotatedSet;
import io.dyadscope.audit.eval.AnswerKey;
import io.dyadscope.audit.eval.Evaluation;
import io.dyadscope.audit.eval.ReportScore;
import io.dyadscope.render.audit.ReportFormat;
import io.dyadscope.documents.DocumentText;
import io.dyadscope.evidence.Hashing;
import io.dyadscope.evidence.UserError;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Measures the claim audit on a folder of annotated reports (each {@code NAME.key.json} beside its
 * report): recall, precision, clean lines flagged and dyads right, per report, pooled and per
 * check. Needs no workspace: each report is audited on its own ({@link AnnotatedSet}).
 */
public final class AuditEvalService {

  /**
   * @param dir           the folder of reports and keys
   * @param auditsOrNull  a folder to write each audit's JSON to ({@code NAME.json}), or null
   */
  public record Request(Path dir, Path auditsOrNull) {}

  public Evaluation evaluate(Request request) {
    Path dir = request.dir();
    if (!Files.isDirectory(dir)) {
      throw new UserError("no such folder: " + dir);
    }
    try {
      List<Path> keys;
      try (Stream<Path> s = Files.list(dir)) {
        keys = s.filter(p -> p.getFileName().toString().endsWith(AnnotatedSet.KEY_SUFFIX)).sorted().toList();
      }
      if (keys.isEmpty()) {
        throw new UserError(dir + ": no answer keys (*" + AnnotatedSet.KEY_SUFFIX + ") in this folder");
      }
      if (request.auditsOrNull() != null) {
        Files.createDirectories(request.auditsOrNull());
      }
      List<ReportScore> scores = new ArrayList<>();
      for (Path keyFile : keys) {
        String name = AnnotatedSet.name(keyFile.getFileName().toString());
        AnswerKey key = AnswerKey.parse(Files.readString(keyFile, StandardCharsets.UTF_8), keyFile.toString());
        Path report = dir.resolve(key.file());
        if (!Files.isRegularFile(report)) {
          throw new UserError(keyFile + ": field 'file' names " + key.file() + ", which is not in " + dir);
        }
        AuditReport audit = AnnotatedSet.audit(report.getFileName().toString(), DocumentText.open(report),
            Hashing.sha256(Files.readAllBytes(report)), AuditOptions.defaults());
        if (request.auditsOrNull() != null) {
          Files.writeString(request.auditsOrNull().resolve(name + ".json"), ReportFormat.JSON.render(audit, null),
              StandardCharsets.UTF_8);
        }
        scores.add(ReportScore.of(name, audit, key));
      }
      return new Evaluation(scores);
    } catch (IllegalArgumentException e) {
      throw new UserError(e.getMessage(), e);
    } catch (IOException e) {
      throw new UserError("cannot evaluate " + dir + ": " + e.getMessage(), e);
    }
  }
}
