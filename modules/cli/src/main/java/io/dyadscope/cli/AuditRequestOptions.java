package io.dyadscope.cli;

import io.dyadscope.app.AuditService;
import io.dyadscope.evidence.Dyad;
import java.nio.file.Path;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** What {@code dyadscope audit} checks and against what: the report, its dyad, the tolerance, the lexicon. */
final class AuditRequestOptions {

  /**
   * Optional, unlike the analysis commands' {@link DyadOption}, because a report names its own
   * countries; without it the audit infers the pair and says so.
   */
  @Option(names = "--dyad", paramLabel = "AAA-BBB",
      description = "Country pair as ISO alpha-3 codes (default: inferred from the report's title and the countries it names most).")
  Dyad dyad;

  @Parameters(index = "0", paramLabel = "FILE", description = "The report: .txt, .md, .html or .pdf.") Path file;

  @Option(names = "--save", description = "Store the document, its claims and findings in the workspace (the dossier lists them).")
  boolean save;

  @Option(names = "--tolerance", paramLabel = "FRACTION",
      description = "Relative tolerance for agreement with the workspace beyond rounding (default: rounding only).")
  Double tolerance;

  @Option(names = "--lexicon", paramLabel = "FILE", description = "Extra phrase,indicator lines added to the built-in lexicon.")
  Path lexicon;

  AuditService.Request request() {
    return new AuditService.Request(file, dyad, tolerance, lexicon, save);
  }
}
