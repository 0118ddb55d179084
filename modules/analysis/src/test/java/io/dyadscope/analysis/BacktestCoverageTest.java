package io.dyadscope.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The empirical coverage of backtest intervals, on series whose coverage is known: one where every
 * interval can be worked out by hand, and a Gaussian random walk, where intervals drawn from the
 * naive forecast's past errors must hold about as often as they claim.
 */
class BacktestCoverageTest {

  /** Last value only, one step ahead, trained on at least 2 points: the errors are the series' own steps. */
  private static final Forecaster NAIVE_ONE_STEP =
      new Forecaster(new ForecastOptions(2, 3, 1), List.of(ForecastMethods.lastValue()));

  /**
   * Steps (one-step errors of the last value) 1, -1, 1, 1.5, -1, 3, 1. The first three are not judged
   * (fewer than 3 earlier errors). Then: 1.5 against RMS(1, -1, 1) = 1: outside 1.2816, inside 1.96;
   * -1 against RMS 1.1456: inside both; 3 against RMS 1.1180 (95% half-width 2.19): outside both;
   * 1 against RMS 1.5943: inside both. So 4 judged, 2 inside the 80% interval, 3 inside the 95%.
   */
  @Test
  void coverageWorkedOutByHand() {
    Series s = ForecasterTest.annual(2000, 0, 0, 1, 0, 1, 2.5, 1.5, 4.5, 5.5);
    List<MethodBacktest> runs = NAIVE_ONE_STEP.backtest(s);
    assertThat(runs).hasSize(1);
    MethodBacktest b = runs.get(0);
    assertThat(b.method()).isEqualTo("last value");
    assertThat(b.forecasts()).isEqualTo(7);
    assertThat(b.meanAbsoluteError()).isCloseTo(9.5 / 7, within(1e-12));
    assertThat(b.judged()).isEqualTo(4);
    assertThat(b.held80()).isEqualTo(2);
    assertThat(b.held95()).isEqualTo(3);
    assertThat(b.coverage80()).isEqualTo(0.5);
    assertThat(b.coverage95()).isEqualTo(0.75);
  }

  @Test
  void aGaussianRandomWalkIsCoveredAboutAsOftenAsClaimed() {
    Random r = new Random(20241207L);
    double[] y = new double[400];
    for (int i = 1; i < y.length; i++) {
      y[i] = y[i - 1] + r.nextGaussian();
    }
    MethodBacktest b = NAIVE_ONE_STEP.backtest(ForecasterTest.annual(1800, y)).get(0);
    assertThat(b.judged()).isEqualTo(y.length - 2 - 3);
    assertThat(b.coverage80()).isCloseTo(0.80, within(0.03));
    assertThat(b.coverage95()).isCloseTo(0.95, within(0.02));
  }

  @Test
  void errorsTwiceAsLargeAsBeforeBreakTheIntervals() {
    // a calm walk (steps of 1) then a rough one (steps of 3): intervals drawn from the calm past miss
    double[] y = new double[40];
    for (int i = 1; i < y.length; i++) {
      y[i] = y[i - 1] + (i < 20 ? (i % 2 == 0 ? 1 : -1) : (i % 2 == 0 ? 3 : -3));
    }
    MethodBacktest b = NAIVE_ONE_STEP.backtest(ForecasterTest.annual(1900, y)).get(0);
    assertThat(b.coverage95()).isLessThan(0.9);
  }

  @Test
  void aSeriesTooShortForABacktestHasNone() {
    assertThat(Forecaster.standard().backtest(ForecasterTest.annual(2020, 1, 2, 3, 4))).isEmpty();
  }

  @Test
  void everyStandardMethodIsBacktestedWithTheNaiveOneFirst() {
    List<MethodBacktest> runs = Forecaster.standard().backtest(ForecasterTest.annual(2000, 5, 7, 6, 9, 8, 11, 10, 13));
    assertThat(runs).extracting(MethodBacktest::method).containsExactly("last value", "linear trend", "damped trend");
  }
}
