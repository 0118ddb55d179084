package io.dyadscope.audit;

import io.dyadscope.documents.SourceMap;
import io.dyadscope.evidence.Require;
import io.dyadscope.evidence.Dyad;
import io.dyadscope.evidence.Observation;
import io.dyadscope.evidence.Source;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What to audit: a report's extracted text, the dyad it is about, and the workspace's observations
 * and sources to hold its figures against (both may be empty).
 *
 * @param fileName     name shown in findings, e.g. {@code report.pdf}
 * @param text         the report as plain text (see {@link io.dyadscope.documents.DocumentText})
 * @param dyad         the pair of countries the report is about
 * @param observations workspace observations; those of other dyads are ignored
 * @param sources      workspace sources by id, to name the source a figure disagrees with
 * @param options      tolerance, lexicon and reference data
 * @param dyadBasis    how the dyad was inferred ("from the title"), or null when the user gave it
 * @param documentSha256 the report file's SHA-256, to recognise workspace sources that are the
 *                     report itself, or null
 * @param sourceMap    where each line of {@code text} is in the file (findings are reported there);
 *                     null when the text's lines are the file's
 */
public record AuditInput(String fileName, String text, Dyad dyad, List<Observation> observations,
    Map<String, Source> sources, AuditOptions options, String dyadBasis, String documentSha256,
    SourceMap sourceMap) {

  public AuditInput(String fileName, String text, Dyad dyad, List<Observation> observations,
      Map<String, Source> sources, AuditOptions options, String dyadBasis, String documentSha256) {
    this(fileName, text, dyad, observations, sources, options, dyadBasis, documentSha256, null);
  }

  public AuditInput(String fileName, String text, Dyad dyad, List<Observation> observations,
      Map<String, Source> sources, AuditOptions options, String dyadBasis) {
    this(fileName, text, dyad, observations, sources, options, dyadBasis, null);
  }

  /** An audit of a dyad the user gave. */
  public AuditInput(String fileName, String text, Dyad dyad, List<Observation> observations,
      Map<String, Source> sources, AuditOptions options) {
    this(fileName, text, dyad, observations, sources, options, null);
  }

  public AuditInput {
    fileName = Require.text(fileName, "file name");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(dyad, "dyad");
    observations = observations == null ? List.of() : List.copyOf(observations);
    sources = sources == null ? Map.of() : Map.copyOf(sources);
    options = options == null ? AuditOptions.defaults() : options;
    dyadBasis = dyadBasis == null || dyadBasis.isBlank() ? null : dyadBasis.strip();
    sourceMap = sourceMap == null ? SourceMap.identity() : sourceMap;
  }

  /** This input with the map from its text's lines to the file's. */
  public AuditInput withSourceMap(SourceMap map) {
    return new AuditInput(fileName, text, dyad, observations, sources, options, dyadBasis, documentSha256, map);
  }

  /** A report whose dyad is inferred from its text ({@link DyadInference}). */
  public static AuditInput inferring(String fileName, String text, List<Observation> observations,
      Map<String, Source> sources, AuditOptions options) {
    AuditOptions opts = options == null ? AuditOptions.defaults() : options;
    DyadInference.Inferred d = DyadInference.infer(text, opts.gazetteer());
    return new AuditInput(fileName, text, d.dyad(), observations, sources, opts, d.basis());
  }

  /** A report to audit on its own, with the default options. */
  public static AuditInput of(String fileName, String text, Dyad dyad) {
    return new AuditInput(fileName, text, dyad, List.of(), Map.of(), AuditOptions.defaults());
  }
}
