package io.dyadscope.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.dyadscope.evidence.Dyad;
import io.dyadscope.evidence.Gazetteer;
import org.junit.jupiter.api.Test;

class DyadInferenceTest {

  @Test
  void theTitlesTwoCountriesInItsOrder() {
    assertThat(DyadInference.infer("India and Pakistan: A Brief\n\nChina is also mentioned.\n", Gazetteer.standard()))
        .isEqualTo(new DyadInference.Inferred(new Dyad("IND", "PAK"), "from the title"));
  }

  @Test
  void withoutCountriesInTheTitleTheMostMentionedPair() {
    String text = "A Brief on Borders\n\nEthiopia and Somalia met. Somalia asked Ethiopia for a port. Kenya watched."
        + " Somalia agreed.\n";

    assertThat(DyadInference.infer(text, Gazetteer.standard())).isEqualTo(
        new DyadInference.Inferred(new Dyad("SOM", "ETH"), "from the most-mentioned pair of countries"));
  }

  @Test
  void aTitleWithOneCountryTakesTheMostMentionedOther() {
    String text = "Turkey's Southern Border\n\nSyria and Turkey talked. Syria asked for help. Iraq watched.\n";

    assertThat(DyadInference.infer(text, Gazetteer.standard())).isEqualTo(
        new DyadInference.Inferred(new Dyad("TUR", "SYR"), "from the title and the most-mentioned countries"));
  }

  @Test
  void aTextNamingNoCountryCannotBeAudited() {
    assertThatThrownBy(() -> DyadInference.infer("Trade rose.\n", Gazetteer.standard()))
        .hasMessage("cannot infer the dyad: the text names no country; give it with --dyad AAA-BBB");
  }
}
