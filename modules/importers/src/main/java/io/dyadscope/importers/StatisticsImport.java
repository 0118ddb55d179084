package io.dyadscope.importers;

import io.dyadscope.evidence.imports.ImportSummary;
import io.dyadscope.evidence.imports.MergeResult;
import io.dyadscope.evidence.imports.ObservationSink;
import io.dyadscope.evidence.Hashing;
import java.util.Objects;

/** Writes a reading through a sink in one transaction, the same way for every statistics format. */
public final class StatisticsImport {

  private StatisticsImport() {}

  /**
   * Merges {@code reading} into {@code sink}, logging the import under {@code name} and the hash
   * of {@code text}. Re-importing the same file adds nothing; a changed value replaces the old
   * and is listed.
   */
  public static StatisticsSummary merge(ObservationSink sink, String format, String name, String text,
      StatisticsReading reading) {
    return mergeHashed(sink, format, name, Hashing.sha256(text), reading);
  }

  /** As {@link #merge}, for a binary file (a workbook) logged under the hash of its bytes. */
  public static StatisticsSummary mergeHashed(ObservationSink sink, String format, String name, String sha256,
      StatisticsReading reading) {
    Objects.requireNonNull(sink, "sink");
    MergeResult m = sink.merge(name, sha256, reading.sources(), reading.observations());
    ImportSummary s = new ImportSummary(name, m.added(), m.replaced(), m.unchanged(), m.sourcesAdded(),
        m.sourcesReplaced(), m.replacements());
    return new StatisticsSummary(s, format, reading.indicators(), reading.skipped(), reading.rows());
  }
}
