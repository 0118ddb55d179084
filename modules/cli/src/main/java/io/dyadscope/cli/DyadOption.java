package io.dyadscope.cli;

import io.dyadscope.evidence.Dyad;
import picocli.CommandLine.Option;

/** The {@code --dyad} option shared by the analysis commands. */
public final class DyadOption {

  @Option(names = "--dyad", paramLabel = "AAA-BBB", defaultValue = "PAK-AFG",
      description = "Country pair as ISO alpha-3 codes (default: ${DEFAULT-VALUE}).")
  Dyad dyad;

  public Dyad dyad() {
    return dyad;
  }
}
