package io.dyadscope.events.read;

import io.dyadscope.events.AcledRow;
import io.dyadscope.events.EventPlaces;
import io.dyadscope.events.BadRowException;
import io.dyadscope.events.CsvLayout;
import io.dyadscope.events.DyadSelection;
import io.dyadscope.events.Event;
import io.dyadscope.events.EventFormat;
import io.dyadscope.events.GdeltRow;
import io.dyadscope.events.UcdpRow;
import io.dyadscope.events.reference.CountryCodes;
import io.dyadscope.evidence.imports.ImportException;
import io.dyadscope.evidence.imports.ImportProblem;
import java.io.BufferedReader;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PushbackReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Streams event files row by row into a consumer: formats detected per file (or forced), rows parsed
 * by {@link GdeltRow}, {@link AcledRow} and {@link UcdpRow}, kept by a {@link DyadSelection}. Never
 * holds more than one row. Strict reading stops at the first bad row with an {@link ImportException}
 * naming {@code file:line}; lenient reading skips bad rows, counts them and hands them to a
 * {@link RejectSink}. File-level problems (no such file, empty file, a zip without its member, a file
 * that is not of the format named) stop both.
 */
public final class EventReader {

  /** How many problems a summary lists. */
  public static final int PROBLEMS_LISTED = 20;

  /**
   * @param format    the format every file has, or null to detect each file's own
   * @param lenient   skip bad rows instead of stopping
   * @param selection which events to keep
   */
  public record Options(EventFormat format, boolean lenient, DyadSelection selection) {}

  /** Where lenient reading puts bad rows. */
  public interface RejectSink {
    void reject(ImportProblem problem, String record) throws IOException;
  }

  /** Told every few thousand rows how far reading is. */
  public interface Progress {
    void update(long bytesRead, long bytesTotal, long rows);
  }

  private static final int PROGRESS_EVERY = 16_384;

  private final CountryCodes codes;
  private final int parserThreads;

  /**
   * @param parserThreads threads parsing GDELT lines beside the reading thread; 1 parses on the reading
   *                      thread itself. Results are handed on in file order either way.
   */
  public EventReader(CountryCodes codes, int parserThreads) {
    if (parserThreads < 1) {
      throw new IllegalArgumentException("parser threads must be at least 1: " + parserThreads);
    }
    this.codes = codes;
    this.parserThreads = parserThreads;
  }

  /** Parses GDELT on as many threads as there are processors. */
  public EventReader() {
    this(CountryCodes.standard(), Runtime.getRuntime().availableProcessors());
  }

  public ReadSummary read(List<Path> paths, Options options, Consumer<Event> sink, RejectSink rejects,
      Progress progress) throws ImportException, IOException {
    return readInputs(EventInputs.expand(paths), options, sink, rejects, progress);
  }

  /**
   * Reads inputs already expanded (see {@link EventInputs#expand}); the Spark job calls this with one
   * file per task, naming each input by its URI.
   */
  public ReadSummary readInputs(List<EventInputs.Input> inputs, Options options, Consumer<Event> sink,
      RejectSink rejects, Progress progress) throws ImportException, IOException {
    long total = inputs.stream().mapToLong(EventInputs.Input::size).sum();
    Run run = new Run(options, sink, rejects, progress == null ? (a, b, c) -> { } : progress, total);
    for (EventInputs.Input in : inputs) {
      try (CountingStream counted = new CountingStream(in.open(), run)) {
        run.file(in.name(), counted);
      }
    }
    run.progress.update(total, total, run.rows);
    Map<EventPlaces.How, Long> placed = new java.util.EnumMap<>(EventPlaces.How.class);
    for (EventPlaces.How h : EventPlaces.How.values()) {
      if (run.places.count(h) > 0) {
        placed.put(h, run.places.count(h));
      }
    }
    return new ReadSummary(inputs.stream().map(EventInputs.Input::name).toList(), run.rows, run.kept, run.outside,
        run.rejected, run.problems, placed);
  }

  private final class Run {
    final Options options;
    final Consumer<Event> sink;
    final RejectSink rejects;
    final Progress progress;
    final long total;
    long bytesBefore;
    long bytesInFile;
    long rows;
    long kept;
    long outside;
    long rejected;
    final List<ImportProblem> problems = new ArrayList<>();
    final EventPlaces.Tally places = new EventPlaces.Tally();

    Run(Options options, Consumer<Event> sink, RejectSink rejects, Progress progress, long total) {
      this.options = options;
      this.sink = sink;
      this.rejects = rejects;
      this.progress = progress;
      this.total = total;
    }

    void file(String name, CountingStream in) throws IOException, ImportException {
      try {
        readFile(name, in);
      } catch (StrictUtf8Reader.NotUtf8 e) {
        throw new ImportException(List.of(e.problem), false);
      } catch (UncheckedIOException e) {
        if (e.getCause() instanceof StrictUtf8Reader.NotUtf8 n) {
          throw new ImportException(List.of(n.problem), false);
        }
        throw e;
      }
      bytesBefore += bytesInFile;
      bytesInFile = 0;
    }

    private void readFile(String name, CountingStream in) throws IOException, ImportException {
      PushbackReader reader = new PushbackReader(new StrictUtf8Reader(in, name), 1 << 16);
      EventFormat format = formatOf(name, peekFirstLine(reader), options.format());
      switch (format) {
        case GDELT1, GDELT2 -> gdelt(name, reader, format, in);
        case ACLED, UCDP -> csv(name, reader, format, in);
        default -> throw new IllegalStateException(format.toString());
      }
    }

    private void gdelt(String name, Reader reader, EventFormat format, CountingStream in)
        throws IOException, ImportException {
      BufferedReader r = new BufferedReader(reader, 1 << 16);
      if (parserThreads > 1) {
        OrderedBatches.run(r, (line, n) -> GdeltRow.parse(line, name, n, format, codes), parserThreads, p -> {
          if (p.event() != null) {
            accept(p.event());
          } else {
            bad(p.problem(), p.text());
          }
        });
        return;
      }
      String line;
      long n = 0;
      while ((line = r.readLine()) != null) {
        n++;
        Event e;
        try {
          e = GdeltRow.parse(line, name, n, format, codes);
        } catch (BadRowException ex) {
          bad(ex.problem(), line);
          continue;
        }
        accept(e);
      }
    }

    private void csv(String name, Reader reader, EventFormat format, CountingStream in)
        throws IOException, ImportException {
      CSVParser parser = CSVFormat.DEFAULT.builder().setIgnoreEmptyLines(true).build().parse(reader);
      Iterator<CSVRecord> it = parser.iterator();
      CSVRecord header = it.next();
      CsvLayout layout = new CsvLayout(header.toList());
      String[] required = format == EventFormat.ACLED ? AcledRow.REQUIRED : UcdpRow.REQUIRED;
      String missing = layout.missing(required);
      if (missing != null) {
        throw EventInputs.fail(name, "not " + (format == EventFormat.ACLED ? "an " : "a ") + format.description()
            + ": the header lacks column " + missing);
      }
      long end = parser.getCurrentLineNumber();
      SameIds sameIds = new SameIds(name);
      while (true) {
        long start = end + 1;
        CSVRecord rec;
        try {
          if (!it.hasNext()) {
            break;
          }
          rec = it.next();
        } catch (UncheckedIOException | IllegalStateException ex) {
          if (ex.getCause() instanceof StrictUtf8Reader.NotUtf8 n) {
            throw n;
          }
          // Commons CSV fails this way on a file cut inside a quoted field: nothing after it can be read.
          bad(new ImportProblem(name, (int) start, "", "truncated record: the file ends inside a quoted field"), "");
          break;
        }
        end = parser.getCurrentLineNumber();
        String[] values = rec.values();
        if (format == EventFormat.UCDP && UcdpRow.isHxlTagRow(values)) {
          continue;
        }
        Event e;
        try {
          e = format == EventFormat.ACLED ? AcledRow.parse(values, layout, name, start, codes, places)
              : UcdpRow.parse(values, layout, name, start, codes);
        } catch (BadRowException ex) {
          bad(ex.problem(), CSVFormat.DEFAULT.format((Object[]) values));
          continue;
        }
        ImportProblem conflict = options.selection().keeps(e) ? sameIds.conflict(e, values) : null;
        if (conflict != null) {
          bad(conflict, CSVFormat.DEFAULT.format((Object[]) values));
          continue;
        }
        accept(e);
      }
    }

    private void accept(Event e) {
      rows++;
      if (options.selection().keeps(e)) {
        kept++;
        sink.accept(e);
      } else {
        outside++;
      }
      if (rows % PROGRESS_EVERY == 0) {
        progress.update(bytesBefore + bytesInFile, total, rows);
      }
    }

    private void bad(ImportProblem p, String record) throws IOException, ImportException {
      if (!options.lenient()) {
        throw new ImportException(List.of(p), false);
      }
      rows++;
      rejected++;
      if (problems.size() < PROBLEMS_LISTED) {
        problems.add(p);
      }
      if (rejects != null) {
        rejects.reject(p, record);
      }
    }
  }

  /**
   * The format of an input, told by its first line (read strictly as UTF-8), checked against the
   * format named ({@code forced}, or null): what {@link #read} does before reading a file's rows, for
   * readers that read the rows elsewhere (the store reads GDELT files with DuckDB).
   *
   * @throws ImportException naming the file (and line 1) when it is empty, not UTF-8, of no format
   *                         or not of the format named
   */
  public static EventFormat formatOf(EventInputs.Input in, EventFormat forced) throws ImportException, IOException {
    try (InputStream s = in.open()) {
      return formatOf(in.name(), peekFirstLine(new PushbackReader(new StrictUtf8Reader(s, in.name()), 1 << 16)), forced);
    } catch (StrictUtf8Reader.NotUtf8 e) {
      throw new ImportException(List.of(e.problem), false);
    }
  }

  private static EventFormat formatOf(String name, String first, EventFormat forced) throws ImportException {
    if (first == null || first.isBlank()) {
      throw EventInputs.fail(name, "empty file: no header and no rows");
    }
    EventFormat detected = EventFormat.detect(first);
    EventFormat format = forced != null ? forced : detected;
    if (format == null) {
      String near = HeaderHints.lacking(first);
      throw EventInputs.fail(name, near != null ? near + "; name the format with --format to read it anyway"
          : "cannot tell the event format from the first line (not ACLED, UCDP GED, "
          + "GDELT 2.0 or 1.0); name it with --format");
    }
    if (forced != null && detected != format) {
      throw EventInputs.fail(name, "not a file of the format named (" + format.description() + ")" + (detected == null ? ""
          : "; its first line looks like: " + detected.description()));
    }
    return format;
  }

  /** Reads the first line and pushes it back, so detection sees it and the parser still reads it. */
  private static String peekFirstLine(PushbackReader r) throws IOException {
    char[] buf = new char[1 << 16];
    int n = 0;
    int c;
    while (n < buf.length && (c = r.read()) != -1) {
      buf[n++] = (char) c;
      if (c == '\n') {
        break;
      }
    }
    if (n == 0) {
      return null;
    }
    r.unread(buf, 0, n);
    String line = new String(buf, 0, n);
    return line.strip().isEmpty() ? null : line.replaceAll("[\r\n]+$", "");
  }

  /** Counts the bytes read from a file so that progress can say how far along it is. */
  private static final class CountingStream extends FilterInputStream {
    private final Run run;

    CountingStream(InputStream in, Run run) {
      super(in);
      this.run = run;
    }

    @Override
    public int read() throws IOException {
      int b = super.read();
      if (b >= 0) {
        run.bytesInFile++;
      }
      return b;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
      int n = super.read(b, off, len);
      if (n > 0) {
        run.bytesInFile += n;
      }
      return n;
    }
  }
}
