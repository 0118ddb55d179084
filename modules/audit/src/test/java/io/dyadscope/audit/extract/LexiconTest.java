package io.dyadscope.audit.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.dyadscope.audit.text.Tokenizer;
import io.dyadscope.evidence.IndicatorCatalogue;
import java.io.IOException;
import java.io.StringReader;
import java.util.List;
import org.junit.jupiter.api.Test;

class LexiconTest {

  private final Lexicon lexicon = Lexicon.standard();
  private final IndicatorCatalogue catalogue = IndicatorCatalogue.standard();

  private List<String> indicators(Lexicon lx, String text) {
    return lx.find(Tokenizer.tokens(text)).stream().map(Lexicon.Match::indicator).toList();
  }

  @Test
  void tableHeadersMapToTheCatalogue() {
    assertThat(lexicon.indicatorOf("Exports from Pakistan")).isEmpty();
    assertThat(indicators(lexicon, "Exports from Pakistan to Afghanistan")).containsExactly("trade.exports");
    assertThat(indicators(lexicon, "Total Trade Volume")).containsExactly("trade.total");
    assertThat(indicators(lexicon, "Trade Balance")).containsExactly("trade.balance");
    assertThat(indicators(lexicon, "Total Incidents")).containsExactly("security.incidents.total");
    assertThat(indicators(lexicon, "Estimated Investment")).containsExactly("connectivity.investment");
    assertThat(indicators(lexicon, "Expected Increase in Trade Volume"))
        .containsExactly("connectivity.trade_increase");
  }

  @Test
  void theLongestPhraseWinsAndCaseHyphensAndPluralsDoNotMatter() {
    assertThat(indicators(lexicon, "support for increased trade")).containsExactly("opinion.support_trade");
    assertThat(indicators(lexicon, "Cross border attack")).containsExactly("security.incidents.cross_border");
    assertThat(indicators(lexicon, "REFUGEE")).containsExactly("refugees.registered");
    assertThat(lexicon.indicatorOf("Neutral/no opinion")).contains("opinion.neutral");
  }

  @Test
  void matchesReportTheirTokensAndWordCount() {
    Lexicon.Match m = lexicon.find(Tokenizer.tokens("the total trade volume rose")).get(0);
    assertThat(m.first()).isEqualTo(1);
    assertThat(m.last()).isEqualTo(3);
    assertThat(m.words()).isEqualTo(3);
  }

  @Test
  void usersExtendItAndTheirPhrasesWin() throws IOException {
    Lexicon extended = lexicon.plus(Lexicon.read(new java.io.StringReader(
        "phrase,indicator\nborder skirmishes,security.incidents.cross_border\nbalance,trade.total\n"), catalogue));

    assertThat(indicators(extended, "border skirmishes")).containsExactly("security.incidents.cross_border");
    assertThat(extended.indicatorOf("balance")).contains("trade.total");
    assertThat(lexicon.indicatorOf("balance")).contains("trade.balance");
  }

  @Test
  void aPhraseNamingAnUnknownIndicatorIsRefused() {
    assertThatThrownBy(() -> Lexicon.read(new StringReader("phrase,indicator\nskirmish,security.skirmish\n"),
        catalogue)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("security.skirmish")
        .hasMessageContaining("skirmish");
  }

  @Test
  void onePhraseWithTwoIndicatorsInOneFileIsRefused() {
    assertThatThrownBy(() -> Lexicon.read(new StringReader(
        "phrase,indicator\ntrade flows,trade.total\nTrade flow,trade.exports\n"), catalogue))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("trade.total")
        .hasMessageContaining("trade.exports");
  }

  @Test
  void everyShippedPhraseNamesACatalogueIndicator() {
    assertThat(lexicon.entries()).isNotEmpty()
        .allSatisfy(e -> assertThat(catalogue.find(e.indicator())).isPresent());
  }
}
