package io.dyadscope.corpus.agreement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Reference numbers from Krippendorff (1995: 57), "On the reliability of unitizing continuous
 * data": two coders cut a continuum of 24 into units, four examples A to D. Observed disagreements
 * are the paper's exactly; the expected ones are reached as the continuum is made finer (the paper's
 * units are continuous), here stretched 100,000 times.
 */
class UnitizedAlphaTest {

  static final long STRETCH = 100_000;

  /** {start, length} of coder 0's units, then of coder 1's, on a continuum of 24. */
  static final long[][][] A = {{{2, 8}, {14, 6}}, {{4, 4}, {15, 2}}};
  static final long[][][] B = {{{0, 18}}, {{0, 2}, {2, 1}, {3, 1}, {4, 1}, {5, 1}, {6, 3}, {9, 1}}};
  static final long[][][] C = {{{2, 6}, {10, 2}, {14, 4}, {20, 2}}, {{0, 2}, {4, 4}, {10, 4}, {16, 2}, {20, 2}}};
  static final long[][][] D = {{{0, 2}, {2, 8}, {10, 4}, {14, 6}, {20, 4}},
      {{0, 4}, {4, 4}, {8, 7}, {15, 2}, {17, 7}}};

  static UnitizedAlpha.Result example(long[][][] coders, long stretch) {
    List<UnitizedAlpha.Unit> units = new ArrayList<>();
    for (int c = 0; c < coders.length; c++) {
      for (long[] u : coders[c]) {
        units.add(new UnitizedAlpha.Unit(c, u[0] * stretch, (u[0] + u[1]) * stretch));
      }
    }
    return UnitizedAlpha.of(24 * stretch, coders.length, units);
  }

  @Test
  void observedDisagreementIsThePapers() {
    assertThat(example(A, 1).observed()).isCloseTo(0.03125, within(0.000005));
    assertThat(example(B, 1).observed()).isCloseTo(2.26736, within(0.000005));
    assertThat(example(C, 1).observed()).isCloseTo(0.02778, within(0.000005));
    assertThat(example(D, 1).observed()).isCloseTo(0.38715, within(0.000005));
  }

  @Test
  void exampleAAgreesModeratelyAsInThePaper() {
    UnitizedAlpha.Result r = example(A, STRETCH);
    assertThat(r.expected()).isCloseTo(0.06990, within(0.00005));
    assertThat(r.alpha()).isCloseTo(0.553, within(0.0005));
  }

  @Test
  void exampleDWithAdjacentUnitsIsNearChanceAsInThePaper() {
    UnitizedAlpha.Result r = example(D, STRETCH);
    assertThat(r.expected()).isCloseTo(0.41445, within(0.00005));
    assertThat(r.alpha()).isCloseTo(0.066, within(0.0005));
  }

  @Test
  void exampleBOneLongUnitAgainstManyShortOnesIsWorseThanChance() {
    // The paper prints 1.17731 and -0.926; its own formula gives 1.1758 and -0.928.
    UnitizedAlpha.Result r = example(B, STRETCH);
    assertThat(r.expected()).isCloseTo(1.1758, within(0.00005));
    assertThat(r.alpha()).isCloseTo(-0.928, within(0.0005));
  }

  @Test
  void exampleCKeepsTheWithinUnitTermThePaperDropsThere() {
    // The paper prints 0.08642 (alpha 0.679): 199.1 / 2304, without subtracting the units' l(l-1)
    // from mL(mL-1) as its examples A, B and D do; with it, 199.1 / 2200 = 0.0905.
    UnitizedAlpha.Result r = example(C, STRETCH);
    assertThat(r.expected()).isCloseTo(0.0905, within(0.00005));
    assertThat(r.alpha()).isCloseTo(0.693, within(0.0005));
  }

  @Test
  void identicalUnitsAgreePerfectly() {
    assertThat(example(new long[][][] {{{3, 5}, {12, 4}}, {{3, 5}, {12, 4}}}, 1).alpha()).isEqualTo(1.0);
  }

  @Test
  void overlappingUnitsOfOneCoderAreJoinedFirst() {
    List<UnitizedAlpha.Unit> split = List.of(new UnitizedAlpha.Unit(0, 2, 8), new UnitizedAlpha.Unit(0, 6, 10),
        new UnitizedAlpha.Unit(1, 2, 10));
    assertThat(UnitizedAlpha.of(24, 2, split).alpha()).isEqualTo(1.0);
  }

  @Test
  void withoutAnyUnitThereIsNothingToAgreeOn() {
    assertThat(UnitizedAlpha.of(24, 2, List.of()).alpha()).isNaN();
  }

  @Test
  void aUnitPastTheContinuumIsRefusedNamingIt() {
    assertThatThrownBy(() -> UnitizedAlpha.of(24, 2, List.of(new UnitizedAlpha.Unit(1, 20, 30))))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("unit [20, 30) of coder 1 ends past the continuum (24)");
  }
}
