package io.dyadscope.app.statistics;

import io.dyadscope.dossier.official.OfficialStatistics;
import io.dyadscope.dossier.official.OfficialTable;
import io.dyadscope.evidence.Dyad;
import io.dyadscope.importers.unhcr.UnhcrImporter;
import io.dyadscope.importers.wdi.WdiImporter;
import io.dyadscope.evidence.ObservationQuery;
import io.dyadscope.store.Workspace;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The dossier's official-statistics tables for a dyad, from a workspace: one call for the report
 * to make. Empty when no official statistics have been imported, so the default dossier is
 * unchanged.
 */
public final class OfficialStatisticsService {

  private OfficialStatisticsService() {}

  /** Ids of the sources the statistics importers write. */
  public static Set<String> officialSourceIds(Set<String> sourceIds) {
    return sourceIds.stream().filter(id -> id.equals(UnhcrImporter.SOURCE_ID) || id.equals(WdiImporter.SOURCE_ID)
        || MirrorTradeService.isTradeDataset(id)).collect(Collectors.toUnmodifiableSet());
  }

  public static List<OfficialTable> tables(Workspace ws, Dyad dyad) {
    var sources = ws.sources();
    return OfficialStatistics.build(dyad, WorkspaceCatalogue.load(ws.directory()), sources,
        ws.observations(ObservationQuery.all().dyad(dyad.id())), officialSourceIds(sources.keySet()),
        MirrorTradeService::reporterOf, UnhcrImporter.SOURCE_ID, ForecastLog.read(ws.directory(), dyad));
  }
}
