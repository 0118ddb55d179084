package io.dyadscope.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The forecaster states its own method, so reports cannot drift from what it does. */
class ForecasterDescriptionTest {

  @Test
  void theDescriptionFollowsTheOptionsAndMethodsInUse() {
    Forecaster f = new Forecaster(new ForecastOptions(2, 4, 2),
        List.of(ForecastMethods.lastValue(), ForecastMethods.linearTrend()));
    assertThat(f.describe()).containsExactly(
        "A series with a single point gets no forecast.",
        "With 2 to 3 points the forecast is the last value, and its interval comes from the spread of past changes"
            + " scaled by Student's t (low confidence).",
        "From 4 points, last value and linear trend are compared in a rolling-origin backtest (trained on at least 2"
            + " points, scored up to 2 steps ahead); the method with the smallest mean absolute error is used, and its"
            + " 80% and 95% intervals come from its own backtest errors (moderate confidence below 10 points, high"
            + " from 10).",
        "Points and intervals are clipped to the values the indicator allows.");
    assertThat(f.methodNames()).containsExactly("last value", "linear trend");
    assertThat(f.options()).isEqualTo(new ForecastOptions(2, 4, 2));
  }

  @Test
  void theStandardForecasterNamesItsThreeMethods() {
    assertThat(Forecaster.standard().describe().get(2)).startsWith("From 5 points, last value, linear trend and"
        + " damped trend are compared");
  }
}
