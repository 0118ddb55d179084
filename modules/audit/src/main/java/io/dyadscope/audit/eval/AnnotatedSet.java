package io.dyadscope.audit.eval;

import io.dyadscope.audit.AuditInput;
import io.dyadscope.audit.AuditOptions;
import io.dyadscope.audit.AuditReport;
import io.dyadscope.audit.Auditor;
import io.dyadscope.audit.text.DocumentText;
import io.dyadscope.audit.text.SourceText;
import io.dyadscope.evidence.Hashing;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.stream.Stream;

/**
 * A folder of annotated reports: each {@code NAME.key.json} ({@link AnswerKey}) beside the report it
 * names. {@link #evaluate} audits every report on its own (its dyad inferred, as a new user would
 * run it, with no workspace figures: the keys score what a report says about itself) and scores
 * the audit against the key.
 */
public final class AnnotatedSet {

  private static final String KEY = ".key.json";

  private AnnotatedSet() {}

  /**
   * Audits and scores every keyed report in {@code dir}; {@code each} hears each report's name and
   * audit (to keep them), and may be null.
   *
   * @throws IllegalArgumentException naming the key when a key is malformed or its report missing
   * @throws IOException when a file cannot be read
   */
  public static Evaluation evaluate(Path dir, AuditOptions options, BiConsumer<String, AuditReport> each)
      throws IOException {
    if (!Files.isDirectory(dir)) {
      throw new IllegalArgumentException("not a folder: " + dir);
    }
    List<Path> keys;
    try (Stream<Path> s = Files.list(dir)) {
      keys = s.filter(p -> p.getFileName().toString().endsWith(KEY)).sorted().toList();
    }
    if (keys.isEmpty()) {
      throw new IllegalArgumentException(dir + ": no answer keys (*" + KEY + ") in this folder");
    }
    List<ReportScore> scores = new ArrayList<>();
    for (Path keyFile : keys) {
      String fileName = keyFile.getFileName().toString();
      String name = fileName.substring(0, fileName.length() - KEY.length());
      AnswerKey key = AnswerKey.parse(Files.readString(keyFile, StandardCharsets.UTF_8), keyFile.toString());
      Path report = dir.resolve(key.file());
      if (!Files.isRegularFile(report)) {
        throw new IllegalArgumentException(keyFile + ": field 'file' names " + key.file() + ", which is not in " + dir);
      }
      AuditReport audit = audit(report, options);
      if (each != null) {
        each.accept(name, audit);
      }
      scores.add(ReportScore.of(name, audit, key));
    }
    return new Evaluation(scores);
  }

  /** The audit of one report on its own, its dyad inferred. */
  public static AuditReport audit(Path report, AuditOptions options) throws IOException {
    SourceText source = DocumentText.open(report);
    AuditInput input = AuditInput.inferring(report.getFileName().toString(), source.text(), List.of(), Map.of(),
        options);
    return Auditor.audit(new AuditInput(input.fileName(), input.text(), input.dyad(), List.of(), Map.of(),
        input.options(), input.dyadBasis(), Hashing.sha256(Files.readAllBytes(report)), source.map()));
  }
}
