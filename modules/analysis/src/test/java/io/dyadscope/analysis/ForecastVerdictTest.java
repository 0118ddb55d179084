package io.dyadscope.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import io.dyadscope.evidence.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The one verdict on a figure against a forecast, and when there is none to give. */
class ForecastVerdictTest {

  /** Six yearly points from 80 to 100: a range of 20. */
  static final List<Point> SIX = points(80, 84, 88, 92, 96, 100);

  static List<Point> points(double... values) {
    List<Point> out = new ArrayList<>();
    for (int i = 0; i < values.length; i++) {
      out.add(new Point(Period.ofYear(2018 + i), values[i], List.of("o-" + i), List.of("s")));
    }
    return out;
  }

  static Forecast forecast(int points, double lo80, double hi80) {
    return new Forecast("trade.total", "PAK-AFG", Period.ofYear(2025), (lo80 + hi80) / 2, new Interval(lo80, hi80),
        new Interval(lo80 - 5, hi80 + 5), "linear trend", Confidence.MODERATE, "backtested", Map.of(), points);
  }

  private static ForecastVerdict verdict(Outlook o, double figure, List<Point> basis) {
    return ForecastVerdict.of(o, figure, basis, ForecastOptions.defaults(), "count");
  }

  @Test
  void aFigureInsideTheNarrowIntervalOfABacktestedForecastIsInsideThe80() {
    assertThat(verdict(forecast(6, 99, 109), 105, SIX).words()).isEqualTo("inside the 80% interval");
  }

  @Test
  void aFigureBetweenThe80And95BoundsIsInsideOnlyThe95() {
    assertThat(verdict(forecast(6, 99, 109), 112, SIX).words()).isEqualTo("inside the 95% interval, outside the 80%");
  }

  @Test
  void aFigureBeyondThe95BoundIsOutside() {
    ForecastVerdict v = verdict(forecast(6, 99, 109), 120, SIX);
    assertThat(v.words()).isEqualTo("outside the 95% interval");
    assertThat(v.judged()).isTrue();
  }

  @Test
  void anIntervalWiderThanTheSeriesOwnRangeIsTooUncertainWhereverTheFigureLies() {
    ForecastVerdict v = verdict(forecast(6, 90, 120), 105, SIX);
    assertThat(v.words()).isEqualTo("too uncertain to judge");
    assertThat(v.reason()).isEqualTo("its 80% interval (90–120) is wider than the series' own range (80–100)");
    assertThat(v.judged()).isFalse();
  }

  @Test
  void fewerPointsThanABacktestNeedsIsTooUncertainWhateverTheInterval() {
    assertThat(verdict(forecast(3, 103, 105), 104, SIX.subList(3, 6)).reason())
        .isEqualTo("made from 3 points, fewer than the 5 a backtest needs");
  }

  @Test
  void withoutAForecastThereIsNoVerdictOnTheInterval() {
    ForecastVerdict v = verdict(new NoForecast("trade.total", "PAK-AFG", Period.ofYear(2025), "one point"), 104, SIX);
    assertThat(v.words()).isEqualTo("no forecast to judge by");
    assertThat(v.reason()).isEqualTo("one point");
    assertThat(v.judged()).isFalse();
  }
}
