package io.dyadscope.audit.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class TokenizerTest {

  private static List<String> numbers(String text) {
    return Tokenizer.tokens(text).stream().filter(Token::isNumber).map(Token::text).toList();
  }

  private static List<String> words(String text) {
    return Tokenizer.tokens(text).stream().filter(Token::isWord).map(Token::text).toList();
  }

  @Test
  void numbersKeepTheirSignCurrencyGroupingDecimalsAndPercent() {
    assertThat(numbers("rose to $1.9 billion, +1,050 and -1.4% (1,400,000 people, US$5bn, 60 %)"))
        .containsExactly("$1.9", "+1,050", "-1.4%", "1,400,000", "US$5bn", "60 %");
  }

  @Test
  void digitsInsideNamesAndWordsAreNotNumbers() {
    assertThat(numbers("COVID-19 CASA-1000 I1SIS Track-1l1 G20 3D 1980s 5km 2nd")).isEmpty();
    assertThat(words("COVID-19 CASA-1000 I1SIS")).containsExactly("COVID", "19", "CASA", "1000", "I1SIS");
  }

  @Test
  void aYearRangeGivesTheFirstYearAsANumberAndTheSecondAsAWord() {
    List<Token> t = Tokenizer.tokens("2020-2021");
    assertThat(t).extracting(Token::kind).containsExactly(Token.Kind.NUMBER, Token.Kind.PUNCT, Token.Kind.WORD);
  }

  @Test
  void wordsKeepApostrophesAndInitials() {
    assertThat(words("Pakistan's U.S. nations' rock’n’roll")).containsExactly("Pakistan's", "U.S.", "nations",
        "rock’n’roll");
  }

  @Test
  void normalFormsFoldCasePossessivesAndPlurals() {
    assertThat(Tokenizer.norm("Refugees")).isEqualTo("refugee");
    assertThat(Tokenizer.norm("Activities")).isEqualTo("activity");
    assertThat(Tokenizer.norm("Pakistan's")).isEqualTo("pakistan");
    assertThat(Tokenizer.norm("progress")).isEqualTo("progress");
    assertThat(Tokenizer.norm("status")).isEqualTo("status");
  }

  @Test
  void offsetsPointIntoTheText() {
    String text = "Trade: $1.9 billion";
    Token n = Tokenizer.tokens(text).get(2);
    assertThat(text.substring(n.start(), n.end())).isEqualTo("$1.9");
  }
}
