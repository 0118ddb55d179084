package io.dyadscope.app.statistics;

import io.dyadscope.analysis.mirror.MirrorPolicy;
import io.dyadscope.analysis.mirror.MirrorRow;
import io.dyadscope.app.UserFiles;
import io.dyadscope.app.WorkspaceAccess;
import io.dyadscope.dossier.official.OfficialTable;
import io.dyadscope.evidence.Dyad;
import io.dyadscope.importers.StatisticsFormat;
import io.dyadscope.evidence.imports.ImportException;
import io.dyadscope.importers.Progress;
import io.dyadscope.importers.StatisticsSummary;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;

/** The official-statistics use cases: UNHCR, WDI and Comtrade imports, mirror trade, the official tables. */
public final class StatisticsService {

  private final WorkspaceAccess access;

  public StatisticsService(WorkspaceAccess access) {
    this.access = access;
  }

  /**
   * What an import did.
   *
   * @param format            the format read
   * @param detected          true when the format was detected from the file, not given
   * @param summary           what was added, replaced and skipped
   * @param observationsAfter how many observations the workspace holds afterwards
   */
  public record Outcome(StatisticsFormat format, boolean detected, StatisticsSummary summary, long observationsAfter) {}

  /** Imports an official-statistics file; {@code formatOrNull} null detects the format from the file. */
  public Outcome importFile(StatisticsFormat formatOrNull, Path file, List<Dyad> dyads, Progress progress)
      throws IOException, ImportException {
    UserFiles.requireFile(file);
    StatisticsFormat format = formatOrNull != null ? formatOrNull : StatisticsImporter.detect(file);
    return access.write(ws -> {
      try {
        StatisticsSummary s = StatisticsImporter.standard().importFile(ws, format, file, dyads, progress);
        return new Outcome(format, formatOrNull == null, s, ws.observationCount());
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    });
  }

  /** Each country's reported exports beside its partner's reported imports. */
  public List<MirrorRow> mirror(Dyad dyad, MirrorPolicy policy) {
    return access.read(ws -> MirrorTradeService.mirror(ws, dyad, policy));
  }

  /** The official-statistics tables the dossier carries; empty when none were imported. */
  public List<OfficialTable> tables(Dyad dyad) {
    return access.read(ws -> OfficialStatisticsService.tables(ws, dyad));
  }
}
