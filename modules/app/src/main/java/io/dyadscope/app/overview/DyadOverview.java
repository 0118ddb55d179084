package io.dyadscope.app.overview;

import java.util.List;

/**
 * A dyad at a glance, as the dashboard's home and overview pages show it: the two countries by name,
 * the latest figure of each headline topic with its source, the headline series as charts on a time
 * axis, what changed since the point before each series' last, and the key events of the period.
 *
 * @param dyad       e.g. {@code PAK-AFG}
 * @param first      the first country
 * @param second     the second country
 * @param headlines  the latest figure per topic and source
 * @param charts     the headline charts that have data
 * @param changes    each chart line's last point against the one before it
 * @param keyEvents  dated events kept as data, each with the document that states it
 */
public record DyadOverview(String dyad, Country first, Country second, List<Headline> headlines,
    List<Chart> charts, List<Change> changes, List<KeyEvent> keyEvents) {

  public DyadOverview {
    headlines = List.copyOf(headlines);
    charts = List.copyOf(charts);
    changes = List.copyOf(changes);
    keyEvents = List.copyOf(keyEvents);
  }

  /** A country by its ISO 3166-1 alpha-3 code and its name from the gazetteer (the code when unknown). */
  public record Country(String code, String name) {}

  /** A source as charts cite it: id, full citation, author-date form and address (may be empty). */
  public record SourceRef(String id, String citation, String shortCitation, String url) {}

  /**
   * The latest figure of a topic from one source.
   *
   * @param topic     {@code trade}, {@code refugees} or {@code security}
   * @param label     what the figure is, in words
   * @param indicator the indicator id (or {@code events}/{@code fatalities} for counts from the event store)
   * @param value     the figure
   * @param unit      its unit
   * @param period    its period
   * @param sources   where it comes from
   */
  public record Headline(String topic, String label, String indicator, double value, String unit, String period,
      List<SourceRef> sources) {
    public Headline {
      sources = List.copyOf(sources);
    }
  }

  /**
   * One headline chart.
   *
   * @param id    e.g. {@code trade}
   * @param title e.g. {@code Bilateral trade}
   * @param unit  the unit of its lines, or {@code mixed}
   * @param lines its lines, each with at least one point
   */
  public record Chart(String id, String title, String unit, List<Line> lines) {
    public Chart {
      lines = List.copyOf(lines);
    }
  }

  /**
   * One line of a chart.
   *
   * @param key           unique within the chart (indicator, subject and source or dataset)
   * @param label         what it shows, in words
   * @param indicator     the indicator id
   * @param indicatorName the indicator's name
   * @param subject       the subject (a country or the dyad)
   * @param unit          the unit of its values
   * @param points        its points in time order
   * @param sources       the sources its points cite
   */
  public record Line(String key, String label, String indicator, String indicatorName, String subject, String unit,
      List<LinePoint> points, List<SourceRef> sources) {
    public Line {
      points = List.copyOf(points);
      sources = List.copyOf(sources);
    }
  }

  /**
   * A point of a line.
   *
   * @param period  e.g. {@code 2021} or {@code 2023-05}
   * @param time    the period's start as a fractional year, the chart's x position
   * @param value   the value
   * @param sources ids of the sources it rests on
   */
  public record LinePoint(String period, double time, double value, List<String> sources) {
    public LinePoint {
      sources = List.copyOf(sources);
    }
  }

  /** A line's last value against the one before it (not always the year before: {@code from} says which). */
  public record Change(String chart, String label, String indicator, String unit, String from, double before,
      String to, double after) {}

  /**
   * A dated event kept as data, with the shipped document that states it.
   *
   * @param date      {@code YYYY-MM}
   * @param time      the date as a fractional year
   * @param event     what happened
   * @param document  the corpus document's id
   * @param citation  the document's title, publisher and date
   * @param url       the document's address
   * @param licence   the document's licence
   * @param quote     the document's words that state it
   */
  public record KeyEvent(String date, double time, String event, String document, String citation, String url,
      String licence, String quote) {}
}
