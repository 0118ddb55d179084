package io.dyadscope.dossier.events;

import io.dyadscope.events.rules.DerivedIndicators;
import java.util.Arrays;
import io.dyadscope.evidence.text.Figures;
import io.dyadscope.events.Dataset;
import io.dyadscope.events.picture.Agreement;
import io.dyadscope.events.picture.InteractionDirection;
import io.dyadscope.events.picture.EventPicture;
import io.dyadscope.events.picture.GdeltVolume;
import io.dyadscope.events.picture.TypeCount;
import io.dyadscope.evidence.Observation;
import io.dyadscope.evidence.Status;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * The dossier's "Event picture" section as a model: charts (monthly stacked counts per dataset,
 * fatalities with their range, GDELT Goldstein per direction) each citing its dataset, the datasets'
 * agreement, and the derived security series beside the reported ones. Pure: built from the picture the
 * store computes and the workspace's observations; the renderers draw it. With no events it holds only
 * a text saying how to import them.
 *
 * @param dyad        e.g. {@code PAK-AFG}
 * @param text        paragraphs: what the datasets hold, or how to import events when there are none
 * @param charts      the charts, in reading order
 * @param agreements  datasets compared month by month
 * @param comparisons derived (from events) against reported figures, per indicator and year
 */
public record EventSection(String dyad, List<String> text, List<EventChart> charts, List<Agreement> agreements,
    List<Comparison> comparisons) {

  public EventSection {
    text = List.copyOf(text);
    charts = List.copyOf(charts);
    agreements = List.copyOf(agreements);
    comparisons = List.copyOf(comparisons);
  }

  /** A derived value beside a reported one for the same indicator and year. */
  public record Comparison(String indicator, String period, double derived, String derivedSource, double reported,
      String reportedSource, String reportedBy) {
    public double difference() {
      return derived - reported;
    }
  }

  public boolean isEmpty() {
    return charts.isEmpty();
  }

  static String howToImport(String dyad) {
    return "No event data for " + dyad + " in the workspace. Import ACLED, UCDP GED or GDELT files with"
        + " `dyadscope import events FILE...`, then `dyadscope events derive` for the yearly security indicators.";
  }

  /**
   * @param picture      the monthly picture (by month: the charts' x axis)
   * @param observations the dyad's observations (derived security series are those citing an event dataset)
   */
  public static EventSection build(EventPicture picture, List<Observation> observations) {
    if (picture.isEmpty()) {
      return new EventSection(picture.dyad(), List.of(howToImport(picture.dyad())), List.of(), List.of(), List.of());
    }
    List<String> text = new ArrayList<>();
    for (EventPicture.Coverage c : picture.datasets()) {
      text.add(title(c.dataset()) + ": " + Figures.count(c.events()) + " events for " + picture.dyad() + ", "
          + c.first() + " to " + c.last() + ".");
    }
    if (!picture.gdelt().isEmpty()) {
      long raw = picture.gdelt().stream().mapToLong(GdeltVolume::raw).sum();
      long collapsed = picture.gdelt().stream().mapToLong(GdeltVolume::collapsed).sum();
      text.add("GDELT records one event once per article pattern: " + Figures.count(raw) + " raw rows are "
          + Figures.count(collapsed) + " root events once near-duplicates (same day, actors, CAMEO code and place)"
          + " are collapsed; the GDELT charts count the collapsed events.");
    }
    List<EventChart> charts = new ArrayList<>();
    for (EventPicture.Coverage c : picture.datasets()) {
      String kind = switch (c.dataset()) {
        case "acled" -> "event_type";
        case "ucdp" -> "violence";
        default -> "quad_class";
      };
      List<String> periods = span(c.first(), c.last(), picture.by());
      charts.add(stacked(picture, c.dataset(), kind, periods));
      if (!c.dataset().equals("gdelt")) {
        charts.add(fatalities(picture, c.dataset(), periods));
      }
    }
    if (!picture.directions().isEmpty()) {
      charts.add(goldstein(picture));
    }
    return new EventSection(picture.dyad(), text, charts, picture.agreements(), comparisons(observations));
  }

  private static String title(String dataset) {
    return Dataset.parse(dataset).title();
  }

  private static EventChart stacked(EventPicture p, String dataset, String kind, List<String> periods) {
    Map<String, double[]> byType = new LinkedHashMap<>();
    for (TypeCount t : p.types()) {
      if (t.dataset().equals(dataset) && t.kind().equals(kind)) {
        int i = periods.indexOf(t.period());
        byType.computeIfAbsent(t.type(), k -> new double[periods.size()])[i] += dataset.equals("gdelt")
            ? t.collapsed() : t.events();
      }
    }
    List<EventChart.EventSeries> series = new ArrayList<>();
    byType.forEach((type, v) -> series.add(new EventChart.EventSeries(type, list(v), List.of(), List.of())));
    return new EventChart("events-" + dataset + "-types", "stacked-bars", "Events by " + kind.replace('_', ' ')
        + " per " + p.by() + ", " + p.dyad(), "events", periods, series, title(dataset),
        dataset.equals("gdelt") ? "root events, near-duplicates collapsed" : "");
  }

  private static EventChart fatalities(EventPicture p, String dataset, List<String> periods) {
    double[] best = new double[periods.size()];
    double[] low = new double[periods.size()];
    double[] high = new double[periods.size()];
    String kind = dataset.equals("acled") ? "event_type" : "violence";
    for (TypeCount t : p.types()) {
      if (t.dataset().equals(dataset) && t.kind().equals(kind) && t.fatalities() != null) {
        int i = periods.indexOf(t.period());
        best[i] += t.fatalities();
        low[i] += t.low();
        high[i] += t.high();
      }
    }
    boolean ranged = dataset.equals("ucdp");
    return new EventChart("events-" + dataset + "-fatalities", "range", "Fatalities per " + p.by() + ", " + p.dyad(),
        "deaths", periods, List.of(new EventChart.EventSeries(ranged ? "best estimate" : "fatalities", list(best),
            ranged ? list(low) : List.of(), ranged ? list(high) : List.of())), title(dataset),
        ranged ? "band: UCDP low to high estimates" : "");
  }

  private static EventChart goldstein(EventPicture p) {
    TreeSet<String> all = new TreeSet<>();
    p.directions().forEach(d -> all.add(d.period()));
    List<String> periods = span(all.first(), all.last(), p.by());
    Map<String, double[]> lines = new LinkedHashMap<>();
    for (InteractionDirection d : p.directions()) {
      double[] v = lines.computeIfAbsent(d.from() + " to " + d.to(), k -> {
        double[] a = new double[periods.size()];
        java.util.Arrays.fill(a, Double.NaN);
        return a;
      });
      v[periods.indexOf(d.period())] = d.goldsteinMean();
    }
    List<EventChart.EventSeries> series = new ArrayList<>();
    lines.forEach((name, v) -> series.add(new EventChart.EventSeries(name, list(v), List.of(), List.of())));
    return new EventChart("events-gdelt-goldstein", "line", "Goldstein scale of interactions between the two states'"
        + " actors, " + p.dyad(), "mean Goldstein score (-10 to +10)", periods, series,
        title("gdelt"), "mean over raw rows; -10 is the most conflictual, +10 the most cooperative; gaps where no"
            + " interaction was recorded");
  }

  /** Derived (observed, citing an event dataset) beside reported or observed figures from other sources. */
  static List<Comparison> comparisons(List<Observation> observations) {
    List<String> eventSources = Arrays.stream(Dataset.values()).map(DerivedIndicators::sourceId).toList();
    List<Comparison> out = new ArrayList<>();
    for (Observation d : observations) {
      if (!eventSources.contains(d.source()) || d.status() != Status.OBSERVED) {
        continue;
      }
      for (Observation r : observations) {
        if (!eventSources.contains(r.source()) && r.indicator().equals(d.indicator()) && r.period().equals(d.period())
            && r.subject().equals(d.subject()) && r.status() != Status.PROJECTION) {
          out.add(new Comparison(d.indicator(), d.period().toString(), d.value(), d.source(), r.value(), r.source(),
              r.reportedBy()));
        }
      }
    }
    return out;
  }

  private static List<String> span(String first, String last, String by) {
    List<String> out = new ArrayList<>();
    if (by.equals("year")) {
      for (int y = Integer.parseInt(first); y <= Integer.parseInt(last); y++) {
        out.add(String.valueOf(y));
      }
    } else {
      for (YearMonth m = YearMonth.parse(first); !m.isAfter(YearMonth.parse(last)); m = m.plusMonths(1)) {
        out.add(m.toString());
      }
    }
    return out;
  }

  private static List<Double> list(double[] v) {
    List<Double> out = new ArrayList<>(v.length);
    for (double d : v) {
      out.add(d);
    }
    return out;
  }
}
