package io.dyadscope.analysis.monthly;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class PredictiveTest {

  @Test
  void aPoissonHoldsItsMassAndMean() {
    Predictive p = Predictive.poisson(3.5);
    assertThat(p.cdf(p.max())).isEqualTo(1.0);
    assertThat(p.mean()).isCloseTo(3.5, within(1e-8));
    assertThat(p.probability(0)).isCloseTo(Math.exp(-3.5), within(1e-15));
  }

  @Test
  void aLargePoissonMeanDoesNotUnderflow() {
    Predictive p = Predictive.poisson(2000);
    assertThat(p.mean()).isCloseTo(2000, within(1e-6));
    assertThat(p.quantile(0.5)).isEqualTo(2000);
  }

  @Test
  void theNegativeBinomialHasTheVarianceOfItsSize() {
    Predictive nb = Predictive.negativeBinomial(6, 2);
    double mean = nb.mean();
    double var = 0;
    for (int k = 0; k <= nb.max(); k++) {
      var += (k - mean) * (k - mean) * nb.probability(k);
    }
    assertThat(mean).isCloseTo(6, within(1e-7));
    assertThat(var).isCloseTo(6 + 36 / 2.0, within(1e-5));
    // P(X = 0) = (size / (size + mean))^size = (2/8)^2
    assertThat(nb.probability(0)).isCloseTo(0.0625, within(1e-15));
  }

  @Test
  void aNegativeBinomialOfVeryLargeSizeIsThePoisson() {
    // log-gamma differences of a size of 1e12 would cancel; the recurrence does not
    Predictive nb = Predictive.negativeBinomial(0.7, 1e12);
    Predictive p = Predictive.poisson(0.7);
    for (int k = 0; k <= 5; k++) {
      assertThat(nb.probability(k)).isCloseTo(p.probability(k), within(1e-9));
    }
    assertThat(nb.cdf(nb.max())).isEqualTo(1.0);
  }

  @Test
  void quantilesAreTheSmallestCountsReachingTheLevel() {
    Predictive e = Predictive.empirical(new double[] {1, 1, 2, 5});
    assertThat(e.quantile(0.25)).isEqualTo(1);
    assertThat(e.quantile(0.5)).isEqualTo(1);
    assertThat(e.quantile(0.51)).isEqualTo(2);
    assertThat(e.quantile(0.9)).isEqualTo(5);
    assertThat(e.interval(0.5)).containsExactly(1, 2);
  }

  @Test
  void negativeValuesCountAsZero() {
    Predictive e = Predictive.empirical(new double[] {-3, 2});
    assertThat(e.probability(0)).isEqualTo(0.5);
  }

  @Test
  void aMixtureAveragesTheProbabilities() {
    Predictive m = Predictive.mixture(List.of(Predictive.pointMass(0), Predictive.pointMass(3)));
    assertThat(m.probability(0)).isEqualTo(0.5);
    assertThat(m.probability(3)).isEqualTo(0.5);
    assertThat(m.mean()).isEqualTo(1.5);
  }

  @Test
  void anInvalidParameterIsRefused() {
    assertThatThrownBy(() -> Predictive.poisson(-1)).hasMessageContaining("Poisson mean");
    assertThatThrownBy(() -> Predictive.negativeBinomial(2, 0)).hasMessageContaining("size > 0");
  }
}
