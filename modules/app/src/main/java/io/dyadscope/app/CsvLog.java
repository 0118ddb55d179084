package io.dyadscope.app;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.function.Consumer;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * A log kept as a CSV file in the workspace folder (the forecast logs): appended to line by line,
 * read back record by record by the names of its header.
 */
public final class CsvLog {

  private CsvLog() {}

  /** Appends {@code lines} (each ending in a newline) to {@code file}, writing {@code header} first when it is new. */
  public static void append(Path file, String header, CharSequence lines) {
    try {
      if (!Files.exists(file)) {
        Files.writeString(file, header + "\n", StandardCharsets.UTF_8);
      }
      Files.writeString(file, lines, StandardCharsets.UTF_8, StandardOpenOption.APPEND);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + file + ": " + e.getMessage(), e);
    }
  }

  /**
   * Gives each record of {@code file} to {@code row}, in file order; nothing when there is no such file.
   *
   * @throws IllegalArgumentException naming the file and line of a record {@code row} fails on
   */
  public static void forEach(Path file, Consumer<CSVRecord> row) {
    if (!Files.isRegularFile(file)) {
      return;
    }
    try (CSVParser p = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).build()
        .parse(new StringReader(Files.readString(file, StandardCharsets.UTF_8)))) {
      for (CSVRecord r : p) {
        try {
          row.accept(r);
        } catch (RuntimeException e) {
          throw new IllegalArgumentException(file + ":" + p.getCurrentLineNumber() + ": " + e.getMessage());
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
    }
  }
}
