package io.dyadscope.cli;

import io.dyadscope.corpus.InputLimits;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code --limit NAME=VALUE}: raises (or lowers) one of the limits an untrusted file is read under. */
final class LimitOptions {

  @Spec(Spec.Target.MIXEE) CommandSpec spec;

  private InputLimits limits = InputLimits.DEFAULT;

  @Option(names = "--limit", paramLabel = "NAME=VALUE", description = {"Raise a limit on what a file may unpack to:"
      + " entries (10000), entry-mb (64), total-mb (512), ratio (100, unpacked to compressed), document-mb (32)."})
  void limit(List<String> assignments) {
    try {
      limits = InputLimits.DEFAULT.with(new ArrayList<>(assignments));
    } catch (IllegalArgumentException e) {
      throw new ParameterException(spec.commandLine(), "--limit: " + e.getMessage());
    }
  }

  InputLimits limits() {
    return limits;
  }
}
