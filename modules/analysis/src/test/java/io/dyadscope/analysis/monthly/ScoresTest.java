package io.dyadscope.analysis.monthly;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class ScoresTest {

  @Test
  void theCrpsOfAPointForecastIsItsAbsoluteError() {
    assertThat(Scores.crps(Predictive.pointMass(7), 3)).isEqualTo(4.0);
    assertThat(Scores.crps(Predictive.pointMass(7), 10)).isEqualTo(3.0);
    assertThat(Scores.crps(Predictive.pointMass(0), 0)).isEqualTo(0.0);
  }

  /**
   * The closed form of the Poisson CRPS used by the R package scoringRules ({@code crps_pois}; Jordan,
   * Krueger and Lerch 2019, J. Stat. Softw. 90(12)): {@code (y - l)(2F(y) - 1) + 2 l f(floor y)
   * - l exp(-2l)(I0(2l) + I1(2l))} with modified Bessel functions of the first kind. Independent of the
   * sum the code computes.
   */
  static double scoringRulesPoisson(int y, double lambda) {
    double cdf = 0;
    double pmf = 0;
    for (int k = 0; k <= y; k++) {
      pmf = Math.exp(k * Math.log(lambda) - lambda - logFactorial(k));
      cdf += pmf;
    }
    return (y - lambda) * (2 * cdf - 1) + 2 * lambda * pmf
        - lambda * Math.exp(-2 * lambda) * (besselI(0, 2 * lambda) + besselI(1, 2 * lambda));
  }

  private static double besselI(int n, double x) {
    double sum = 0;
    for (int k = 0; k < 80; k++) {
      sum += Math.exp((2 * k + n) * Math.log(x / 2) - logFactorial(k) - logFactorial(k + n));
    }
    return sum;
  }

  private static double logFactorial(int n) {
    double s = 0;
    for (int i = 2; i <= n; i++) {
      s += Math.log(i);
    }
    return s;
  }

  @Test
  void thePoissonCrpsAgreesWithScoringRulesClosedForm() {
    // values of the closed form, computed once by hand with Python: 0.4762223881973914 and 1.6285039000790493
    assertThat(Scores.crps(Predictive.poisson(1), 0)).isCloseTo(0.4762223881973914, within(1e-9));
    assertThat(Scores.crps(Predictive.poisson(4.5), 7)).isCloseTo(1.6285039000790493, within(1e-9));
    assertThat(Scores.crps(Predictive.poisson(3), 3)).isCloseTo(scoringRulesPoisson(3, 3), within(1e-9));
    assertThat(Scores.crps(Predictive.poisson(40), 25)).isCloseTo(scoringRulesPoisson(25, 40), within(1e-8));
  }

  @Test
  void ignoranceIsMinusTheBinaryLogarithmOfTheOutcomesProbability() {
    // P(X = 0) = e^-2 for a Poisson of mean 2: -log2(e^-2) = 2 / ln 2
    assertThat(Scores.ignorance(Predictive.poisson(2), 0)).isCloseTo(2.8853900817779268, within(1e-12));
    assertThat(Scores.ignorance(Predictive.empirical(new double[] {1, 1, 2, 3}), 1)).isCloseTo(1.0, within(1e-12));
  }

  @Test
  void anOutcomeTheForecastRuledOutCostsTheFloorNotInfinity() {
    assertThat(Scores.ignorance(Predictive.pointMass(5), 6)).isCloseTo(-Math.log(1e-4) / Math.log(2), within(1e-12));
  }

  @Test
  void theIntervalScoreIsTheWidthPlusTwoOverAlphaTimesTheMiss() {
    // Gneiting and Raftery (2007), eq. 43, for the central 90% interval [2, 8] (alpha = 0.1)
    assertThat(Scores.intervalScore(2, 8, 0.1, 5)).isEqualTo(6.0);
    assertThat(Scores.intervalScore(2, 8, 0.1, 0)).isCloseTo(46.0, within(1e-12));
    assertThat(Scores.intervalScore(2, 8, 0.1, 11)).isCloseTo(66.0, within(1e-12));
  }

  @Test
  void theIntervalScoreOfADistributionUsesItsCentralQuantiles() {
    Predictive f = Predictive.empirical(new double[] {0, 1, 2, 3, 4, 5, 6, 7, 8, 9});
    // 5% quantile 0, 95% quantile 9: width 9, y = 12 misses by 3
    assertThat(Scores.intervalScore(f, 0.1, 12)).isCloseTo(9 + 20 * 3, within(1e-12));
  }
}
