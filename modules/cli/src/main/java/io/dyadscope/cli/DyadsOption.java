package io.dyadscope.cli;

import io.dyadscope.evidence.Dyad;
import io.dyadscope.evidence.Gazetteer;
import java.util.List;
import picocli.CommandLine.Option;

/** The {@code --dyad} option of the statistics imports: one or more country pairs. */
public final class DyadsOption {

  @Option(names = "--dyad", paramLabel = "AAA-BBB", split = ",",
      description = "Country pair(s) to import for, as ISO alpha-3 codes; repeat or separate by commas (default: PAK-AFG).")
  List<String> dyads;

  public List<Dyad> dyads() {
    List<String> given = dyads == null || dyads.isEmpty() ? List.of("PAK-AFG") : dyads;
    return given.stream().map(d -> Dyad.parse(d, Gazetteer.standard())).distinct().toList();
  }
}
