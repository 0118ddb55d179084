package io.dyadscope.analysis.monthly;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.YearMonth;
import org.junit.jupiter.api.Test;

class RollingOriginTest {

  private static MonthlySeries series(double... v) {
    return new MonthlySeries("synthetic", YearMonth.of(2020, 1), v);
  }

  @Test
  void eachOriginForecastsFromTheMonthsBeforeItOnly() {
    // one horizon, first origin after 2 months, no-change spread from 2 months (a single change):
    // origin 2 sees 2, 5: point 8, outcome 6, CRPS 2; origin 3 sees 5, 6: point 7, outcome 4, CRPS 3
    MonthlyOptions o = new MonthlyOptions(1, 2, 2, 2, 2, 0.1);
    Evaluation e = RollingOrigin.evaluate(series(2, 5, 6, 4), o);
    Evaluation.Score s = e.score(MonthlyModel.NO_CHANGE, 1);
    assertThat(s.forecasts()).isEqualTo(2);
    assertThat(s.crps()).isCloseTo(2.5, within(1e-12));
    // interval of a point is the point: width 0 plus 2/0.1 times the miss: 20 * 2 and 20 * 3
    assertThat(s.interval()).isCloseTo(50, within(1e-12));
    assertThat(s.coverage()).isEqualTo(0.0);
    assertThat(e.origins()).isEqualTo(2);
    assertThat(e.first()).isEqualTo(YearMonth.of(2020, 3));
  }

  @Test
  void longerHorizonsHaveFewerForecasts() {
    Evaluation e = RollingOrigin.evaluate(series(1, 2, 3, 4, 5, 6, 7, 8), new MonthlyOptions(3, 2, 2, 3, 4, 0.1));
    assertThat(e.score(MonthlyModel.POISSON, 1).forecasts()).isEqualTo(4);
    assertThat(e.score(MonthlyModel.POISSON, 3).forecasts()).isEqualTo(2);
  }

  @Test
  void aSteadyTrendIsForecastBestByNoChangeSpreadByItsChanges() {
    double[] v = new double[60];
    for (int i = 0; i < v.length; i++) {
      v[i] = 10 + i;
    }
    Evaluation e = RollingOrigin.evaluate(series(v), MonthlyOptions.standard());
    assertThat(e.score(MonthlyModel.NO_CHANGE, 1).crps()).isEqualTo(0.0);
    assertThat(e.best()).isEqualTo(MonthlyModel.NO_CHANGE);
    assertThat(e.sentence()).contains("no model forecast better than the no-change baseline");
  }

  @Test
  void theSameSeriesGivesTheSameNumbers() {
    double[] v = new double[120];
    for (int i = 0; i < v.length; i++) {
      v[i] = (i * 37 % 23) + (i % 12 == 0 ? 40 : 0);
    }
    assertThat(RollingOrigin.evaluate(series(v), MonthlyOptions.standard()))
        .isEqualTo(RollingOrigin.evaluate(series(v.clone()), MonthlyOptions.standard()));
  }

  @Test
  void aSeriesShorterThanTheFirstOriginIsUntested() {
    Evaluation e = RollingOrigin.evaluate(series(1, 2, 3), MonthlyOptions.standard());
    assertThat(e.isEmpty()).isTrue();
    assertThat(e.sentence()).startsWith("The series is too short to test the forecasts");
  }

  @Test
  void aModelThatBeatsBothBaselinesIsSaidToWithItsMargins() {
    // counts scattered around 20 with no trend: last month is a poor guide, the mean a good one
    double[] v = new double[120];
    for (int i = 0; i < v.length; i++) {
      v[i] = 20 + ((i * 7919) % 13) - 6;
    }
    Evaluation e = RollingOrigin.evaluate(series(v), MonthlyOptions.standard());
    assertThat(e.meanSkill(e.best(), MonthlyModel.NO_CHANGE)).isPositive();
    assertThat(e.sentence()).contains("lower than the no-change baseline's");
  }
}
