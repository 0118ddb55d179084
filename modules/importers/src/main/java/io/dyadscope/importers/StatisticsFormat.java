package io.dyadscope.importers;

import io.dyadscope.evidence.Dyad;
import io.dyadscope.evidence.Gazetteer;
import io.dyadscope.evidence.IndicatorCatalogue;
import io.dyadscope.evidence.imports.ImportException;
import io.dyadscope.evidence.imports.ObservationSink;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * One tabular format Dyadscope reads: how a file of it is recognised and how it is imported. The
 * formats are listed once, in {@link StatisticsFormats}; detection ({@code import FILE}) and the
 * import of a named format both go through that list.
 */
public interface StatisticsFormat {

  /** The word naming the format in commands and evidence packs, e.g. {@code imf-dots}. */
  String word();

  /** What a file of this format is, for a message that lists them, e.g. {@code a UNHCR population export}. */
  String description();

  /**
   * True when {@code line}, one of a file's first lines in lower case and without quotes, is this
   * format's signature (the publisher's own header names).
   */
  boolean signature(String line);

  /** True when the file's bytes are this format's container whatever its lines say (a workbook). */
  default boolean container(byte[] bytes) {
    return false;
  }

  /**
   * Reads and merges {@code file} for {@code dyads} through {@code sink}; all or nothing.
   *
   * @throws ImportException with every problem; nothing is written then
   */
  StatisticsSummary importFile(Gazetteer gazetteer, IndicatorCatalogue catalogue, ObservationSink sink, Path file,
      List<Dyad> dyads, Progress progress) throws IOException, ImportException;
}
