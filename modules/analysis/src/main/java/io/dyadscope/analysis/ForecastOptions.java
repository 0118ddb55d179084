package io.dyadscope.analysis;

/**
 * Settings of the {@link Forecaster}.
 *
 * @param minTrain          fewest points a method is fitted on in the backtest, at least 2
 * @param minBacktestPoints fewest points for which methods are backtested and compared, above {@code minTrain}
 * @param maxHorizon        furthest step ahead scored from each backtest origin, at least 1
 */
public record ForecastOptions(int minTrain, int minBacktestPoints, int maxHorizon) {

  public ForecastOptions {
    if (minTrain < 2) {
      throw new IllegalArgumentException("minTrain must be at least 2: " + minTrain);
    }
    if (minBacktestPoints <= minTrain) {
      throw new IllegalArgumentException("minBacktestPoints " + minBacktestPoints
          + " must exceed minTrain " + minTrain + " to leave points to test on");
    }
    if (maxHorizon < 1) {
      throw new IllegalArgumentException("maxHorizon must be at least 1: " + maxHorizon);
    }
  }

  /** Train on at least 3 points, backtest from 5 points, score up to 3 steps ahead. */
  public static ForecastOptions defaults() {
    return new ForecastOptions(3, 5, 3);
  }
}
