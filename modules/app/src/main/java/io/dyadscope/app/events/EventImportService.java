package io.dyadscope.app.events;

import io.dyadscope.evidence.text.Figures;
import io.dyadscope.events.DyadSelection;
import io.dyadscope.events.EventFormat;
import io.dyadscope.events.EventPlaces;
import io.dyadscope.events.read.EventReader;
import io.dyadscope.events.read.ReadSummary;
import io.dyadscope.evidence.Dyad;
import io.dyadscope.evidence.imports.ImportException;
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

  public Report run(Request r, EventReader.Progress progress) throws ImportException, IOException {
    EventReader.Options options = new EventReader.Options(r.format(), r.lenient(), new DyadSelection(r.dyad(),
        r.allRows()));
    Path rejects = !r.lenient() ? null : r.rejects() != null ? r.rejects()
        : workspace.directory().resolve("event-rejects.txt");
    EventStore store = new EventStore(workspace);
    try (EventStore.Loader loader = store.loader();
        BufferedWriter w = rejects == null ? null : Files.newBufferedWriter(rejects, StandardCharsets.UTF_8)) {
      ReadSummary read = new EventReader().read(r.files(), options, loader, w == null ? null : (problem, record) -> {
        w.write("# " + problem);
        w.newLine();
        w.write(record);
        w.newLine();
      }, progress);
      EventImport merged = loader.commit(read.files(), r.dyad().id(), r.allRows(), read.rows(), read.rejected());
      return new Report(read, merged, rejects);
    }
  }
}
