package io.dyadscope.evidence.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NumbersTest {

  @Test
  void plainGroupsThousandsAndWritesMillionsInWords() {
    assertThat(Figures.plain(1900)).isEqualTo("1,900");
    assertThat(Figures.plain(1_420_000)).isEqualTo("1.42 million");
    assertThat(Figures.plain(1_400_000)).isEqualTo("1.4 million");
    assertThat(Figures.plain(2_500_000_000.0)).isEqualTo("2.5 billion");
    assertThat(Figures.plain(0.8)).isEqualTo("0.8");
    assertThat(Figures.plain(-1050)).isEqualTo("-1,050");
  }

  @Test
  void tableCellsKeepEveryDigit() {
    assertThat(Figures.cell(1_420_000)).isEqualTo("1,420,000");
    assertThat(Figures.cell(-1.4)).isEqualTo("-1.4");
    assertThat(Figures.cell(12.0)).isEqualTo("12");
  }

  @Test
  void percentagesDropDecimalsFromTen() {
    assertThat(Figures.percentMagnitude(-29.41)).isEqualTo("29%");
    assertThat(Figures.percentMagnitude(58.33)).isEqualTo("58%");
    assertThat(Figures.percent(-1.408)).isEqualTo("-1.4%");
    assertThat(Figures.percent(6.45)).isEqualTo("6.5%");
  }

  @Test
  void valuesTakeTheirUnit() {
    assertThat(Figures.withUnit(1900, "USD million")).isEqualTo("USD 1,900 million");
    assertThat(Figures.withUnit(-150, "USD million")).isEqualTo("-USD 150 million");
    assertThat(Figures.withUnit(60, "percent")).isEqualTo("60%");
    assertThat(Figures.withUnit(1_420_000, "count")).isEqualTo("1.42 million");
    assertThat(Figures.withUnit(3, "tonnes")).isEqualTo("3 tonnes");
  }

  @Test
  void rangesRoundBothBoundsAlike() {
    assertThat(Figures.range(35.67, 204.33, "USD million")).isEqualTo("USD 36–204 million");
    assertThat(Figures.range(44.6, 75.2, "percent")).isEqualTo("44.6–75.2%");
    assertThat(Figures.range(1_203_456, 1_612_000, "count")).isEqualTo("1.2 million–1.61 million");
  }

  @Test
  void quotedFiguresKeepDecimalsByMagnitude() {
    assertThat(Figures.quoted(1750)).isEqualTo("1,750");
    assertThat(Figures.quoted(1.4216)).isEqualTo("1.42");
    assertThat(Figures.quoted(-1.405)).isEqualTo("-1.41");
    assertThat(Figures.quoted(12.46)).isEqualTo("12.5");
    assertThat(Figures.quoted(123.5)).isEqualTo("124");
    assertThat(Figures.quoted(1_420_000)).isEqualTo("1,420,000");
    assertThat(Figures.quoted(Double.POSITIVE_INFINITY)).isEqualTo("∞");
  }

  @Test
  void quotedFiguresTakeTheirUnitAfterThem() {
    assertThat(Figures.quotedWithUnit(1750, "USD million")).isEqualTo("1,750 USD million");
    assertThat(Figures.quotedWithUnit(60, "percent")).isEqualTo("60%");
    assertThat(Figures.quotedWithUnit(12, "count")).isEqualTo("12");
  }

  @Test
  void changesAreStatedWithSignAndTwoDecimals() {
    assertThat(Figures.changePercent(37.037)).isEqualTo("+37.04%");
    assertThat(Figures.changePercent(-1.4085)).isEqualTo("-1.41%");
    assertThat(Figures.changePercent(0)).isEqualTo("0.00%");
  }

  @Test
  void exactValuesKeepEveryDigitGrouped() {
    assertThat(Figures.exact(1_743_278)).isEqualTo("1,743,278");
    assertThat(Figures.exact(28_746.4)).isEqualTo("28,746.4");
    assertThat(Figures.exact(0.05)).isEqualTo("0.05");
  }

  @Test
  void fixedDecimalsAreExactlyAsManyAsAsked() {
    assertThat(Figures.fixed(0.8349, 2)).isEqualTo("0.83");
    assertThat(Figures.fixed(-2.35, 3)).isEqualTo("-2.350");
    assertThat(Figures.fixedSigned(1.44, 1)).isEqualTo("+1.4");
    assertThat(Figures.fixedSigned(-0.26, 1)).isEqualTo("-0.3");
  }

  @Test
  void countsAreGroupedWhateverTheMachinesLocale() {
    assertThat(Figures.count(12_345_678)).isEqualTo("12,345,678");
    assertThat(Figures.count(-1_000)).isEqualTo("-1,000");
    assertThat(Figures.count(999)).isEqualTo("999");
  }

  @Test
  void dataValuesKeepEveryDigitUngrouped() {
    assertThat(Figures.data(1_743_278)).isEqualTo("1743278");
    assertThat(Figures.data(28_746.4)).isEqualTo("28746.4");
    assertThat(Figures.data(-0.0)).isEqualTo("0");
    assertThat(Figures.data(Double.NaN)).isEmpty();
  }

  @Test
  void significantDigitsAreGrouped() {
    assertThat(Figures.significant(12.345, 3)).isEqualTo("12.3");
    assertThat(Figures.significant(0.045678, 3)).isEqualTo("0.0457");
    assertThat(Figures.significant(1234.5, 3)).isEqualTo("1,230");
  }
}
