package io.dyadscope.dossier.findings;

import static org.assertj.core.api.Assertions.assertThat;

import io.dyadscope.analysis.Confidence;
import io.dyadscope.analysis.Forecast;
import io.dyadscope.analysis.ForecastOptions;
import io.dyadscope.analysis.Interval;
import io.dyadscope.analysis.Point;
import io.dyadscope.evidence.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** When a forecast may judge a published figure, and when it is too uncertain to. */
class UncertaintyTest {

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
    return new Forecast("trade.total", "PAK-AFG", Period.ofYear(2025), 104, new Interval(lo80, hi80),
        new Interval(lo80 - 5, hi80 + 5), "linear trend", Confidence.MODERATE, "backtested", Map.of(), points);
  }

  @Test
  void anIntervalNarrowerThanTheSeriesFromEnoughPointsMayJudge() {
    assertThat(Uncertainty.tooUncertain(forecast(6, 99, 109), SIX, ForecastOptions.defaults(), "count")).isEmpty();
  }

  @Test
  void anIntervalWiderThanTheSeriesOwnRangeIsTooUncertain() {
    assertThat(Uncertainty.tooUncertain(forecast(6, 90, 120), SIX, ForecastOptions.defaults(), "count"))
        .contains("its 80% interval (90–120) is wider than the series' own range (80–100)");
  }

  @Test
  void fewerPointsThanABacktestNeedsIsTooUncertainWhateverTheInterval() {
    assertThat(Uncertainty.tooUncertain(forecast(3, 103, 105), SIX.subList(3, 6), ForecastOptions.defaults(),
        "count")).contains("made from 3 points, fewer than the 5 a backtest needs");
  }
}
