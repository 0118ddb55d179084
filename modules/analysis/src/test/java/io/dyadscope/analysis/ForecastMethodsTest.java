package io.dyadscope.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class ForecastMethodsTest {

  @Test
  void lastValueRepeatsTheLastValue() {
    double[] f = ForecastMethods.lastValue().forecast(new double[] {2019, 2021}, new double[] {1700, 1200},
        new double[] {2022, 2030});
    assertThat(f).containsExactly(1200, 1200);
  }

  @Test
  void linearTrendIsOrdinaryLeastSquaresOnIrregularTimes() {
    // t = 2019, 2021, 2022, mean 2020 2/3; y = 1700, 1200, 1900, mean 1600
    // Sty = (-5/3)(100) + (1/3)(-400) + (4/3)(300) = 100; Stt = (25 + 1 + 16)/9 = 14/3
    // slope = 100 / (14/3) = 150/7; at 2024: 1600 + 150/7 * 10/3 = 1600 + 500/7 = 11700/7
    double[] f = ForecastMethods.linearTrend().forecast(new double[] {2019, 2021, 2022},
        new double[] {1700, 1200, 1900}, new double[] {2024});
    assertThat(f[0]).isCloseTo(11700.0 / 7, within(1e-9));
  }

  @Test
  void dampedTrendWithFixedParametersFollowsHoltsRecursion() {
    // y = 10, 12, 13, 15; alpha = beta = 0.5, phi = 0.9; l0 = 10, b0 = 2
    // t1: l = .5*12 + .5*(10 + 1.8) = 11.9;             b = .5*(11.9 - 10) + .5*.9*2 = 1.85
    // t2: l = .5*13 + .5*(11.9 + 1.665) = 13.2825;      b = .5*1.3825 + .5*.9*1.85 = 1.52375
    // t3: l = .5*15 + .5*(13.2825 + 1.371375) = 14.8269375; b = .5*1.5444375 + .5*.9*1.52375 = 1.45790625
    // h=1: 14.8269375 + .9*1.45790625 = 16.139053125; h=2: + .81*1.45790625 = 17.3199571875
    double[] f = ForecastMethods.dampedTrend(0.5, 0.5, 0.9).forecast(new double[] {2000, 2001, 2002, 2003},
        new double[] {10, 12, 13, 15}, new double[] {2004, 2005});
    assertThat(f[0]).isCloseTo(16.139053125, within(1e-12));
    assertThat(f[1]).isCloseTo(17.3199571875, within(1e-12));
  }

  @Test
  void dampedTrendChoosesTheParametersWithTheLeastOneStepError() {
    // Independent grid search (Python) over the 36 combinations on y = 100, 130, 150, 160, 165:
    // least sum of squared one-step errors (t = 2..4) is 100.43012 at alpha 0.2, beta 0.1, phi 0.8,
    // ending at level 171.6394206208, trend 12.23595906048;
    // 2020: 171.6394206208 + .8*12.23595906048 = 181.42818786918; 2021: + .64*12.23595906048 = 189.25920166789
    double[] t = {2015, 2016, 2017, 2018, 2019};
    double[] y = {100, 130, 150, 160, 165};
    double[] future = {2020, 2021};
    double[] f = ForecastMethods.dampedTrend().forecast(t, y, future);
    assertThat(f[0]).isCloseTo(181.42818786918, within(1e-9));
    assertThat(f[1]).isCloseTo(189.25920166789, within(1e-9));
    assertThat(f).containsExactly(ForecastMethods.dampedTrend(0.2, 0.1, 0.8).forecast(t, y, future));
  }

  @Test
  void dampedTrendFillsGapsByLinearInterpolation() {
    // 2000, 2002, 2003 is put on the yearly grid with 2001 = (10 + 14) / 2 = 12
    double[] withGap = ForecastMethods.dampedTrend().forecast(new double[] {2000, 2002, 2003},
        new double[] {10, 14, 13}, new double[] {2005});
    double[] filled = ForecastMethods.dampedTrend().forecast(new double[] {2000, 2001, 2002, 2003},
        new double[] {10, 12, 14, 13}, new double[] {2005});
    assertThat(withGap).containsExactly(filled);
  }

  @Test
  void dampedTrendStepsByTheCommonGap() {
    // five-yearly data is a regular series with step 5, not one with four missing years between points
    double[] fiveYearly = ForecastMethods.dampedTrend(0.5, 0.5, 0.9).forecast(new double[] {2000, 2005, 2010, 2015},
        new double[] {10, 12, 13, 15}, new double[] {2020});
    assertThat(fiveYearly[0]).isCloseTo(16.139053125, within(1e-12));
  }

  @Test
  void dampedTrendOfAConstantSeriesIsThatConstant() {
    double[] f = ForecastMethods.dampedTrend().forecast(new double[] {1, 2, 3, 4}, new double[] {7, 7, 7, 7},
        new double[] {9});
    assertThat(f).containsExactly(7);
  }

  @Test
  void dampedTrendOfTwoPointsIsTheLinearTrend() {
    double[] f = ForecastMethods.dampedTrend().forecast(new double[] {2020, 2022}, new double[] {10, 14},
        new double[] {2023});
    assertThat(f).containsExactly(16);
  }

  @Test
  void futureTimesMustFollowTheData() {
    assertThatThrownBy(() -> ForecastMethods.linearTrend().forecast(new double[] {2020, 2022},
        new double[] {1, 2}, new double[] {2021}))
        .hasMessageContaining("future time 2021.0 is not after the last time 2022.0");
  }

  @Test
  void standardMethodsAreInTieBreakingOrder() {
    assertThat(ForecastMethods.standard()).extracting(ForecastMethod::name)
        .containsExactly("last value", "linear trend", "damped trend");
  }
}
