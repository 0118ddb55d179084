package io.dyadscope.render.web;

import io.dyadscope.render.chart.TimePlot;
import io.dyadscope.render.dossier.Format;
import java.util.List;

/**
 * What the analyst's home and a dyad's overview show, as the dashboard gathers it from the
 * application's overview: plain values, drawn by the templates {@code web/home.jte} and
 * {@code web/overview.jte}, which format every number ({@code Figures}) and escape every text.
 */
public final class OverviewView {

  private OverviewView() {}

  /** A dyad on the home page: its countries' names, latest figures and first chart (null when it has none). */
  public record Card(String dyad, String names, List<Headline> headlines, Figure figureOrNull) {}

  /** A dyad's overview page; {@code sections} are the dossier's, {@code series} every indicator stored. */
  public record Page(String dyad, String names, String dossierTitle, List<Headline> headlines, List<Figure> figures,
      List<Change> changes, List<KeyEvent> keyEvents, List<Format.Section> sections, List<Series> series) {}

  /** A latest figure: its value in its unit, what it is and when, and the short citations of its sources. */
  public record Headline(String topic, String indicator, double value, String unit, String label, String period,
      String sources) {}

  /**
   * A headline chart: the plot, the key events inside its span (numbered as its markers), the short
   * citations of its lines' sources and the address of its downloads (without {@code .csv}).
   */
  public record Figure(String id, String title, TimePlot plot, List<KeyEvent> events, String sources, String api) {}

  /** A key event, numbered in date order among all the dyad's key events, with its document. */
  public record KeyEvent(int number, String date, String event, String citation, String url, String licence,
      String quote) {}

  /** A series' latest value against the one before it. */
  public record Change(String indicator, String label, String unit, String from, double before, String to,
      double after) {

    /** The change in percent of the earlier value; NaN when that is zero. */
    public double percent() {
      return before == 0 ? Double.NaN : (after - before) / Math.abs(before) * 100;
    }
  }

  /** An indicator and subject with its unit in words, its count of observations and its page. */
  public record Series(String indicator, String name, String subject, String unitWords, long observations,
      String href) {}
}
