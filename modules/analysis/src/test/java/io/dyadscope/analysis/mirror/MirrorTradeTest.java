package io.dyadscope.analysis.mirror;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.dyadscope.evidence.Dyad;
import io.dyadscope.evidence.Observation;
import io.dyadscope.evidence.Period;
import io.dyadscope.evidence.Status;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Synthetic trade figures, made up for these tests. */
class MirrorTradeTest {

  private static final Dyad D = Dyad.parse("PAK-AFG");
  private final MirrorTrade mirror = new MirrorTrade(MirrorPolicy.standard());

  private static Observation obs(String indicator, int year, double value, String source) {
    return new Observation(indicator, "PAK-AFG", "PAK-AFG", Period.ofYear(year), value, "USD million", Status.OBSERVED,
        source, "", "", "");
  }

  private static Optional<String> reporter(String source) {
    return source.startsWith("rep-") ? Optional.of(source.substring(4)) : Optional.empty();
  }

  @Test
  void theStandardPolicyStatesItsMarginThresholdAndReasoning() {
    assertThat(MirrorPolicy.standard().cifFobMargin()).isEqualTo(0.05);
    assertThat(MirrorPolicy.standard().threshold()).isEqualTo(0.20);
    assertThat(MirrorPolicy.standard().reasoning()).contains("CIF").contains("FOB");
  }

  @Test
  void exportsAndMirrorImportsStandSideBySideWithGapAndRatio() {
    List<ReportedFlow> flows = MirrorTrade.flows(D, List.of(obs("trade.exports", 2022, 1000, "rep-PAK"),
        obs("trade.exports", 2022, 1080, "rep-AFG"), obs("trade.exports", 2022, 1900, "wb-2023")), MirrorTradeTest::reporter);
    MirrorRow r = mirror.compare(flows).get(0);
    assertThat(r.exporter()).isEqualTo("PAK");
    assertThat(r.importer()).isEqualTo("AFG");
    assertThat(r.gap()).isEqualTo(80);
    assertThat(r.ratio()).isEqualTo(1.08);
    assertThat(r.adjustedGap()).isCloseTo(1.08 / 1.05 - 1, within(1e-12));
    assertThat(r.flagged()).isFalse();
    assertThat(r.reading()).isEqualTo("AFG's reported imports are 8.0% above PAK's reported exports (ratio 1.08),"
        + " within 20.0% of the 5.0% CIF/FOB margin");
  }

  @Test
  void aGapBeyondTheThresholdIsFlaggedInEitherDirection() {
    List<MirrorRow> rows = mirror.compare(MirrorTrade.flows(D, List.of(
        obs("trade.exports", 2021, 1000, "rep-PAK"), obs("trade.exports", 2021, 1400, "rep-AFG"),
        obs("trade.imports", 2021, 300, "rep-PAK"), obs("trade.imports", 2021, 500, "rep-AFG")), MirrorTradeTest::reporter));
    assertThat(rows).extracting(MirrorRow::exporter, MirrorRow::flagged)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("PAK", true), org.assertj.core.groups.Tuple.tuple("AFG", true));
    assertThat(rows.get(0).reading()).isEqualTo("AFG's reported imports are 40.0% above PAK's reported exports (ratio"
        + " 1.40); after the 5.0% CIF/FOB margin 33.3% more remains, beyond the 20.0% threshold: more recorded"
        + " entering than leaving, which valuation does not explain");
    assertThat(rows.get(1).ratio()).isEqualTo(0.6);
    assertThat(rows.get(1).reading()).contains("40.0% below AFG's reported exports").contains("less recorded entering");
  }

  @Test
  void aFlowReportedByOneSideOnlyHasNoComparison() {
    MirrorRow r = mirror.compare(MirrorTrade.flows(D, List.of(obs("trade.exports", 2020, 900, "rep-PAK")),
        MirrorTradeTest::reporter)).get(0);
    assertThat(r.complete()).isFalse();
    assertThat(r.gap()).isNaN();
    assertThat(r.reading()).isEqualTo("AFG reports no imports from PAK for 2020: no mirror comparison");
  }

  @Test
  void oneSideReportingAFlowTwiceInOneDatasetIsRefused() {
    List<ReportedFlow> twice = List.of(
        new ReportedFlow("PAK", "AFG", Period.ofYear(2022), 1, "USD million", "PAK", "comtrade-PAK"),
        new ReportedFlow("PAK", "AFG", Period.ofYear(2022), 2, "USD million", "PAK", "comtrade-PAK"));
    assertThatThrownBy(() -> mirror.compare(twice))
        .hasMessage("PAK reports the flow PAK -> AFG in 2022 twice: comtrade-PAK and comtrade-PAK");
  }

  @Test
  void reportsArePairedWithinTheirDataset() {
    List<MirrorRow> rows = mirror.compare(List.of(
        new ReportedFlow("PAK", "AFG", Period.ofYear(2020), 870.9, "USD million", "PAK", "imf-dots-PAK"),
        new ReportedFlow("PAK", "AFG", Period.ofYear(2020), 900, "USD million", "PAK", "comtrade-PAK"),
        new ReportedFlow("PAK", "AFG", Period.ofYear(2020), 732.2, "USD million", "AFG", "imf-dots-AFG"),
        new ReportedFlow("PAK", "AFG", Period.ofYear(2020), 950, "USD million", "AFG", "comtrade-AFG")));
    assertThat(rows).hasSize(2);
    assertThat(rows.get(0).exportReport().orElseThrow().sourceId()).isEqualTo("imf-dots-PAK");
    assertThat(rows.get(0).importReport().orElseThrow().sourceId()).isEqualTo("imf-dots-AFG");
    assertThat(rows.get(0).gap()).isEqualTo(-138.7);
    assertThat(rows.get(1).importReport().orElseThrow().sourceId()).isEqualTo("comtrade-AFG");
    assertThat(rows.get(1).gap()).isEqualTo(50);
  }
}
