package io.dyadscope.dossier.findings;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NumbersTest {

  @Test
  void plainGroupsThousandsAndWritesMillionsInWords() {
    assertThat(Numbers.plain(1900)).isEqualTo("1,900");
    assertThat(Numbers.plain(1_420_000)).isEqualTo("1.42 million");
    assertThat(Numbers.plain(1_400_000)).isEqualTo("1.4 million");
    assertThat(Numbers.plain(2_500_000_000.0)).isEqualTo("2.5 billion");
    assertThat(Numbers.plain(0.8)).isEqualTo("0.8");
    assertThat(Numbers.plain(-1050)).isEqualTo("-1,050");
  }

  @Test
  void tableCellsKeepEveryDigit() {
    assertThat(Numbers.cell(1_420_000)).isEqualTo("1,420,000");
    assertThat(Numbers.cell(-1.4)).isEqualTo("-1.4");
    assertThat(Numbers.cell(12.0)).isEqualTo("12");
  }

  @Test
  void percentagesDropDecimalsFromTen() {
    assertThat(Numbers.percentMagnitude(-29.41)).isEqualTo("29%");
    assertThat(Numbers.percentMagnitude(58.33)).isEqualTo("58%");
    assertThat(Numbers.percent(-1.408)).isEqualTo("-1.4%");
    assertThat(Numbers.percent(6.45)).isEqualTo("6.5%");
  }

  @Test
  void valuesTakeTheirUnit() {
    assertThat(Numbers.withUnit(1900, "USD million")).isEqualTo("USD 1,900 million");
    assertThat(Numbers.withUnit(-150, "USD million")).isEqualTo("-USD 150 million");
    assertThat(Numbers.withUnit(60, "percent")).isEqualTo("60%");
    assertThat(Numbers.withUnit(1_420_000, "count")).isEqualTo("1.42 million");
    assertThat(Numbers.withUnit(3, "tonnes")).isEqualTo("3 tonnes");
  }

  @Test
  void rangesRoundBothBoundsAlike() {
    assertThat(Numbers.range(35.67, 204.33, "USD million")).isEqualTo("USD 36–204 million");
    assertThat(Numbers.range(44.6, 75.2, "percent")).isEqualTo("44.6–75.2%");
    assertThat(Numbers.range(1_203_456, 1_612_000, "count")).isEqualTo("1.2 million–1.61 million");
  }
}
