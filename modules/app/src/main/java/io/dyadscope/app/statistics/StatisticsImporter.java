package io.dyadscope.app.statistics;

import io.dyadscope.evidence.Dyad;
import io.dyadscope.evidence.Gazetteer;
import io.dyadscope.evidence.IndicatorCatalogue;
import io.dyadscope.importers.StatisticsFormat;
import io.dyadscope.importers.StatisticsFormats;
import io.dyadscope.evidence.imports.ImportException;
import io.dyadscope.evidence.imports.ImportProblem;
import io.dyadscope.importers.Progress;
import io.dyadscope.importers.StatisticsSummary;
import io.dyadscope.store.Workspace;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * Imports an official statistics download (UNHCR, World Bank WDI, UN Comtrade, IMF DOTS), or any supported
 * file by detection, into a workspace for the dyads given: all or nothing, idempotent, changes
 * listed. Indicators the file introduces are added to the workspace's catalogue once the
 * observations are in.
 */
public final class StatisticsImporter {

  private final Gazetteer gazetteer;

  public StatisticsImporter(Gazetteer gazetteer) {
    this.gazetteer = Objects.requireNonNull(gazetteer, "gazetteer");
  }

  public static StatisticsImporter standard() {
    return new StatisticsImporter(Gazetteer.standard());
  }

  /**
   * The format of {@code file}, told from its first lines.
   *
   * @throws ImportException naming the file when no format matches
   */
  public static StatisticsFormat detect(Path file) throws IOException, ImportException {
    return StatisticsFormats.detect(Files.readAllBytes(file)).orElseThrow(() -> new ImportException(List.of(
        new ImportProblem(file.toString(), 1, "", "not a format Dyadscope reads: expected " + StatisticsFormats.described()
            + " (name the format: import " + StatisticsFormats.words() + " FILE)")), false));
  }

  /**
   * Imports {@code file} as {@code format} for {@code dyads}.
   *
   * @throws ImportException with every problem; nothing is written then
   */
  public StatisticsSummary importFile(Workspace ws, StatisticsFormat format, Path file, List<Dyad> dyads, Progress progress)
      throws IOException, ImportException {
    if (dyads.isEmpty()) {
      throw new IllegalArgumentException("name at least one dyad to import for");
    }
    IndicatorCatalogue catalogue = WorkspaceCatalogue.load(ws.directory());
    StatisticsSummary s = format.importFile(gazetteer, catalogue, ws, file, dyads, progress);
    WorkspaceCatalogue.remember(ws.directory(), s.indicators());
    return s;
  }
}
