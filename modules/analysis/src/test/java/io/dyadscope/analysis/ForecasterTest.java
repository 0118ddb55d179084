package io.dyadscope.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.dyadscope.evidence.Period;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ForecasterTest {

  private static final double INF = Double.POSITIVE_INFINITY;
  private final Forecaster forecaster = Forecaster.standard();

  static Series annual(int firstYear, double... values) {
    List<Point> points = new ArrayList<>();
    for (int i = 0; i < values.length; i++) {
      points.add(SeriesTest.point(Integer.toString(firstYear + i), values[i]));
    }
    return new Series("trade.total", "PAK-AFG", points);
  }

  static Series shortSeries() {
    return new Series("trade.total", "PAK-AFG",
        List.of(SeriesTest.point("2019", 1700), SeriesTest.point("2021", 1200), SeriesTest.point("2022", 1900)));
  }

  /** Student t quantile for df = 2 in closed form: (2p - 1) / sqrt(2p(1 - p)). */
  static double t2(double p) {
    return (2 * p - 1) / Math.sqrt(2 * p * (1 - p));
  }

  @Test
  void noPointsGiveNoForecast() {
    Outlook o = forecaster.forecast(annual(2020), Period.ofYear(2024), 0, INF);
    assertThat(o).isEqualTo(new NoForecast("trade.total", "PAK-AFG", Period.ofYear(2024),
        "no points: no basis for a projection"));
  }

  @Test
  void onePointGivesNoForecast() {
    Outlook o = forecaster.forecast(annual(2023, 1400), Period.ofYear(2024), 0, INF);
    assertThat(o).isEqualTo(new NoForecast("trade.total", "PAK-AFG", Period.ofYear(2024),
        "one point (2023): no basis for a projection"));
  }

  @Test
  void theTargetMustComeAfterTheLastPoint() {
    assertThatThrownBy(() -> forecaster.forecast(shortSeries(), Period.ofYear(2022), 0, INF))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("target 2022").hasMessageContaining("last point 2022");
  }

  @Test
  void theTargetMustHaveTheSeriesGranularity() {
    assertThatThrownBy(() -> forecaster.forecast(shortSeries(), Period.ofMonth(2024, 1), 0, INF))
        .hasMessageContaining("target 2024-01 is monthly but the series trade.total/PAK-AFG is annual");
  }

  @Test
  void aShortSeriesGetsTheLastValueWithRandomWalkIntervals() {
    // changes: -500 over 2 years, +700 over 1 year; sigma^2 = (250000/2 + 490000/1) / 2 = 307500
    // h = 2024 - 2022 = 2, so sigma * sqrt(h) = sqrt(615000); df = 3 - 1 = 2
    Forecast f = (Forecast) forecaster.forecast(shortSeries(), Period.ofYear(2024), 0, INF);
    double spread = Math.sqrt(615000);
    assertThat(f.point()).isEqualTo(1900);
    // 80%: 1900 -+ 1.885618 * 784.219 = 421.26 .. 3378.74
    assertThat(f.p80().lo()).isCloseTo(1900 - t2(0.90) * spread, within(1e-6));
    assertThat(f.p80().hi()).isCloseTo(1900 + t2(0.90) * spread, within(1e-6));
    // 95%: 1900 -+ 4.302653 * 784.219 = -1474.24 .. 5274.24, the negative bound clamped to the minimum 0
    assertThat(f.p95().lo()).isEqualTo(0);
    assertThat(f.p95().hi()).isCloseTo(1900 + t2(0.975) * spread, within(1e-6));
    assertThat(f.method()).isEqualTo("last value");
    assertThat(f.confidence()).isEqualTo(Confidence.LOW);
    assertThat(f.backtestError()).isEmpty();
    assertThat(f.points()).isEqualTo(3);
    assertThat(f.basis()).isEqualTo(
        "3 points, too few for a backtest (needs 5): last value, interval from the spread of past changes");
  }

  @Test
  void aClearlyLinearSeriesIsForecastByTheLinearTrend() {
    // y = 100, 110, ..., 170 for 2010..2017. Backtest origins k = 3..7, up to 3 steps ahead:
    // last value errs 10 per step: 3 x (10 + 20 + 30) + (10 + 20) + 10 = 220 over 12 forecasts = 18.333...
    // the linear trend is exact; the damped trend bends away from the line
    Forecast f = (Forecast) forecaster.forecast(annual(2010, 100, 110, 120, 130, 140, 150, 160, 170),
        Period.ofYear(2019), 0, INF);
    assertThat(f.method()).isEqualTo("linear trend");
    assertThat(f.backtestError().get("last value")).isCloseTo(220.0 / 12, within(1e-12));
    assertThat(f.backtestError().get("linear trend")).isCloseTo(0, within(1e-9));
    assertThat(f.backtestError().get("damped trend")).isCloseTo(1.2780316220254, within(1e-9));
    assertThat(f.point()).isCloseTo(190, within(1e-9));
    assertThat(f.p95().width()).isCloseTo(0, within(1e-8));
    assertThat(f.confidence()).isEqualTo(Confidence.MODERATE);
  }

  @Test
  void aFlatNoisySeriesIsNotExtrapolatedByAStraightLine() {
    // 50 with a spike to 53 (2013) and a dip to 47 (2017), 10 points. Reference values from an
    // independent Python implementation of the same backtest (origins 3..9, up to 3 steps ahead):
    // mean absolute errors: last value 1.5, linear trend 2.05, damped trend 1.0733338034
    // the damped trend wins; its six 2-step errors (origins 3..8) have RMS 1.476120921492
    Forecast f = (Forecast) forecaster.forecast(annual(2010, 50, 50, 50, 53, 50, 50, 50, 47, 50, 50),
        Period.ofYear(2021), 0, INF);
    assertThat(f.method()).isEqualTo("damped trend");
    assertThat(f.backtestError()).containsOnlyKeys("last value", "linear trend", "damped trend");
    assertThat(f.backtestError().get("last value")).isCloseTo(1.5, within(1e-12));
    assertThat(f.backtestError().get("linear trend")).isCloseTo(2.05, within(1e-9));
    assertThat(f.backtestError().get("damped trend")).isCloseTo(1.073333803397, within(1e-9));
    assertThat(f.point()).isCloseTo(49.70108095379, within(1e-9));
    assertThat(f.p80().lo()).isCloseTo(49.70108095379 - 1.2816 * 1.476120921492, within(1e-9));
    assertThat(f.p95().hi()).isCloseTo(49.70108095379 + 1.96 * 1.476120921492, within(1e-9));
    assertThat(f.confidence()).isEqualTo(Confidence.HIGH);
    assertThat(f.basis()).isEqualTo("10 points, rolling-origin backtest of 3 methods: damped trend had the lowest "
        + "mean absolute error (1.07), interval from its 6 backtest errors 2 steps ahead");
  }

  @Test
  void beyondTheBacktestHorizonTheOneStepErrorsAreScaled() {
    // target 2024 is 5 steps ahead, never scored (maxHorizon 3): RMS of the 1-step errors of the damped
    // trend * sqrt(5) = 3.916443877842 (independent Python reference)
    Forecast f = (Forecast) forecaster.forecast(annual(2010, 50, 50, 50, 53, 50, 50, 50, 47, 50, 50),
        Period.ofYear(2024), 0, INF);
    assertThat(f.point()).isCloseTo(49.6655037005568, within(1e-9));
    assertThat(f.p95().hi() - f.point()).isCloseTo(1.96 * 3.916443877842, within(1e-9));
    assertThat(f.basis()).endsWith("interval from its one-step backtest errors scaled to 5 steps ahead");
  }

  @Test
  void tiesGoToTheEarlierMethod() {
    // a constant series: every method is exact, so the last value wins and the interval is a point
    Forecast f = (Forecast) forecaster.forecast(annual(2015, 70, 70, 70, 70, 70, 70), Period.ofYear(2022), 0, INF);
    assertThat(f.method()).isEqualTo("last value");
    assertThat(f.backtestError()).containsValues(0.0, 0.0, 0.0);
    assertThat(f.p95()).isEqualTo(new Interval(70, 70));
  }

  @Test
  void pointAndIntervalsAreClampedIntoTheValidRange() {
    // a share falling 10 points a year from 40: the linear trend reaches -10 in 2020, below the minimum 0
    Forecast f = (Forecast) forecaster.forecast(annual(2011, 80, 70, 60, 50, 40), Period.ofYear(2020), 0, 100);
    assertThat(f.method()).isEqualTo("linear trend");
    assertThat(f.point()).isEqualTo(0);
    assertThat(f.p95().lo()).isEqualTo(0);
  }
}
