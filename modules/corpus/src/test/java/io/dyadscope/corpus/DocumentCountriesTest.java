package io.dyadscope.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import io.dyadscope.evidence.Dyad;
import java.util.List;
import org.junit.jupiter.api.Test;

class DocumentCountriesTest {

  private final DocumentCountries countries = DocumentCountries.standard();

  private static CorpusDocument doc(String text, List<String> recorded) {
    return new CorpusDocument("d", new DocumentMetadata("t", "", DocumentKind.news, "", "", "", "", "", recorded), "",
        "x", text);
  }

  @Test
  void withoutRecordedCountriesTheTextsCountriesNamedTwiceAreInferred() {
    // synthetic text: India twice (once by demonym), Pakistan twice, Afghanistan once
    String text = "India and Pakistan met. Indian officials said Pakistan agreed. Afghanistan was not discussed.";
    assertThat(countries.inferred(text)).containsExactly("IND", "PAK");
    assertThat(countries.belongs(doc(text, List.of()), Dyad.parse("IND-PAK"))).isTrue();
    assertThat(countries.belongs(doc(text, List.of()), Dyad.parse("PAK-AFG"))).isFalse();
  }

  @Test
  void recordedCountriesWinOverTheText() {
    String text = "India and Pakistan met. Indian officials said Pakistan agreed.";
    CorpusDocument d = doc(text, List.of("pak", "AFG"));
    assertThat(countries.of(d)).containsExactly("AFG", "PAK");
    assertThat(countries.belongs(d, Dyad.parse("IND-PAK"))).isFalse();
    assertThat(countries.belongs(d, Dyad.parse("PAK-AFG"))).isTrue();
  }

  @Test
  void theLongestNameIsMatchedOnce() {
    assertThat(countries.inferred("the Islamic Republic of Pakistan; the Islamic Republic of Pakistan")).containsExactly(
        "PAK");
  }
}
