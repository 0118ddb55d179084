package io.dyadscope.app.statistics;

import io.dyadscope.evidence.Dyad;
import io.dyadscope.evidence.Gazetteer;
import io.dyadscope.evidence.IndicatorCatalogue;
import io.dyadscope.importers.FormatDetector;
import io.dyadscope.importers.FormatDetector.Format;
import io.dyadscope.importers.ImportException;
import io.dyadscope.importers.ImportProblem;
import io.dyadscope.importers.ImportSummary;
import io.dyadscope.importers.IndicatorImporter;
import io.dyadscope.importers.Progress;
import io.dyadscope.importers.StatisticsSummary;
import io.dyadscope.importers.comtrade.ComtradeImporter;
import io.dyadscope.importers.imf.ImfDotsImporter;
import io.dyadscope.importers.unhcr.UnhcrImporter;
import io.dyadscope.importers.wdi.WdiImporter;
import io.dyadscope.store.Workspace;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
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
  public static Format detect(Path file) throws IOException, ImportException {
    return FormatDetector.detect(Files.readAllBytes(file)).orElseThrow(() -> new ImportException(List.of(new ImportProblem(file.toString(),
        1, "", "not a format Dyadscope reads: expected a UNHCR population export, a World Bank WDI CSV, a UN Comtrade"
            + " CSV, an IMF DOTS workbook or CSV, or a tidy indicator CSV (name the format: import"
            + " unhcr|wdi|comtrade|imf-dots|indicators FILE)")), false));
  }

  /**
   * Imports {@code file} as {@code format} for {@code dyads}.
   *
   * @throws ImportException with every problem; nothing is written then
   */
  public StatisticsSummary importFile(Workspace ws, Format format, Path file, List<Dyad> dyads, Progress progress)
      throws IOException, ImportException {
    if (dyads.isEmpty()) {
      throw new IllegalArgumentException("name at least one dyad to import for");
    }
    IndicatorCatalogue catalogue = WorkspaceCatalogue.load(ws.directory());
    StatisticsSummary s = switch (format) {
      case UNHCR -> new UnhcrImporter(gazetteer, catalogue).importFile(ws, file, dyads, progress);
      case WDI -> new WdiImporter(gazetteer).importFile(ws, file, dyads, progress);
      case COMTRADE -> new ComtradeImporter(gazetteer, catalogue).importFile(ws, file, dyads, progress);
      case IMF_DOTS -> new ImfDotsImporter(gazetteer, catalogue).importFile(ws, file, dyads, progress);
      case INDICATORS -> {
        ImportSummary i = new IndicatorImporter(ws, catalogue, gazetteer).importFiles(file, null);
        yield new StatisticsSummary(i, "indicators", List.of(), Map.of(), i.added() + i.replaced() + i.unchanged());
      }
    };
    WorkspaceCatalogue.remember(ws.directory(), s.indicators());
    return s;
  }
}
