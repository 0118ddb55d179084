package io.dyadscope.dossier.official;

import io.dyadscope.analysis.Forecast;
import io.dyadscope.analysis.Forecaster;
import io.dyadscope.analysis.Outlook;
import io.dyadscope.analysis.Point;
import io.dyadscope.analysis.Series;
import io.dyadscope.analysis.mirror.MirrorPolicy;
import io.dyadscope.analysis.mirror.MirrorRow;
import io.dyadscope.analysis.mirror.MirrorTrade;
import io.dyadscope.analysis.scoring.MethodErrors;
import io.dyadscope.analysis.scoring.Projection;
import io.dyadscope.analysis.scoring.Scorecard;
import io.dyadscope.analysis.scoring.SourcePreference;
import io.dyadscope.analysis.scoring.SourceView;
import io.dyadscope.evidence.Dyad;
import io.dyadscope.evidence.Indicator;
import io.dyadscope.evidence.IndicatorCatalogue;
import io.dyadscope.evidence.Observation;
import io.dyadscope.evidence.Source;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * The official-statistics tables of a dossier, each only when its data exist: mirror trade (when
 * both sides' reports are in the workspace), the refugee comparison (when the official series is),
 * the outturn scorecard (when a projected period has been observed) and the many-sources views
 * (for each series with figures from more than one source in a period). With nothing imported
 * beyond the study's own figures, no table but the scorecard can appear, and the scorecard only
 * when the study's projections have outturns: so a dossier that adds these tables is unchanged
 * until official statistics are imported.
 */
public final class OfficialStatistics {

  private OfficialStatistics() {}

  /**
   * @param officialSources ids of sources imported from official statistics (reporters, UNHCR, World
   *                        Bank); only with one of them does anything appear
   * @param reporterOf      the reporting country of a trade source id, if it is one
   * @param refugeeSourceId the source of the official refugee series
   * @param extraProjections Dyadscope's own earlier forecasts, to score beside the published ones
   *                        (with some, the scorecard may appear without official statistics)
   */
  public static List<OfficialTable> build(Dyad dyad, IndicatorCatalogue catalogue, Map<String, Source> sources,
      List<Observation> observations, Set<String> officialSources, Function<String, Optional<String>> reporterOf,
      String refugeeSourceId, List<Projection> extraProjections) {
    List<OfficialTable> out = new ArrayList<>();
    if (extraProjections.isEmpty() && observations.stream().noneMatch(o -> officialSources.contains(o.source()))) {
      return out;
    }
    MirrorPolicy policy = MirrorPolicy.standard();
    List<MirrorRow> mirror = new MirrorTrade(policy).compare(MirrorTrade.flows(dyad, observations, reporterOf));
    if (mirror.stream().anyMatch(MirrorRow::complete)) {
      Set<String> reporters = new LinkedHashSet<>();
      // every official trade source (a reporter's, or an agency's estimate of one) is not the study's figure
      sources.keySet().stream().filter(id -> reporterOf.apply(id).isPresent() || officialSources.contains(id))
          .forEach(reporters::add);
      out.add(MirrorTradeTable.build(dyad, mirror, observations, reporters, sources, policy));
    }
    OfficialTable refugees = RefugeeComparisonTable.build(dyad, observations, refugeeSourceId, sources);
    if (!refugees.isEmpty()) {
      out.add(refugees);
    }
    SourcePreference preference = SourcePreference.standard();
    Scorecard card = Scorecard.fromObservations(observations, extraProjections, sources, preference);
    if (!card.rows().isEmpty()) {
      out.add(OutturnTable.build(card, sources));
    }
    Set<String> series = new LinkedHashSet<>();
    observations.stream().filter(o -> officialSources.contains(o.source()))
        .forEach(o -> series.add(o.indicator() + "|" + o.subject()));
    for (String s : series) {
      String[] is = s.split("\\|", 2);
      SourceView view = SourceView.of(is[0], is[1], observations, sources, preference);
      Optional<Indicator> ind = catalogue.find(is[0]);
      if (view.hasManySources() && ind.isPresent()) {
        out.add(ManySourcesTable.build(ind.get(), view, sources, preference, methodErrors(ind.get(), view)));
      }
    }
    return out;
  }

  /** The backtest errors of a forecast one period past the preferred series, when it is long enough. */
  static List<MethodErrors> methodErrors(Indicator indicator, SourceView view) {
    List<Observation> preferred = view.preferred().stream().filter(o -> o.period().isAnnual()).toList();
    if (preferred.size() < 2) {
      return List.of();
    }
    List<Point> points = preferred.stream()
        .map(o -> new Point(o.period(), o.value(), List.of(o.id()), List.of(o.source()))).toList();
    Series s = new Series(indicator.id(), view.subject(), points);
    Outlook o = Forecaster.standard().forecast(s, s.last().period().next(), indicator.min(), indicator.max());
    return o instanceof Forecast f ? MethodErrors.of(f) : List.of();
  }
}
