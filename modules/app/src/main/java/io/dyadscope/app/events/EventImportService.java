package io.dyadscope.app.events;

import io.dyadscope.evidence.text.Figures;
import io.dyadscope.events.DyadSelection;
import io.dyadscope.events.EventFormat;
import io.dyadscope.events.EventPlaces;
import io.dyadscope.events.read.EventInputs;
import io.dyadscope.events.read.EventReader;
import io.dyadscope.events.read.ReadSummary;
import io.dyadscope.evidence.Dyad;
import io.dyadscope.evidence.imports.ImportException;
import io.dyadscope.evidence.imports.ImportProblem;
import io.dyadscope.store.events.GdeltScan;
import io.dyadscope.store.Workspace;
import io.dyadscope.store.events.EventImport;
import io.dyadscope.store.events.EventStore;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * {@code import events}: reads event files (streaming, strict or lenient) into the workspace's event
 * store in one transaction. A strict read that meets a bad row, or any file-level problem, leaves the
 * workspace as it was.
 */
public final class EventImportService {

  /**
   * @param format   the format all files have, or null to detect each
   * @param lenient  skip bad rows (counted, written to {@code rejects})
   * @param rejects  where lenient reading writes bad rows ({@code # file:line: message} then the record);
   *                 null: {@code event-rejects.txt} in the workspace folder
   * @param dyad     the dyad whose events are kept
   * @param allRows  keep every row, not only the dyad's
   */
  public record Request(List<Path> files, EventFormat format, boolean lenient, Path rejects, Dyad dyad,
      boolean allRows) {
    public Request {
      files = List.copyOf(files);
      if (files.isEmpty()) {
        throw new IllegalArgumentException("no event files named");
      }
    }
  }

  /** What an import did: what was read, what the merge changed, where bad rows went (or null). */
  public record Report(ReadSummary read, EventImport merged, Path rejectsFile) {

    /** A few lines for the terminal. */
    public List<String> describe() {
      List<String> out = new java.util.ArrayList<>();
      out.add("read " + Figures.count(read.rows()) + " rows from " + read.files().size() + " file(s): "
          + Figures.count(read.kept()) + " kept for the dyad, " + Figures.count(read.outsideDyad()) + " outside it, "
          + Figures.count(read.rejected()) + " rejected");
      if (!read.placed().isEmpty()) {
        out.add("rows without a country column, placed " + java.util.Arrays.stream(EventPlaces.How.values())
            .filter(h -> read.placed().containsKey(h))
            .map(h -> h.words() + ": " + Figures.count(read.placed().get(h)))
            .collect(java.util.stream.Collectors.joining(", ")));
      }
      out.add("events: " + Figures.count(merged.added()) + " added, " + Figures.count(merged.replaced())
          + " replaced, " + Figures.count(merged.unchanged()) + " unchanged");
      merged.changes().forEach(c -> out.add("  replaced " + c));
      if (rejectsFile != null) {
        out.add("bad rows written to " + rejectsFile);
        read.problems().forEach(p -> out.add("  " + p));
      }
      return out;
    }
  }

  private final Workspace workspace;

  public EventImportService(Workspace workspace) {
    this.workspace = workspace;
  }

  /**
   * Reads every file into one staging table and merges it in one transaction. Plain GDELT files are
   * read by DuckDB itself (read_csv, the rules and the dyad filter in SQL); ACLED and UCDP exports,
   * zip members, and GDELT files DuckDB cannot number by line are read row by row.
   */
  public Report run(Request r, EventReader.Progress progress) throws ImportException, IOException {
    DyadSelection selection = new DyadSelection(r.dyad(), r.allRows());
    EventReader.Options options = new EventReader.Options(r.format(), r.lenient(), selection);
    Path rejects = !r.lenient() ? null : r.rejects() != null ? r.rejects()
        : workspace.directory().resolve("event-rejects.txt");
    EventReader.Progress told = progress == null ? (a, b, c) -> { } : progress;
    List<EventInputs.Input> inputs = EventInputs.expand(r.files());
    long total = inputs.stream().mapToLong(EventInputs.Input::size).sum();
    EventStore store = new EventStore(workspace);
    try (EventStore.Loader loader = store.loader();
        BufferedWriter w = rejects == null ? null : Files.newBufferedWriter(rejects, StandardCharsets.UTF_8)) {
      EventReader.RejectSink sink = w == null ? null : (problem, record) -> {
        w.write("# " + problem);
        w.newLine();
        w.write(record);
        w.newLine();
      };
      EventReader reader = new EventReader();
      Totals t = new Totals();
      long before = 0;
      for (EventInputs.Input in : inputs) {
        EventFormat format = in.member() == null ? EventReader.formatOf(in, r.format()) : null;
        GdeltScan.Result g = null;
        long offset = before;
        long rowsBefore = t.rows;
        if (format == EventFormat.GDELT1 || format == EventFormat.GDELT2) {
          // DuckDB is asked how far it is only when someone is told: the asking is not free.
          g = loader.stageGdelt(in.path(), in.name(), format, r.lenient(), selection, sink, progress == null ? null
              : share -> told.update(offset + (long) (share * in.size()), total, rowsBefore));
        }
        if (g != null && !g.rowByRow()) {
          t.add(g.rows(), g.kept(), g.rows() - g.kept() - g.rejected(), g.rejected(), g.problems(), java.util.Map.of());
        } else {
          ReadSummary s = reader.readInputs(List.of(in), options, loader, sink,
              (bytes, all, rows) -> told.update(offset + bytes, total, rowsBefore + rows));
          t.add(s.rows(), s.kept(), s.outsideDyad(), s.rejected(), s.problems(), s.placed());
        }
        before += in.size();
      }
      told.update(total, total, t.rows);
      ReadSummary read = new ReadSummary(inputs.stream().map(EventInputs.Input::name).toList(), t.rows, t.kept,
          t.outside, t.rejected, t.problems, t.placed);
      EventImport merged = loader.commit(read.files(), r.dyad().id(), r.allRows(), read.rows(), read.rejected());
      return new Report(read, merged, rejects);
    }
  }

  /** What the files read so far added up to. */
  private static final class Totals {
    long rows;
    long kept;
    long outside;
    long rejected;
    final List<ImportProblem> problems = new java.util.ArrayList<>();
    final java.util.Map<EventPlaces.How, Long> placed = new java.util.EnumMap<>(EventPlaces.How.class);

    void add(long rows, long kept, long outside, long rejected, List<ImportProblem> problems,
        java.util.Map<EventPlaces.How, Long> placed) {
      this.rows += rows;
      this.kept += kept;
      this.outside += outside;
      this.rejected += rejected;
      problems.stream().limit(Math.max(0, EventReader.PROBLEMS_LISTED - this.problems.size()))
          .forEach(this.problems::add);
      placed.forEach((how, n) -> this.placed.merge(how, n, Long::sum));
    }
  }
}
