package io.dyadscope.evidence.imports;

import java.util.List;

/**
 * What {@link ObservationSink#merge} did.
 *
 * @param importId        id of the row recorded in {@code imports}
 * @param added           observations that were new
 * @param replaced        observations whose value, unit or note changed
 * @param unchanged       observations already present as given
 * @param sourcesAdded    sources that were new
 * @param sourcesReplaced sources whose fields changed
 * @param replacements    each replaced observation, in the order given
 */
public record MergeResult(long importId, int added, int replaced, int unchanged, int sourcesAdded,
    int sourcesReplaced, List<Replacement> replacements) {

  public MergeResult {
    if (added < 0 || replaced < 0 || unchanged < 0 || sourcesAdded < 0 || sourcesReplaced < 0) {
      throw new IllegalArgumentException("negative count in merge result");
    }
    replacements = List.copyOf(replacements);
    if (replacements.size() != replaced) {
      throw new IllegalArgumentException(
          "merge result counts " + replaced + " replacements but lists " + replacements.size());
    }
  }
}
