package io.dyadscope.cli;

import picocli.CommandLine.Option;

/** The {@code --subject} of the indicator that {@code series} and {@code forecast} work on. */
public final class SubjectOption {

  @Option(names = "--subject", description = "Subject (default: the only one, else the dyad itself).") String subject;
}
