package io.dyadscope.app;

import io.dyadscope.app.corpus.CorpusService;
import io.dyadscope.app.corpus.GroundedDossier;
import io.dyadscope.app.events.EventPictureService;
import io.dyadscope.app.events.MonthlyForecastService;
import io.dyadscope.app.statistics.OfficialStatisticsService;
import io.dyadscope.corpus.CorpusException;
import io.dyadscope.dossier.corpus.GroundedSection;
import io.dyadscope.dossier.corpus.GroundedSectionBuilder;
import io.dyadscope.dossier.events.EventSection;
import io.dyadscope.dossier.forecasts.MonthlyForecastSection;
import io.dyadscope.dossier.supplements.ForecastParts;
import io.dyadscope.dossier.supplements.GroundedParts;
import io.dyadscope.dossier.supplements.Supplements;
import io.dyadscope.dossier.supplements.SupplementsBuilder;
import io.dyadscope.events.picture.MonthlyCounts;
import io.dyadscope.events.picture.PictureQuery;
import io.dyadscope.evidence.Dyad;
import io.dyadscope.evidence.Observation;
import io.dyadscope.evidence.UserError;
import io.dyadscope.store.Workspace;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * What the report gathers beside the study's observations: the dyad's event picture (monthly), the
 * official-statistics tables, the qualitative section grounded in the workspace's corpus and the
 * monthly forecasts of the dyad's events.
 *
 * <p>The default corpus ships with the default dataset and is about the same dyads, so a report on
 * one of those dyads makes sure it is there: on the workspace's first corpus use that opens the
 * workspace for writing once ({@link #prepare}); afterwards the report only reads. A report on any
 * other dyad never loads it, and shows the corpus only when the workspace already uses one.
 */
final class ReportSupplements {

  private ReportSupplements() {}

  /** Loads the default corpus when {@code dyad} is one it is about and the workspace has not used its corpus yet. */
  static void prepare(WorkspaceAccess access, Dyad dyad) {
    if (CorpusService.inUse(access.directory()) || !defaultCorpusDyads().contains(dyad.id())) {
      return;
    }
    try {
      access.write(ws -> {
        CorpusService.open(ws);
        return null;
      });
    } catch (CorpusException e) {
      throw new UserError(e.getMessage(), e);
    }
  }

  /** The supplementary sections for {@code dyad} from a workspace open for reading. */
  static Supplements gather(Workspace ws, Dyad dyad, List<Observation> observations) {
    EventSection events = EventSection.build(new EventPictureService(ws).picture(PictureQuery.monthly(dyad)),
        observations);
    Timing.mark("built the event picture");
    GroundedSection grounded;
    try {
      grounded = CorpusService.inUse(ws.directory()) ? GroundedDossier.section(CorpusService.open(ws), dyad)
          : new GroundedSectionBuilder(GroundedDossier.EXCERPTS_PER_THEME).build(0, List.of(), List.of(), List.of());
    } catch (CorpusException e) {
      throw new UserError(e.getMessage(), e);
    }
    Timing.mark("built the grounded section (corpus, Lucene)");
    Supplements s = new Supplements(Optional.of(SupplementsBuilder.events(events, ws.sources())),
        SupplementsBuilder.official(OfficialStatisticsService.tables(ws, dyad), ws.sources()),
        Optional.of(GroundedParts.of(grounded)));
    Timing.mark("built the official-statistics tables");
    s = s.withForecasts(ForecastParts.of(monthly(ws, dyad), ws.sources()));
    Timing.mark("built the monthly forecasts (backtests)");
    return s;
  }

  /** The monthly forecasts of the dyad's events (UCDP GED when imported, else the dataset with most events). */
  static MonthlyForecastSection monthly(Workspace ws, Dyad dyad) {
    MonthlyForecastService.View v = MonthlyForecastService.compute(ws, dyad, null, MonthlyCounts.Measure.EVENTS);
    return v.isEmpty() ? MonthlyForecastSection.none(dyad.id())
        : MonthlyForecastSection.of(dyad.id(), v.dataset().title(), v.sourceId(), v.measure().id(), v.series(),
            v.forecast(v.chosen()), v.evaluation(), v.dataVersion(), v.record());
  }

  /** How the workspace's texts are coded and how well (the auto-coder against the gold set), when it has a corpus. */
  static Optional<io.dyadscope.dossier.MethodNote> codingNote(Workspace ws) {
    if (!CorpusService.inUse(ws.directory())) {
      return Optional.empty();
    }
    try {
      return Optional.of(new io.dyadscope.dossier.MethodNote("How the texts are coded",
          io.dyadscope.app.corpus.AutoCodingCheck.note(CorpusService.open(ws).codebook())));
    } catch (CorpusException e) {
      throw new UserError(e.getMessage(), e);
    }
  }

  /** The dyads of the default dataset, read from its observations file (the dyad column). */
  static Set<String> defaultCorpusDyads() {
    DefaultDataset d = DefaultDataset.standard();
    Set<String> out = new TreeSet<>();
    if (!d.isPresent()) {
      return out;
    }
    String name = d.folder() + DefaultDataset.OBSERVATIONS_FILE;
    try (InputStream in = ReportSupplements.class.getClassLoader().getResourceAsStream(name);
        CSVParser p = CSVParser.parse(new InputStreamReader(in, StandardCharsets.UTF_8),
            CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).build())) {
      for (CSVRecord r : p) {
        out.add(r.get("dyad"));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out;
  }
}
