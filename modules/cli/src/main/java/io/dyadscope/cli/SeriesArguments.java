package io.dyadscope.cli;

import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** The indicator and subject that {@code series} and {@code forecast} work on. */
public final class SeriesArguments {

  @Parameters(index = "0", paramLabel = "INDICATOR", description = "Indicator id, e.g. trade.total.")
  String indicator;

  @Option(names = "--subject", description = "Subject (default: the only one, else the dyad itself).")
  String subject;
}
