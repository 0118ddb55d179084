package io.dyadscope.app.fetch;

import io.dyadscope.app.events.EventImportService;
import io.dyadscope.app.statistics.StatisticsImporter;
import io.dyadscope.app.statistics.WorkspaceCatalogue;
import io.dyadscope.evidence.Gazetteer;
import io.dyadscope.fetch.api.FetchRequest;
import io.dyadscope.fetch.api.ImportInput;
import io.dyadscope.fetch.api.Response;
import io.dyadscope.fetch.http.Fetcher.Fetched;
import io.dyadscope.importers.StatisticsFormat;
import io.dyadscope.importers.StatisticsFormats;
import io.dyadscope.evidence.imports.ImportException;
import io.dyadscope.evidence.imports.ImportSummary;
import io.dyadscope.importers.IndicatorImporter;
import io.dyadscope.importers.Progress;
import io.dyadscope.importers.StatisticsSummary;
import io.dyadscope.store.Workspace;
import io.dyadscope.store.fetch.FetchLog;
import io.dyadscope.store.fetch.FetchLog.ImportKind;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Imports one source's answers through the importer of their format (the same code path as {@code import unhcr},
 * {@code import wdi}, {@code import comtrade}, {@code import indicators} and {@code import events}), then records
 * the answers behind the import in the fetch log and removes the events the provider withdrew.
 *
 * @param ws        the workspace imported into
 * @param gazetteer the country names the importers recognise
 * @param converted the folder the answers are written to as importer files, one folder a source
 */
record SourceImport(Workspace ws, Gazetteer gazetteer, Path converted) {

  FetchOutcome run(FetchRequest request, Fetched f) throws IOException, ImportException {
    ImportInput in = f.input();
    Path dir = converted.resolve(f.api().id());
    Files.createDirectories(dir);
    List<Path> files = new ArrayList<>();
    for (ImportInput.InputFile file : in.files()) {
      Path p = dir.resolve(file.name());
      Files.write(p, file.bytes());
      files.add(p);
    }
    List<String> lines = new ArrayList<>();
    lines.add(f.api().id() + ": " + FetchService.answers(f));
    if (files.isEmpty()) {
      lines.add("  nothing to import: the answers list no file for the period");
      return new FetchOutcome(f.api().id(), true, lines);
    }
    ImportKind kind;
    switch (in.kind()) {
      case UNHCR, WDI, COMTRADE -> {
        StatisticsFormat format = StatisticsFormats.byWord(in.kind().name().toLowerCase(Locale.ROOT)).orElseThrow();
        StatisticsSummary s = new StatisticsImporter(gazetteer).importFile(ws, format, files.get(0),
            List.of(request.dyad()), Progress.NONE);
        s.describe().forEach(l -> lines.add("  " + l));
        kind = ImportKind.OBSERVATIONS;
      }
      case INDICATORS -> {
        ImportSummary s = new IndicatorImporter(ws, WorkspaceCatalogue.load(ws.directory()), gazetteer)
            .importFiles(files.get(0), files.size() > 1 ? files.get(1) : null);
        lines.add("  " + s.describe());
        s.replacements().forEach(r -> lines.add("    replaced " + r.describe()));
        kind = ImportKind.OBSERVATIONS;
      }
      default -> {
        EventImportService.Report r = new EventImportService(ws).run(new EventImportService.Request(files, null,
            false, null, request.dyad(), false), (bytes, total, rows) -> { });
        lines.add("  events: " + r.merged().added() + " added, " + r.merged().replaced() + " replaced, "
            + r.merged().unchanged() + " unchanged (" + r.read().rows() + " records read)");
        r.merged().changes().forEach(c -> {
          String when = in.updated().get(c.eventId());
          lines.add("    replaced " + c + (when == null ? "" : " (updated by the provider " + when + ")"));
        });
        kind = ImportKind.EVENTS;
      }
    }
    FetchLog log = new FetchLog(ws);
    long importId = log.latestImport(kind);
    List<FetchLog.Entry> entries = new ArrayList<>();
    for (Response r : f.responses()) {
      entries.add(new FetchLog.Entry(0, f.api().id(), request.dyad().id(), r.query().url(), r.retrievedAt(),
          r.sha256(), r.body().length, kind, importId));
    }
    List<String> removed;
    try {
      removed = log.record(entries, f.api().id(), in.deletions());
    } catch (io.dyadscope.store.WorkspaceException e) {
      // The import is in; not saying "nothing changed" here: this is a fault, shown as one.
      throw new IllegalStateException(f.api().id() + " imported, but its answers could not be recorded: "
          + e.getMessage(), e);
    }
    if (!in.deletions().isEmpty()) {
      lines.add("  withdrawn by the provider: " + in.deletions().size() + " listed, " + removed.size()
          + " removed from the workspace" + (removed.isEmpty() ? "" : ": " + String.join(", ", removed)));
    }
    return new FetchOutcome(f.api().id(), true, lines);
  }
}
