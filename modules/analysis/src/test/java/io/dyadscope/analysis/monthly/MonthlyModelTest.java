package io.dyadscope.analysis.monthly;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class MonthlyModelTest {

  private static final MonthlyOptions SHORT = new MonthlyOptions(2, 3, 4, 4, 2, 0.1);

  @Test
  void noChangeAddsEachPastChangeOfTheHorizonToTheLastCount() {
    // the last 4 months are 4, 0, 2, 10: changes over 1 month -4, +2, +8, each added to 10
    List<Predictive> f = MonthlyModel.NO_CHANGE.forecast(new double[] {9, 0, 4, 0, 2, 10}, SHORT);
    assertThat(f.get(0).probability(6)).isCloseTo(1 / 3.0, within(1e-12));
    assertThat(f.get(0).probability(12)).isCloseTo(1 / 3.0, within(1e-12));
    assertThat(f.get(0).probability(18)).isCloseTo(1 / 3.0, within(1e-12));
    // changes over 2 months: 2 - 4 = -2, 10 - 0 = +10
    assertThat(f.get(1).probability(8)).isEqualTo(0.5);
    assertThat(f.get(1).probability(20)).isEqualTo(0.5);
  }

  @Test
  void noChangeWithoutPastChangesIsThePointOfTheLastCount() {
    assertThat(MonthlyModel.NO_CHANGE.forecast(new double[] {7}, SHORT).get(1).probability(7)).isEqualTo(1.0);
  }

  @Test
  void poissonUsesTheMeanOfItsWindow() {
    Predictive p = MonthlyModel.POISSON.forecast(new double[] {100, 1, 2, 3}, SHORT).get(0);
    assertThat(p.mean()).isCloseTo(2, within(1e-8));
  }

  @Test
  void theNegativeBinomialIsFittedByMoments() {
    // last 4 months 0, 10, 0, 10: mean 5, variance 33.33, size 25 / 28.33
    Predictive nb = MonthlyModel.NEGATIVE_BINOMIAL.forecast(new double[] {50, 0, 10, 0, 10}, SHORT).get(0);
    double size = 25 / (100 / 3.0 - 5);
    assertThat(nb.probability(0)).isCloseTo(Math.pow(size / (size + 5), size), within(1e-12));
    assertThat(MonthlyModel.NEGATIVE_BINOMIAL.basis(new double[] {50, 0, 10, 0, 10}, SHORT))
        .isEqualTo("negative binomial on the last 4 months: mean 5, size 0.882");
  }

  @Test
  void anUnderDispersedWindowFallsBackToPoisson() {
    Predictive nb = MonthlyModel.NEGATIVE_BINOMIAL.forecast(new double[] {4, 5, 4, 5}, SHORT).get(0);
    assertThat(nb.probability(0)).isCloseTo(Math.exp(-4.5), within(1e-15));
  }

  @Test
  void theEnsembleIsTheEqualMixtureOfTheOthers() {
    double[] h = {3, 0, 4, 1, 5, 9};
    Predictive e = MonthlyModel.ENSEMBLE.forecast(h, SHORT).get(0);
    double expected = (MonthlyModel.NO_CHANGE.forecast(h, SHORT).get(0).probability(4)
        + MonthlyModel.POISSON.forecast(h, SHORT).get(0).probability(4)
        + MonthlyModel.NEGATIVE_BINOMIAL.forecast(h, SHORT).get(0).probability(4)) / 3;
    assertThat(e.probability(4)).isCloseTo(expected, within(1e-15));
  }
}
