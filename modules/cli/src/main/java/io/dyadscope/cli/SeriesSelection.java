package io.dyadscope.cli;

import io.dyadscope.analysis.SeriesBuilder;
import io.dyadscope.analysis.SeriesResult;
import io.dyadscope.app.statistics.SeriesInputs;
import io.dyadscope.app.statistics.WorkspaceCatalogue;
import io.dyadscope.evidence.Dyad;
import io.dyadscope.evidence.Indicator;
import io.dyadscope.evidence.IndicatorCatalogue;
import io.dyadscope.evidence.Observation;
import io.dyadscope.store.ObservationQuery;
import io.dyadscope.store.Workspace;
import java.util.List;
import java.util.TreeSet;

/** Picks the indicator and subject a series command works on, with the choices named on error. */
record SeriesSelection(Indicator indicator, String subject, SeriesResult result, List<Observation> observations) {

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
    SeriesResult result = new SeriesBuilder(ws.sources()).build(indicatorId, subject, obs);
    return new SeriesSelection(indicator, subject, result, obs);
  }
}
