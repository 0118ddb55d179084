package io.dyadscope.app;

import io.dyadscope.analysis.SeriesBuilder;
import io.dyadscope.analysis.SeriesResult;
import io.dyadscope.app.statistics.SeriesInputs;
import io.dyadscope.app.statistics.WorkspaceCatalogue;
import io.dyadscope.evidence.Dyad;
import io.dyadscope.evidence.Indicator;
import io.dyadscope.evidence.IndicatorCatalogue;
import io.dyadscope.evidence.Observation;
import io.dyadscope.evidence.ObservationQuery;
import io.dyadscope.evidence.Source;
import io.dyadscope.evidence.UserError;
import io.dyadscope.store.Workspace;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * The indicator and subject a series use case works on, with the series built from them, the
 * observations it was built from (years made of quarters or days where the indicator is yearly)
 * and the sources they cite. {@link #select} names the choices when the request is ambiguous.
 */
public record SeriesSelection(Indicator indicator, String subject, SeriesResult result, List<Observation> observations,
    Map<String, Source> sources) {

  static SeriesSelection select(Workspace ws, Dyad dyad, String indicatorId, String subjectOrNull) {
    IndicatorCatalogue catalogue = WorkspaceCatalogue.load(ws.directory());
    Indicator indicator = catalogue.find(indicatorId).orElseThrow(() -> new UserError(
        "unknown indicator '" + indicatorId + "'; known: " + catalogue.all().stream()
            .map(Indicator::id).toList()));
    List<Observation> obs = SeriesInputs.forSeries(indicator,
        ws.observations(ObservationQuery.all().dyad(dyad.id()).indicator(indicatorId)));
    TreeSet<String> subjects = new TreeSet<>();
    obs.forEach(o -> subjects.add(o.subject()));
    String subject = subjectOrNull;
    if (subject == null) {
      if (subjects.isEmpty()) {
        throw new UserError("no observations of " + indicatorId + " for dyad " + dyad.id());
      }
      if (subjects.size() == 1) {
        subject = subjects.first();
      } else if (subjects.contains(dyad.id())) {
        subject = dyad.id();
      } else {
        throw new UserError(indicatorId + " has several subjects for " + dyad.id() + ": choose one with --subject "
            + String.join(", ", subjects));
      }
    } else if (!subjects.contains(subject)) {
      throw new UserError("no observations of " + indicatorId + " for subject " + subject + " in dyad " + dyad.id()
          + (subjects.isEmpty() ? "" : "; subjects with data: " + String.join(", ", subjects)));
    }
    Map<String, Source> sources = ws.sources();
    SeriesResult result = new SeriesBuilder(sources).build(indicatorId, subject, obs);
    return new SeriesSelection(indicator, subject, result, obs, sources);
  }
}
