package io.dyadscope.evidence.imports;

import java.util.List;

/**
 * What an import changed in the workspace.
 *
 * @param file            the observations file's name as the user gave it
 * @param added           observations that were new
 * @param replaced        observations whose value, unit or note changed
 * @param unchanged       observations already present as given
 * @param sourcesAdded    sources that were new
 * @param sourcesReplaced sources whose fields changed
 * @param replacements    each replaced observation with its old and new value, in file order
 */
public record ImportSummary(String file, int added, int replaced, int unchanged, int sourcesAdded,
    int sourcesReplaced, List<Replacement> replacements) {

  public ImportSummary {
    if (file == null || file.isBlank()) {
      throw new IllegalArgumentException("import summary without a file name");
    }
    if (added < 0 || replaced < 0 || unchanged < 0 || sourcesAdded < 0 || sourcesReplaced < 0) {
      throw new IllegalArgumentException("negative count in the import summary of " + file);
    }
    replacements = List.copyOf(replacements);
    if (replacements.size() != replaced) {
      throw new IllegalArgumentException(
          "import summary counts " + replaced + " replaced but lists " + replacements.size());
    }
  }

  /**
   * One line, e.g. {@code obs.csv: 12 added, 1 replaced, 40 unchanged; sources: 2 added}. The
   * sources part is left out when no source changed.
   */
  public String describe() {
    StringBuilder b = new StringBuilder(file).append(": ").append(added).append(" added, ").append(replaced)
        .append(" replaced, ").append(unchanged).append(" unchanged");
    if (sourcesAdded > 0 || sourcesReplaced > 0) {
      b.append("; sources: ").append(sourcesAdded).append(" added");
      if (sourcesReplaced > 0) {
        b.append(", ").append(sourcesReplaced).append(" replaced");
      }
    }
    return b.toString();
  }
}
