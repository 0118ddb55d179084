package io.dyadscope.app.statistics;

import io.dyadscope.analysis.mirror.MirrorPolicy;
import io.dyadscope.analysis.mirror.MirrorRow;
import io.dyadscope.analysis.mirror.MirrorTrade;
import io.dyadscope.evidence.Dyad;
import io.dyadscope.evidence.Observation;
import io.dyadscope.importers.comtrade.ComtradeImporter;
import io.dyadscope.importers.imf.ImfDotsImporter;
import io.dyadscope.evidence.ObservationQuery;
import io.dyadscope.store.Workspace;
import java.util.List;
import java.util.Optional;

/** Mirror trade for a dyad from the Comtrade and IMF DOTS figures in a workspace, each dataset apart. */
public final class MirrorTradeService {

  private MirrorTradeService() {}

  /** The prefixes of the source ids that name a reporting country: {@code comtrade-PAK}, {@code imf-dots-PAK}. */
  public static final List<String> REPORTER_PREFIXES = List.of(ComtradeImporter.SOURCE_PREFIX,
      ImfDotsImporter.SOURCE_PREFIX);

  /**
   * The reporting country of a reporter's source id ({@code comtrade-PAK} and {@code imf-dots-PAK}
   * are Pakistan's reports); empty for other sources, including the IMF's estimates
   * ({@code imf-dots-AFG-e}), which are not the reporter's own figures.
   */
  public static Optional<String> reporterOf(String sourceId) {
    for (String prefix : REPORTER_PREFIXES) {
      if (sourceId.startsWith(prefix) && sourceId.length() == prefix.length() + 3) {
        return Optional.of(sourceId.substring(prefix.length()));
      }
    }
    return Optional.empty();
  }

  /** True for every source a trade importer writes, reporters and the IMF's estimates alike. */
  public static boolean isTradeDataset(String sourceId) {
    return REPORTER_PREFIXES.stream().anyMatch(sourceId::startsWith);
  }

  /** Each direction's exporter and importer reports, year by year. */
  public static List<MirrorRow> mirror(Workspace ws, Dyad dyad, MirrorPolicy policy) {
    List<Observation> obs = ws.observations(ObservationQuery.all().dyad(dyad.id()));
    return new MirrorTrade(policy).compare(MirrorTrade.flows(dyad, obs, MirrorTradeService::reporterOf));
  }
}
