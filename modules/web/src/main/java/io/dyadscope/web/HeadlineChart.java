package io.dyadscope.web;

import io.dyadscope.app.overview.DyadOverview.Chart;
import io.dyadscope.app.overview.DyadOverview.KeyEvent;
import io.dyadscope.app.overview.DyadOverview.Line;
import io.dyadscope.app.overview.DyadOverview.LinePoint;
import io.dyadscope.app.overview.DyadOverview.SourceRef;
import io.dyadscope.evidence.text.Figures;
import io.dyadscope.render.chart.TimePlot;
import io.dyadscope.render.chart.TimePlot.Marker;
import io.dyadscope.render.chart.TimePlot.TimeLine;
import io.dyadscope.render.chart.TimePlot.TimePoint;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A headline chart of the overview as the {@link TimePlot} the render module draws
 * ({@code Charts.draw(TimePlot)}): lines on a true time axis with the key events inside their span,
 * numbered as the list below the chart. Indicator ids appear only in tooltips ({@code <title>}).
 */
final class HeadlineChart {

  private HeadlineChart() {}

  /** Key events inside the chart's span, numbered from 1 in date order. */
  static List<KeyEvent> eventsIn(Chart c, List<KeyEvent> events) {
    double[] span = TimePlot.span(c.lines().stream().flatMap(l -> l.points().stream()).map(LinePoint::time).toList());
    return events.stream().filter(e -> e.time() >= span[0] && e.time() <= span[1]).toList();
  }

  /** The chart as a plot, with markers for the key events inside its span. */
  static TimePlot plot(Chart c, List<KeyEvent> events) {
    List<TimeLine> lines = new ArrayList<>();
    for (Line l : c.lines()) {
      List<TimePoint> points = new ArrayList<>();
      for (LinePoint p : l.points()) {
        points.add(new TimePoint(p.period(), p.time(), p.value(), Api.plain(p.value()), l.label() + ", " + p.period()
            + ": " + Figures.withUnit(p.value(), l.unit()) + " [" + l.indicator() + "; " + String.join(", ", p.sources())
            + "]"));
      }
      lines.add(new TimeLine(l.key(), l.label() + " [" + l.indicator() + ", " + l.subject() + "]", l.label() + " ("
          + unitWords(l.unit()) + ")", l.indicator() + " · " + l.subject(), points));
    }
    List<Marker> markers = eventsIn(c, events).stream().map(e -> new Marker(events.indexOf(e) + 1, e.date(), e.time(),
        e.event())).toList();
    return new TimePlot(c.id(), c.title(), c.unit(), lines, markers);
  }

  /** The chart's sources in the author-date form, each once, in the order of its lines. */
  static List<SourceRef> sources(Chart c) {
    Map<String, SourceRef> m = new LinkedHashMap<>();
    c.lines().forEach(l -> l.sources().forEach(s -> m.putIfAbsent(s.id(), s)));
    return new ArrayList<>(m.values());
  }

  static String unitWords(String unit) {
    return unit.equals("count") ? "number" : unit;
  }
}
