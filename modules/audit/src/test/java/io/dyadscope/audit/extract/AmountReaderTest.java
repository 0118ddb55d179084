package io.dyadscope.audit.extract;

import io.dyadscope.evidence.Units.Dimension;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.dyadscope.audit.Qualifier;
import io.dyadscope.audit.text.Token;
import io.dyadscope.audit.text.Tokenizer;
import java.util.List;
import org.junit.jupiter.api.Test;

class AmountReaderTest {

  /** The amount at the first number of {@code text}. */
  private static Amount read(String text) {
    List<Token> tokens = Tokenizer.tokens(text);
    for (int i = 0; i < tokens.size(); i++) {
      if (tokens.get(i).isNumber()) {
        return AmountReader.read(tokens, i, text).amount();
      }
    }
    throw new AssertionError("no number in " + text);
  }

  @Test
  void dollarsWithAScaleWordStandForTheirRoundingInterval() {
    Amount a = read("trade rose to $1.9 billion in 2022");
    assertThat(a.value()).isEqualTo(1.9e9, within(1.0));
    assertThat(a.half()).isEqualTo(0.05e9, within(1.0));
    assertThat(a.kind()).isEqualTo(Dimension.MONEY);
    assertThat(a.currency()).isEqualTo("USD");
    assertThat(a.written()).isEqualTo("$1.9 billion");
  }

  @Test
  void aCurrencyWordAfterTheScaleMakesMoney() {
    Amount a = read("projects totaling 62 billion dollars are");
    assertThat(a.value()).isEqualTo(62e9, within(1.0));
    assertThat(a.half()).isEqualTo(0.5e9, within(1.0));
    assertThat(a.isUsd()).isTrue();
    assertThat(a.written()).isEqualTo("62 billion dollars");
  }

  @Test
  void aBareScaledNumberIsPlainButScaled() {
    Amount a = read("more than 1.42 million refugees");
    assertThat(a.value()).isEqualTo(1.42e6, within(0.1));
    assertThat(a.half()).isEqualTo(5000, within(0.001));
    assertThat(a.kind()).isEqualTo(Dimension.COUNT);
    assertThat(a.scaled()).isTrue();
    assertThat(a.qualifier()).isEqualTo(Qualifier.AT_LEAST);
  }

  @Test
  void groupedIntegersAreExactToTheUnit() {
    Amount a = read("1,400 trucks");
    assertThat(a.value()).isEqualTo(1400);
    assertThat(a.half()).isEqualTo(0.5);
    assertThat(a.scaled()).isFalse();
  }

  @Test
  void percentagesAreReadWithSignAndWordForms() {
    assertThat(read("a change of -1.4%").value()).isEqualTo(-1.4, within(1e-9));
    assertThat(read("fell 10 percent").kind()).isEqualTo(Dimension.PERCENT);
    assertThat(read("fell 10 per cent").kind()).isEqualTo(Dimension.PERCENT);
    assertThat(read("60% of Pakistanis").half()).isEqualTo(0.5);
  }

  @Test
  void aCurrencyCodeBeforeTheNumberCounts() {
    Amount usd = read("worth USD 2 billion");
    assertThat(usd.isUsd()).isTrue();
    assertThat(usd.written()).isEqualTo("USD 2 billion");
    assertThat(read("worth Rs 5 billion").currency()).isEqualTo("PKR");
  }

  @Test
  void qualifiersBeforeTheNumberAreKept() {
    assertThat(read("about 300 incidents").qualifier()).isEqualTo(Qualifier.ABOUT);
    assertThat(read("less than 300 incidents").qualifier()).isEqualTo(Qualifier.AT_MOST);
    assertThat(read("exactly 300 incidents").qualifier()).isEqualTo(Qualifier.EXACT);
  }
}
