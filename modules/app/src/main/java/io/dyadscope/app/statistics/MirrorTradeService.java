package io.dyadscope.app.statistics;

import io.dyadscope.analysis.mirror.MirrorPolicy;
import io.dyadscope.analysis.mirror.MirrorRow;
import io.dyadscope.analysis.mirror.MirrorTrade;
import io.dyadscope.evidence.Dyad;
import io.dyadscope.evidence.Observation;
import io.dyadscope.importers.comtrade.ComtradeImporter;
import io.dyadscope.evidence.ObservationQuery;
import io.dyadscope.store.Workspace;
import java.util.List;
import java.util.Optional;

/** Mirror trade for a dyad from the Comtrade figures in a workspace. */
public final class MirrorTradeService {

  private MirrorTradeService() {}

  /** The reporting country of a Comtrade source id ({@code comtrade-PAK} is Pakistan's report). */
  public static Optional<String> reporterOf(String sourceId) {
    return sourceId.startsWith(ComtradeImporter.SOURCE_PREFIX) && sourceId.length() == ComtradeImporter.SOURCE_PREFIX.length() + 3
        ? Optional.of(sourceId.substring(ComtradeImporter.SOURCE_PREFIX.length())) : Optional.empty();
  }

  /** Each direction's exporter and importer reports, year by year. */
  public static List<MirrorRow> mirror(Workspace ws, Dyad dyad, MirrorPolicy policy) {
    List<Observation> obs = ws.observations(ObservationQuery.all().dyad(dyad.id()));
    return new MirrorTrade(policy).compare(MirrorTrade.flows(dyad, obs, MirrorTradeService::reporterOf));
  }
}
