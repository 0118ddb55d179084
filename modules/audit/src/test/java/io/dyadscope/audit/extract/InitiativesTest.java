package io.dyadscope.audit.extract;

import static org.assertj.core.api.Assertions.assertThat;

import io.dyadscope.audit.text.Tokenizer;
import org.junit.jupiter.api.Test;

class InitiativesTest {

  private static final String TEXT = """
      Projects such as the China-Pakistan Economic Corridor (CPEC) and the Afghanistan-Pakistan
      Transit Trade Agreement (APTTA), along with the CASA-1000 energy project and the TAPI Gas
      Pipeline, are discussed with the International Monetary Fund (IMF) and the United Nations (UN).
      """;

  private final Initiatives initiatives = Initiatives.scan(TEXT);

  @Test
  void acronymsDefinedAfterAnInitiativeNameOrFollowedByAnInitiativeWordAreInitiatives() {
    assertThat(initiatives.codes()).containsExactlyInAnyOrder("CPEC", "APTTA", "CASA-1000", "TAPI");
  }

  @Test
  void organisationsAreNotInitiatives() {
    assertThat(initiatives.contains("IMF")).isFalse();
    assertThat(initiatives.contains("UN")).isFalse();
  }

  @Test
  void theSpelledOutNameFindsTheAcronym() {
    assertThat(initiatives.find(Tokenizer.tokens("The China-Pakistan Economic Corridor will receive funds")))
        .extracting(Mention::code).containsExactly("CPEC");
    assertThat(initiatives.find(Tokenizer.tokens("CASA-1000 and TAPI"))).extracting(Mention::code)
        .containsExactly("CASA-1000", "TAPI");
  }
}
