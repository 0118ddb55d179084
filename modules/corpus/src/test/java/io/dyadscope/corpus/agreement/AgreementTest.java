package io.dyadscope.corpus.agreement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.dyadscope.corpus.Coding;
import io.dyadscope.corpus.Segment;
import io.dyadscope.corpus.SegmentUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AgreementTest {

  /**
   * Krippendorff, K. (2011). Computing Krippendorff's Alpha-Reliability. Annenberg School for
   * Communication, University of Pennsylvania. Example C, "nominal data, any number of observers,
   * missing data": four observers, twelve units; the paper gives alpha = 0.743.
   */
  @Test
  void krippendorffAlphaMatchesThePublishedNominalExampleWithMissingData() {
    String[] a = {"1", "2", "3", "3", "2", "1", "4", "1", "2", null, null, null};
    String[] b = {"1", "2", "3", "3", "2", "2", "4", "1", "2", "5", null, "3"};
    String[] c = {null, "3", "3", "3", "2", "3", "4", "2", "2", "5", "1", null};
    String[] d = {"1", "2", "3", "3", "2", "4", "4", "1", "2", "5", "1", null};
    List<List<String>> units = new ArrayList<>();
    for (int u = 0; u < 12; u++) {
      units.add(Arrays.asList(a[u], b[u], c[u], d[u]));
    }
    assertThat(KrippendorffAlpha.nominal(units)).isCloseTo(0.743, within(0.0005));
  }

  /**
   * Krippendorff (2011), example A, "binary data, two observers, no missing data": ten units; the
   * paper gives alpha = 0.095.
   */
  @Test
  void krippendorffAlphaMatchesThePublishedBinaryTwoObserverExample() {
    String a = "0100000010";
    String b = "1110010000";
    List<List<String>> units = new ArrayList<>();
    for (int u = 0; u < 10; u++) {
      units.add(List.of(a.substring(u, u + 1), b.substring(u, u + 1)));
    }
    assertThat(KrippendorffAlpha.nominal(units)).isCloseTo(0.095, within(0.0005));
  }

  /**
   * The worked example of the Wikipedia article "Cohen's kappa" (section "Simple example"): 50
   * grant proposals, both readers yes 20, A yes and B no 5, A no and B yes 10, both no 15: po = 0.7,
   * pe = 0.5, kappa = 0.4.
   */
  @Test
  void cohensKappaMatchesTheWorkedExample() {
    assertThat(CohenKappa.binary(20, 5, 10, 15)).isCloseTo(0.4, within(1e-12));
    List<String> a = new ArrayList<>();
    List<String> b = new ArrayList<>();
    add(a, b, "yes", "yes", 20);
    add(a, b, "yes", "no", 5);
    add(a, b, "no", "yes", 10);
    add(a, b, "no", "no", 15);
    assertThat(CohenKappa.of(a, b)).isCloseTo(0.4, within(1e-12));
  }

  @Test
  void kappaIsUndefinedWhenBothCodersUseOneCategoryThroughout() {
    assertThat(CohenKappa.of(List.of("x", "x"), List.of("x", "x"))).isNaN();
  }

  @Test
  void codersAreComparedPerSentenceAndPerCode() {
    Map<String, List<Segment>> units = Map.of("d", List.of(new Segment("d", SegmentUnit.sentence, 0, 0, 10),
        new Segment("d", SegmentUnit.sentence, 1, 11, 20), new Segment("d", SegmentUnit.sentence, 2, 21, 30),
        new Segment("d", SegmentUnit.sentence, 3, 31, 40)));
    List<Coding> a = List.of(Coding.human("d", 0, 20, "x", "ann"), Coding.human("d", 31, 35, "y", "ann"));
    List<Coding> b = List.of(Coding.human("d", 2, 5, "x", "bob"), Coding.human("d", 21, 40, "y", "bob"));
    CoderAgreement.Report r = CoderAgreement.compare("ann", a, "bob", b, units, Map.of("d", 40), List.of("x", "y"));
    assertThat(r.units()).isEqualTo(4);
    assertThat(r.documents()).isEqualTo(1);
    CoderAgreement.CodeAgreement x = r.perCode().get(0);
    assertThat(List.of(x.both(), x.onlyA(), x.onlyB(), x.neither())).containsExactly(1, 1, 0, 2);
    assertThat(x.kappa()).isCloseTo(CohenKappa.binary(1, 1, 0, 2), within(1e-12)).isCloseTo(0.5, within(1e-12));
    CoderAgreement.CodeAgreement y = r.perCode().get(1);
    assertThat(List.of(y.both(), y.onlyA(), y.onlyB(), y.neither())).containsExactly(1, 0, 1, 2);
    // where the passages lie: x is [0,20) against [2,5); on the continuum of the one document of 40
    assertThat(x.unitizedAlpha()).isCloseTo(UnitizedAlpha.of(40, 2, List.of(new UnitizedAlpha.Unit(0, 0, 20),
        new UnitizedAlpha.Unit(1, 2, 5))).alpha(), within(1e-12));
  }

  @Test
  void codersWhoMarkTheSamePassagesAgreePerfectlyWhenUnitized() {
    Map<String, List<Segment>> units = Map.of("d", List.of(new Segment("d", SegmentUnit.sentence, 0, 0, 40)));
    List<Coding> a = List.of(Coding.human("d", 5, 12, "x", "ann"));
    List<Coding> b = List.of(Coding.human("d", 5, 12, "x", "bob"));
    assertThat(CoderAgreement.compare("ann", a, "bob", b, units, Map.of("d", 40), List.of("x")).perCode().get(0)
        .unitizedAlpha()).isEqualTo(1.0);
  }

  private static void add(List<String> a, List<String> b, String x, String y, int n) {
    a.addAll(Collections.nCopies(n, x));
    b.addAll(Collections.nCopies(n, y));
  }
}
