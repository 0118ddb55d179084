package io.dyadscope.cli;

import io.dyadscope.evidence.Dyad;
import picocli.CommandLine.Option;

/**
 * The audit's {@code --dyad}: optional, unlike the analysis commands' {@link DyadOption}, because a
 * report names its own countries; without it the audit infers the pair and says so.
 */
public final class AuditDyadOption {

  @Option(names = "--dyad", paramLabel = "AAA-BBB",
      description = "Country pair as ISO alpha-3 codes (default: inferred from the report's title and the countries it names most).")
  Dyad dyad;

  /** The pair given, or null to infer it. */
  public Dyad dyadOrNull() {
    return dyad;
  }
}
