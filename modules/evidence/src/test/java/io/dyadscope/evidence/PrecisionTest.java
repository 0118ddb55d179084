package io.dyadscope.evidence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class PrecisionTest {

  @Test
  void trailingZerosOfAWholeNumberAreNotSignificant() {
    assertThat(Precision.halfUnit(1400000)).isEqualTo(50000);  // 1.4 million: unit 100000
    assertThat(Precision.halfUnit(1420000)).isEqualTo(5000);   // 1.42 million: unit 10000
    assertThat(Precision.halfUnit(1700)).isEqualTo(50);
    assertThat(Precision.halfUnit(1750)).isEqualTo(5);
    assertThat(Precision.halfUnit(290)).isEqualTo(5);
  }

  @Test
  void theLastWrittenDigitSetsTheUnit() {
    assertThat(Precision.halfUnit(65)).isEqualTo(0.5);
    assertThat(Precision.halfUnit(1.5)).isEqualTo(0.05, org.assertj.core.data.Offset.offset(1e-15));
    assertThat(Precision.halfUnit(0.8)).isEqualTo(0.05, org.assertj.core.data.Offset.offset(1e-15));
    assertThat(Precision.halfUnit(-1.25)).isEqualTo(0.005, org.assertj.core.data.Offset.offset(1e-15));
    assertThat(Precision.halfUnit(0)).isEqualTo(0.5);
  }

  @Test
  void valuesAgreeWithinTheCoarserHalfUnit() {
    assertThat(Precision.agree(1400000, 1420000)).isTrue();  // |20000| <= 50000
    assertThat(Precision.agree(1700, 1750)).isTrue();        // |50| <= max(50, 5), on the boundary
    assertThat(Precision.agree(1.45, 1.5)).isTrue();         // |0.05| <= 0.05 despite binary rounding
    assertThat(Precision.agree(1900, 2000)).isTrue();        // "2000" stands for 1500..2500
    assertThat(Precision.agree(1900, 2400)).isFalse();       // |500| > max(50, 50)
    assertThat(Precision.agree(1750, 1760)).isFalse();       // |10| > max(5, 5)
  }

  @Test
  void aNumberThatIsNotFiniteHasNoPrecision() {
    assertThatThrownBy(() -> Precision.halfUnit(Double.NaN)).hasMessageContaining("NaN");
  }
}
