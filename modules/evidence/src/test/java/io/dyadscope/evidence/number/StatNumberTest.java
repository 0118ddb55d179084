package io.dyadscope.evidence.number;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

class StatNumberTest {

  @Test
  void plainNumbersWithSignAndDecimalPoint() {
    assertThat(StatNumber.plain("1400")).hasValue(1400.0);
    assertThat(StatNumber.plain("+1050")).hasValue(1050.0);
    assertThat(StatNumber.plain("-1.4")).hasValue(-1.4);
    assertThat(StatNumber.plain(".5")).hasValue(0.5);
    assertThat(StatNumber.plain("7.")).hasValue(7.0);
  }

  @Test
  void thousandsSeparatorsInGroupsOfThree() {
    assertThat(StatNumber.plain("1,400")).hasValue(1400.0);
    assertThat(StatNumber.plain("1,400,000.25")).hasValue(1_400_000.25);
  }

  @Test
  void scalesWordsExponentsAndBadGroupingAreNotPlainNumbers() {
    for (String bad : new String[] {"1.4m", "N/A", "1e3", "1,40", "1,4000", "", "-", "1 400", "$5", "5%", " 7"}) {
      assertThat(StatNumber.plain(bad)).as(bad).isEmpty();
    }
  }

  @Test
  void aValueCellIsReadWithSeparatorsAndExponentsAndRefusedWithMarks() {
    assertThat(StatNumber.read("1,743,278").value()).isEqualTo(1743278);
    assertThat(StatNumber.read(" 2.5E3 ").value()).isEqualTo(2500);
    assertThat(StatNumber.read("350[1]").problem()).startsWith("value '350[1]' carries a footnote mark");
    assertThat(StatNumber.read("1,40").problem()).isEqualTo("not a number: '1,40'");
    assertThat(StatNumber.read("1e999").problem()).isEqualTo("not a finite number: '1e999'");
  }

  @Test
  void aPublishersNoValueMarkIsNoValueOnlyWhenNamed() {
    assertThat(StatNumber.read("-").missing()).isFalse();
    assertThat(StatNumber.read("-", "-").missing()).isTrue();
    assertThat(StatNumber.read("").present()).isFalse();
  }

  @Test
  void aMachineWrittenDecimalIsReadAsJavaReadsADoubleAndRefusedNamingTheText() {
    assertThat(StatNumber.decimal(" 33.69 ")).isEqualTo(33.69);
    assertThat(StatNumber.decimal("-2.5E3")).isEqualTo(-2500);
    assertThat(StatNumber.decimal("NaN")).isNaN();
    assertThatThrownBy(() -> StatNumber.decimal("1,400")).isInstanceOf(NumberFormatException.class)
        .hasMessage("not a number: '1,400'");
  }

  @Test
  void anExactDecimalKeepsEveryDigitAndRefusesSpaces() {
    assertThat(StatNumber.exactDecimal("0.1000000000000000055")).isEqualTo(new BigDecimal("0.1000000000000000055"));
    assertThat(StatNumber.exactDecimal("1.5E+3").toPlainString()).isEqualTo("1500");
    assertThatThrownBy(() -> StatNumber.exactDecimal(" 7")).isInstanceOf(NumberFormatException.class)
        .hasMessage("not a number: ' 7'");
  }
}
