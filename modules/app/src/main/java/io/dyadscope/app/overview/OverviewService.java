package io.dyadscope.app.overview;

import io.dyadscope.analysis.Point;
import io.dyadscope.analysis.Series;
import io.dyadscope.analysis.SeriesBuilder;
import io.dyadscope.app.WorkspaceAccess;
import io.dyadscope.app.overview.DyadOverview.Change;
import io.dyadscope.app.overview.DyadOverview.Chart;
import io.dyadscope.app.overview.DyadOverview.Country;
import io.dyadscope.app.overview.DyadOverview.Headline;
import io.dyadscope.app.overview.DyadOverview.Line;
import io.dyadscope.app.overview.DyadOverview.LinePoint;
import io.dyadscope.app.overview.DyadOverview.SourceRef;
import io.dyadscope.app.overview.HeadlineCharts.ChartSpec;
import io.dyadscope.app.overview.HeadlineCharts.Spec;
import io.dyadscope.app.statistics.SeriesInputs;
import io.dyadscope.app.statistics.WorkspaceCatalogue;
import io.dyadscope.events.Dataset;
import io.dyadscope.events.picture.EventPicture;
import io.dyadscope.events.picture.PictureQuery;
import io.dyadscope.events.picture.TypeCount;
import io.dyadscope.events.rules.DerivedIndicators;
import io.dyadscope.app.events.EventPictureService;
import io.dyadscope.evidence.Dyad;
import io.dyadscope.evidence.Gazetteer;
import io.dyadscope.evidence.Indicator;
import io.dyadscope.evidence.IndicatorCatalogue;
import io.dyadscope.evidence.Observation;
import io.dyadscope.evidence.ObservationQuery;
import io.dyadscope.evidence.Period;
import io.dyadscope.evidence.Source;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The dyad at a glance ({@link DyadOverview}): every figure is a stored observation or a count of
 * stored events, with its sources; nothing is typed in. The charts and key events are data
 * ({@link HeadlineCharts}, {@link KeyEvents}).
 */
public final class OverviewService {

  private final WorkspaceAccess access;
  private final HeadlineCharts charts;
  private final KeyEvents keyEvents;

  public OverviewService(WorkspaceAccess access) {
    this(access, HeadlineCharts.standard(), KeyEvents.standard());
  }

  public OverviewService(WorkspaceAccess access, HeadlineCharts charts, KeyEvents keyEvents) {
    this.access = access;
    this.charts = charts;
    this.keyEvents = keyEvents;
  }

  /** The dyad's overview. */
  public DyadOverview overview(Dyad dyad) {
    return access.read(ws -> {
      IndicatorCatalogue catalogue = WorkspaceCatalogue.load(ws.directory());
      Map<String, Source> sources = ws.sources();
      List<Observation> observations = ws.observations(ObservationQuery.all().dyad(dyad.id()));
      EventPicture yearly = new EventPictureService(ws).picture(new PictureQuery(dyad, false, null, null, List.of(),
          1));
      Country first = country(dyad.first());
      Country second = country(dyad.second());
      List<Chart> out = new ArrayList<>();
      List<Headline> headlines = new ArrayList<>();
      for (ChartSpec c : charts.charts()) {
        List<Line> lines = new ArrayList<>();
        for (Spec spec : c.lines()) {
          List<Line> made = HeadlineCharts.EVENT_COUNTS.contains(spec.indicator())
              ? eventLines(spec.indicator(), dyad, yearly)
              : lines(spec, dyad, first, second, catalogue, sources, observations);
          lines.addAll(made);
          if (spec.panel()) {
            made.forEach(l -> headlines.add(headline(c.id(), l)));
          }
        }
        if (!lines.isEmpty()) {
          String unit = lines.stream().map(Line::unit).distinct().count() == 1 ? lines.get(0).unit() : "mixed";
          out.add(new Chart(c.id(), c.title(), unit, lines));
        }
      }
      return new DyadOverview(dyad.id(), first, second, headlines, out, changes(out), keyEvents.of(dyad));
    });
  }

  static Country country(String iso3) {
    return new Country(iso3, Gazetteer.standard().byIso3(iso3).map(io.dyadscope.evidence.Country::name)
        .orElse(iso3));
  }

  private static List<Line> lines(Spec spec, Dyad dyad, Country first, Country second, IndicatorCatalogue catalogue,
      Map<String, Source> sources, List<Observation> observations) {
    Indicator indicator = catalogue.find(spec.indicator()).orElse(null);
    if (indicator == null) {
      return List.of();
    }
    String subject = switch (spec.subject()) {
      case "first" -> first.code();
      case "second" -> second.code();
      default -> dyad.id();
    };
    List<Observation> facts = SeriesInputs.forSeries(indicator, observations.stream()
        .filter(o -> o.indicator().equals(indicator.id()) && o.subject().equals(subject) && o.status().isFact())
        .toList());
    String about = spec.subject().equals("dyad") ? "" : " (" + (subject.equals(first.code()) ? first : second).name()
        + ")";
    Map<String, List<Observation>> groups = new LinkedHashMap<>();
    if (spec.split().equals("source")) {
      facts.stream().sorted(java.util.Comparator.comparing(Observation::source))
          .forEach(o -> groups.computeIfAbsent(o.source(), k -> new ArrayList<>()).add(o));
    } else if (!facts.isEmpty()) {
      groups.put("", facts);
    }
    List<Line> out = new ArrayList<>();
    groups.forEach((source, obs) -> {
      Series s = new SeriesBuilder(sources).build(indicator.id(), subject, obs).series();
      if (s.isEmpty()) {
        return;
      }
      List<LinePoint> points = new ArrayList<>();
      LinkedHashSet<String> cited = new LinkedHashSet<>();
      for (Point p : s.points()) {
        points.add(new LinePoint(p.period().toString(), KeyEvents.time(p.period()), p.value(), p.sourceIds()));
        cited.addAll(p.sourceIds());
      }
      String label = indicator.name() + about + (source.isEmpty() ? "" : ", as " + shortCitation(sources, source)
          + " reports it");
      String key = indicator.id() + "/" + subject + (source.isEmpty() ? "" : "/" + source);
      out.add(new Line(key, label, indicator.id(), indicator.name(), subject, indicator.unit(), points,
          cited.stream().map(id -> ref(sources, id)).toList()));
    });
    return out;
  }

  /** Events or fatalities per year and dataset, each dataset counted once over one of its type schemes. */
  private static List<Line> eventLines(String what, Dyad dyad, EventPicture yearly) {
    Map<String, Map<String, Map<String, long[]>>> byDataset = new TreeMap<>();   // dataset -> kind -> year -> sums
    for (TypeCount t : yearly.types()) {
      long[] sum = byDataset.computeIfAbsent(t.dataset(), k -> new TreeMap<>())
          .computeIfAbsent(t.kind(), k -> new TreeMap<>()).computeIfAbsent(t.period(), k -> new long[3]);
      sum[0] += t.collapsed();
      if (t.fatalities() != null) {
        sum[1] += t.fatalities();
        sum[2] = 1;
      }
    }
    List<Line> out = new ArrayList<>();
    byDataset.forEach((dataset, kinds) -> {
      Map<String, Double> values = new TreeMap<>();
      // every type scheme of a dataset partitions its events; the largest sum is the one that covers them all
      kinds.values().forEach(years -> years.forEach((year, sum) -> {
        if (what.equals("events") || sum[2] == 1) {
          values.merge(year, (double) (what.equals("events") ? sum[0] : sum[1]), Math::max);
        }
      }));
      if (values.isEmpty()) {
        return;
      }
      Source s = DerivedIndicators.source(Dataset.parse(dataset));
      List<LinePoint> points = values.entrySet().stream().map(e -> new LinePoint(e.getKey(),
          KeyEvents.time(Period.parse(e.getKey())), e.getValue(), List.of(s.id()))).toList();
      String name = what.equals("events") ? "Events recorded" : "Fatalities recorded";
      out.add(new Line(what + "/" + dyad.id() + "/" + dataset, name + " (" + s.publisher() + ")", what, name,
          dyad.id(), "count", points, List.of(new SourceRef(s.id(), s.citation(), s.shortCitation(), s.url()))));
    });
    return out;
  }

  private static Headline headline(String topic, Line l) {
    LinePoint last = l.points().get(l.points().size() - 1);
    List<SourceRef> refs = l.sources().stream().filter(s -> last.sources().contains(s.id())).toList();
    return new Headline(topic, l.label(), l.indicator(), last.value(), l.unit(), last.period(), refs);
  }

  private static List<Change> changes(List<Chart> charts) {
    List<Change> out = new ArrayList<>();
    for (Chart c : charts) {
      for (Line l : c.lines()) {
        int n = l.points().size();
        if (n >= 2) {
          LinePoint a = l.points().get(n - 2);
          LinePoint b = l.points().get(n - 1);
          out.add(new Change(c.id(), l.label(), l.indicator(), l.unit(), a.period(), a.value(), b.period(), b.value()));
        }
      }
    }
    return out;
  }

  private static String shortCitation(Map<String, Source> sources, String id) {
    Source s = sources.get(id);
    return s == null ? id : s.shortCitation();
  }

  private static SourceRef ref(Map<String, Source> sources, String id) {
    Source s = sources.get(id);
    return s == null ? new SourceRef(id, id, id, "") : new SourceRef(id, s.citation(), s.shortCitation(), s.url());
  }
}
