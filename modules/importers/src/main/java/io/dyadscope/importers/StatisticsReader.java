package io.dyadscope.importers;

import io.dyadscope.evidence.Dyad;
import io.dyadscope.evidence.imports.ImportException;
import io.dyadscope.evidence.imports.ObservationSink;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * A reader of one publisher's statistics download: it turns the file's text into a reading, and
 * the import around it (decode, read, merge through the sink in one transaction) is the same for
 * every publisher, so it is written once here.
 */
public interface StatisticsReader {

  /** The format's word, logged with each import (e.g. {@code unhcr}). */
  String word();

  /**
   * Reads {@code text}, named {@code name} in problems, for {@code dyads}.
   *
   * @throws ImportException listing every problem; nothing is read then
   */
  StatisticsReading read(String name, String text, List<Dyad> dyads, Progress progress) throws ImportException;

  /** The text of the file's bytes: strict UTF-8 unless the publisher writes another encoding. */
  default String decode(String name, byte[] bytes) throws ImportException {
    return StatisticsText.utf8(name, bytes);
  }

  /** Reads and merges {@code file} for {@code dyads}; all or nothing. */
  default StatisticsSummary importFile(ObservationSink sink, Path file, List<Dyad> dyads, Progress progress)
      throws IOException, ImportException {
    return importBytes(sink, file.toString(), Files.readAllBytes(file), dyads, progress);
  }

  /** Reads and merges the {@code bytes} of a file named {@code name}; all or nothing. */
  default StatisticsSummary importBytes(ObservationSink sink, String name, byte[] bytes, List<Dyad> dyads,
      Progress progress) throws ImportException {
    String text = decode(name, bytes);
    return StatisticsImport.merge(sink, word(), name, text, read(name, text, dyads, progress));
  }
}
