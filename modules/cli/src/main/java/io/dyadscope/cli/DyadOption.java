package io.dyadscope.cli;

import io.dyadscope.evidence.Dyad;
import io.dyadscope.evidence.Gazetteer;
import picocli.CommandLine.Option;

/** The {@code --dyad} option shared by the analysis commands. */
public final class DyadOption {

  @Option(names = "--dyad", paramLabel = "AAA-BBB", defaultValue = "PAK-AFG",
      description = "Country pair as ISO alpha-3 codes (default: ${DEFAULT-VALUE}).")
  String dyad;

  public Dyad dyad() {
    return Dyad.parse(dyad, Gazetteer.standard());
  }
}
