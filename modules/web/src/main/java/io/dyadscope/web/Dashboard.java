package io.dyadscope.web;

import com.fasterxml.jackson.core.type.TypeReference;
import io.dyadscope.app.Application;
import io.dyadscope.app.ReportService;
import io.dyadscope.app.SeriesSelection;
import io.dyadscope.app.SeriesService.ForecastView;
import io.dyadscope.app.corpus.CorpusAccess;
import io.dyadscope.app.corpus.CorpusAnalysis;
import io.dyadscope.corpus.analysis.ThemeLensTable;
import io.dyadscope.corpus.codebook.Codebook;
import io.dyadscope.corpus.index.KwicLine;
import io.dyadscope.corpus.index.KwicSort;
import io.dyadscope.corpus.index.SearchResult;
import io.dyadscope.dossier.Dossier;
import io.dyadscope.dossier.corpus.CodedPassage;
import io.dyadscope.events.picture.EventPicture;
import io.dyadscope.events.picture.PictureQuery;
import io.dyadscope.evidence.Dyad;
import io.dyadscope.evidence.Period;
import io.dyadscope.evidence.Observation;
import io.dyadscope.evidence.ObservationQuery;
import io.dyadscope.evidence.Source;
import io.dyadscope.evidence.UserError;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What the pages and the API show, computed through the application services and kept while the
 * workspace is unchanged. Nothing here touches the store: each call opens the workspace read-only
 * through {@link Application} for the time it takes.
 */
final class Dashboard {

  /** Highlighted passages shown per search hit. */
  static final int SNIPPETS_PER_HIT = 3;
  /** Characters of context on each side of a KWIC keyword. */
  static final int KWIC_WIDTH = 60;

  private final Application app;
  private final ResponseCache cache;

  Dashboard(Application app) {
    this.app = app;
    this.cache = new ResponseCache(() -> WorkspaceStamp.of(app.access().directory()));
  }

  Application app() {
    return app;
  }

  /** The dyads with observations, alphabetically. */
  List<String> dyads() {
    return cache.get("dyads", () -> app.evidence().dyads());
  }

  /** Each indicator and subject of the dyad with its number of observations, as the API returns it (field by field). */
  List<Map<String, Object>> indicators(Dyad dyad) {
    return cache.get("indicators/" + dyad.id(), () -> app.evidence().indicators(dyad).stream()
        .map(u -> WebServer.JSON.convertValue(u, FIELDS)).toList());
  }

  /** A record as its fields by name, in the record's order. */
  private static final TypeReference<Map<String, Object>> FIELDS = new TypeReference<>() {};

  List<Observation> observations(Dyad dyad) {
    return cache.get("observations/" + dyad.id(),
        () -> app.evidence().observations(ObservationQuery.all().dyad(dyad.id())));
  }

  Map<String, Source> sources() {
    return cache.get("sources", () -> {
      Map<String, Source> m = new TreeMap<>();
      app.evidence().sources().forEach(u -> m.put(u.source().id(), u.source()));
      return m;
    });
  }

  List<Map<String, Object>> observationRows(Dyad dyad) {
    return cache.get("observation-rows/" + dyad.id(), () -> {
      Map<String, Source> s = sources();
      return observations(dyad).stream().map(o -> Views.observation(o, s)).toList();
    });
  }

  /** The series with Dyadscope's projection and the published ones, as the API returns it. */
  Map<String, Object> series(Dyad dyad, String indicator, String subjectOrNull) {
    return cache.get("series/" + dyad.id() + "/" + indicator + "/" + subjectOrNull, () -> {
      SeriesSelection sel = app.series().series(dyad, indicator, subjectOrNull);
      if (sel.result().series().isEmpty()) {
        return Views.series(dyad.id(), sel, null, "no observed or reported values to project from");
      }
      ForecastView f = app.series().forecast(dyad, indicator, sel.subject(), null);
      return Views.series(dyad.id(), sel, f, null);
    });
  }

  /** The dyad at a glance: names, headline figures, charts, changes and key events. */
  io.dyadscope.app.overview.DyadOverview overview(Dyad dyad) {
    return cache.get("overview/" + dyad.id(), () -> app.overview().overview(dyad));
  }

  /** The dyad's events by first-level division between the months given (either may be null). */
  io.dyadscope.app.overview.EventMap eventMap(Dyad dyad, Period fromOrNull, Period toOrNull) {
    return cache.get("map/" + dyad.id() + "/" + fromOrNull + "/" + toOrNull,
        () -> app.eventMap().map(dyad, fromOrNull, toOrNull));
  }

  /** The dyad's event picture by month or year, between the periods given (either may be null). */
  EventPicture events(Dyad dyad, boolean byMonth, Period fromOrNull, Period toOrNull) {
    if (fromOrNull != null && toOrNull != null && fromOrNull.compareTo(toOrNull) > 0) {
      throw new Params.BadRequest("from " + fromOrNull + " is after to " + toOrNull);
    }
    return cache.get("events/" + dyad.id() + "/" + byMonth + "/" + fromOrNull + "/" + toOrNull,
        () -> app.events().picture(new PictureQuery(dyad, byMonth, fromOrNull, toOrNull, List.of(), 10)));
  }

  /** The dyad's dossier, built as {@code dyadscope report} builds it. */
  Dossier dossier(Dyad dyad) {
    return cache.get("dossier/" + dyad.id(),
        () -> app.reports().build(new ReportService.Request(dyad, null, null, null)));
  }

  // ---- corpus (workspace-wide; the dyad only decides whether the default corpus belongs in it)

  /** How many documents the corpus holds, its themes and lenses, and the theme-by-lens counts. */
  Map<String, Object> corpusOverview(Dyad dyad) {
    app.reports().prepareCorpus(dyad);
    return cache.get("corpus", () -> corpus(c -> {
      Codebook book = c.codebook();
      ThemeLensTable.Table t = new CorpusAnalysis(c).themeLens();
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("documents", c.documents().size());
      m.put("themes", Views.codes(book, t.themes()));
      m.put("lenses", Views.codes(book, t.lenses()));
      m.put("counts", t.counts());
      m.put("themeTotals", t.themeTotals());
      return m;
    }));
  }

  SearchResult search(String query, int limit) {
    return cache.get("search/" + limit + "/" + query, () -> corpus(c -> c.search(query, limit, SNIPPETS_PER_HIT)));
  }

  List<KwicLine> kwic(String term, KwicSort sort, int limit) {
    return cache.get("kwic/" + sort + "/" + limit + "/" + term, () -> corpus(c -> c.kwic(term, KWIC_WIDTH, sort,
        limit)));
  }

  /** The passages behind one cell of the theme-by-lens table (a theme's every passage when {@code lens} is null). */
  List<CodedPassage> passages(String theme, String lensOrNull) {
    return cache.get("passages/" + theme + "/" + lensOrNull,
        () -> corpus(c -> new CorpusAnalysis(c).themeLensPassages(theme, lensOrNull)));
  }

  private <T> T corpus(CorpusAccess.Work<T> work) {
    try {
      return app.corpus(null).read(work);
    } catch (RuntimeException e) {
      throw e;
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  /** {@code compute}'s value for {@code key}, reused until the workspace changes (e.g. a response's bytes). */
  <T> T cached(String key, java.util.function.Supplier<T> compute) {
    return cache.get(key, compute);
  }

  /** Forgets every kept answer: call after writing the workspace through this server. */
  void changed() {
    cache.invalidate();
  }

  /** True when the dyad has observations; the pages answer 404 otherwise. */
  void requireKnown(Dyad dyad) {
    if (!dyads().contains(dyad.id())) {
      throw new UserError("no observations for dyad " + dyad.id() + " in this workspace");
    }
  }
}
