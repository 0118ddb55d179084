package io.dyadscope.app;

import io.dyadscope.app.statistics.WorkspaceCatalogue;
import io.dyadscope.evidence.Gazetteer;
import io.dyadscope.evidence.imports.ImportException;
import io.dyadscope.evidence.imports.ImportSummary;
import io.dyadscope.importers.IndicatorImporter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;

/** The import use cases: files into the workspace, all or nothing. */
public final class ImportService {

  private final WorkspaceAccess access;

  public ImportService(WorkspaceAccess access) {
    this.access = access;
  }

  /** What an import did, and how many observations the workspace holds after it. */
  public record Outcome(ImportSummary summary, long observationsAfter) {}

  /**
   * Imports a tidy indicator file and, when given, the sources file it cites.
   *
   * @throws ImportException naming every bad field as {@code file:line:column}; nothing is written
   */
  public Outcome indicators(Path observations, Path sourcesOrNull) throws ImportException {
    UserFiles.requireFile(observations);
    if (sourcesOrNull != null) {
      UserFiles.requireFile(sourcesOrNull);
    }
    return access.write(ws -> {
      try {
        ImportSummary s = new IndicatorImporter(ws, WorkspaceCatalogue.load(ws.directory()), Gazetteer.standard())
            .importFiles(observations, sourcesOrNull);
        return new Outcome(s, ws.observationCount());
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    });
  }
}
