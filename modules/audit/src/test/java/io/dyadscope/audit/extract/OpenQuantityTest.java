package io.dyadscope.audit.extract;

import static io.dyadscope.audit.Audits.audit;
import static org.assertj.core.api.Assertions.assertThat;

import io.dyadscope.audit.Claim;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What quantity a number measures when no lexicon phrase names it, and where it is counted. */
class OpenQuantityTest {

  private static List<String> indicators(String text) {
    return audit(text).claims().stream().map(Claim::indicator).toList();
  }

  @Test
  void theNounsAfterTheNumberAreTheQuantityWithoutCountries() {
    assertThat(indicators("Interviewees cited the 1.5 million Afghan visitors recorded in 2023."))
        .containsExactly("quantity:visitor");
  }

  @Test
  void aPlaceAfterAPrepositionIsKeptApart() {
    assertThat(indicators("Officials at the complex said the 8.4 million crossings recorded in 2023 strained it."))
        .containsExactly("quantity:crossing @ the complex");
  }

  @Test
  void aProperNameOpeningTheClauseIsThePlace() {
    assertThat(indicators("The Kalora-Vesti complex handled 7.2 million crossings in 2023."))
        .containsExactly("quantity:crossing @ kalora vesti complex");
  }

  @Test
  void aSingleCapitalisedWordOpeningASentenceIsNoPlace() {
    assertThat(indicators("Officials counted 8.4 million crossings in 2023."))
        .containsExactly("quantity:crossing");
  }

  @Test
  void aDeficitInTradeIsNotTrade() {
    assertThat(indicators("Pakistan's deficit in bilateral goods trade stood at $268 million in 2023."))
        .containsExactly("quantity:deficit @ goods trade");
  }

  @Test
  void tradeWithoutABalanceWordIsTotalTrade() {
    assertThat(indicators("Pakistan's bilateral goods trade stood at $268 million in 2023."))
        .containsExactly("trade.total");
  }

  @Test
  void aDayOfAMonthIsNoQuantity() {
    assertThat(indicators("The office opened on 31 December 2024.")).isEmpty();
  }

  @Test
  void aCountOfThingsWithAYearIsAQuantity() {
    assertThat(indicators("The office counted 31 trucks in 2024.")).containsExactly("quantity:truck");
  }

  @Test
  void aCasualtyCountIsNoOpenQuantity() {
    assertThat(indicators("In 2023, 300 people were killed near the border.")).isEmpty();
  }

  @Test
  void aNumberWithoutAStatedYearIsNoOpenClaim() {
    assertThat(indicators("The office counted 31 trucks.")).isEmpty();
  }

  @Test
  void wordsWithinEachOthersAndAgreeingPlacesAreOneQuantity() {
    assertThat(OpenQuantity.sameQuantity("quantity:visitor arrival", "quantity:visitor @ peshawar")).isTrue();
    assertThat(OpenQuantity.sameQuantity("quantity:crossing @ kalora vesti complex", "quantity:crossing @ the complex"))
        .isTrue();
    assertThat(OpenQuantity.sameQuantity("quantity:person crossing @ oybek", "quantity:crossing @ the border"))
        .isFalse();
    assertThat(OpenQuantity.sameQuantity("quantity:visitor", "quantity:vehicle")).isFalse();
  }
}
