package io.dyadscope.audit.eval;

import io.dyadscope.audit.AuditInput;
import io.dyadscope.audit.AuditOptions;
import io.dyadscope.audit.AuditReport;
import io.dyadscope.audit.Auditor;
import io.dyadscope.documents.SourceText;
import java.util.List;
import java.util.Map;

/**
 * An annotated report as the evaluation audits it: on its own (its dyad inferred, as a new user
 * would run it, with no workspace figures: the keys score what a report says about itself). The
 * files are read by the caller ({@code AuditEvalService}, or a test); this is pure.
 */
public final class AnnotatedSet {

  /** The name of a key file: {@code NAME.key.json} beside the report. */
  public static final String KEY_SUFFIX = ".key.json";

  private AnnotatedSet() {}

  /**
   * The audit of one report on its own, its dyad inferred.
   *
   * @param fileName the report's file name
   * @param source   its text and source map ({@code DocumentText.open})
   * @param sha256   the file's SHA-256, or null
   */
  public static AuditReport audit(String fileName, SourceText source, String sha256, AuditOptions options) {
    AuditInput input = AuditInput.inferring(fileName, source.text(), List.of(), Map.of(), options);
    return Auditor.audit(new AuditInput(input.fileName(), input.text(), input.dyad(), List.of(), Map.of(),
        input.options(), input.dyadBasis(), sha256, source.map()));
  }

  /** The report's name for a key file name ({@code egy-sdn-sitrep} for {@code egy-sdn-sitrep.key.json}). */
  public static String name(String keyFileName) {
    return keyFileName.endsWith(KEY_SUFFIX) ? keyFileName.substring(0, keyFileName.length() - KEY_SUFFIX.length())
        : keyFileName;
  }
}
