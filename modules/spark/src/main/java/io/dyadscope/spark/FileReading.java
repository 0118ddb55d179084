package io.dyadscope.spark;

import io.dyadscope.events.DyadSelection;
import io.dyadscope.events.EventFormat;
import io.dyadscope.events.read.EventInputs;
import io.dyadscope.events.read.EventReader;
import io.dyadscope.events.read.ReadSummary;
import io.dyadscope.events.reference.CountryCodes;
import io.dyadscope.evidence.Dyad;
import io.dyadscope.evidence.imports.ImportException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Stream;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.input.PortableDataStream;
import org.apache.spark.sql.Row;
import scala.Tuple2;

/**
 * Reads one file per call with the embedded engine's own {@link EventReader} (same format detection,
 * zip members, parsers, dyad selection, strict or lenient handling of bad rows): every file that Spark's
 * CSV source does not read ({@link GdeltCsv}): zips, ACLED and UCDP (quoted CSV, few rows), GDELT files
 * {@link FileCheck} finds odd, and GDELT files with a row the SQL rules refuse, whose problems this
 * reader words exactly as the embedded import. A local file is read in place and named by its path, as the embedded
 * import names it; a file on another filesystem (HDFS, S3) is copied to the task's local disk first and
 * named by its URI. Holds one file's kept events (after the dyad selection) in memory. A record, so that
 * Spark ships it to the executors as its three settings.
 *
 * @param dyad    the dyad whose events are kept
 * @param format  the format every file has ({@link EventFormat#id()}), or null to detect each
 * @param lenient skip bad rows (returned as reject rows) instead of failing the job
 */
record FileReading(String dyad, String format, boolean lenient)
    implements FlatMapFunction<Tuple2<String, PortableDataStream>, Row> {

  @Override
  public Iterator<Row> call(Tuple2<String, PortableDataStream> file) throws IOException {
    URI uri = new org.apache.hadoop.fs.Path(file._1()).toUri();
    List<Row> out = new ArrayList<>();
    EventReader.Options options = new EventReader.Options(format == null ? null : EventFormat.parse(format), lenient,
        new DyadSelection(Dyad.parse(dyad), false));
    EventReader reader = new EventReader(CountryCodes.standard(), 1);
    boolean local = uri.getScheme() == null || uri.getScheme().equals("file");
    Path dir = local ? null : Files.createTempDirectory("dyadscope-spark-");
    try {
      Path path = local ? Path.of(uri.getPath()) : copy(file._2(), dir, uri);
      String shown = local ? path.toString() : uri.toString();
      String prefix = path.toString();
      List<EventInputs.Input> inputs = new ArrayList<>();
      for (EventInputs.Input in : EventInputs.expand(List.of(path))) {
        inputs.add(new EventInputs.Input(shown + in.name().substring(prefix.length()), in.path(), in.member(),
            in.size()));
      }
      ReadSummary s = reader.readInputs(inputs, options, e -> out.add(EventRows.event(e)),
          lenient ? (problem, record) -> out.add(EventRows.reject(problem, record)) : null, null);
      out.add(EventRows.summary(inputs.get(0).name(), s.rows(), s.kept(), s.outsideDyad(), s.rejected()));
    } catch (ImportException e) {
      // A strict read's first bad row, or a file-level problem: the job stops with its file:line message.
      throw new BadInputException(e.getMessage(), e);
    } finally {
      if (dir != null) {
        delete(dir);
      }
    }
    return out.iterator();
  }

  private static Path copy(PortableDataStream stream, Path dir, URI uri) throws IOException {
    String name = uri.getPath().substring(uri.getPath().lastIndexOf('/') + 1);
    Path local = dir.resolve(name.isEmpty() ? "input" : name);
    try (InputStream in = stream.open()) {
      Files.copy(in, local, StandardCopyOption.REPLACE_EXISTING);
    }
    return local;
  }

  private static void delete(Path dir) {
    try (Stream<Path> s = Files.walk(dir)) {
      s.sorted(Comparator.reverseOrder()).forEach(p -> {
        try {
          Files.deleteIfExists(p);
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      });
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Bad input found by a task: the message names file, line and column. */
  static final class BadInputException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    BadInputException(String message, Throwable cause) {
      super(message, cause);
    }
  }
}
