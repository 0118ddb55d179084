package io.dyadscope.corpus.coding;

import static org.assertj.core.api.Assertions.assertThat;

import io.dyadscope.corpus.Coding;
import io.dyadscope.corpus.DocumentKind;
import io.dyadscope.corpus.Fixture;
import io.dyadscope.corpus.SegmentUnit;
import io.dyadscope.corpus.codebook.Code;
import io.dyadscope.corpus.codebook.CodeKind;
import io.dyadscope.corpus.codebook.Codebook;
import java.util.List;
import org.junit.jupiter.api.Test;

class AutoCoderTest {

  private static Code code(String id, String... rules) {
    return new Code(id, id, CodeKind.theme, "", "", "", "", "", List.of(rules), "");
  }

  @Test
  void eachMatchingSentenceIsCodedRecordingTheFirstRuleThatMatched() {
    Codebook book = new Codebook("t", List.of(code("trade", "trader*", "trade OR trade*"),
        code("connectivity", "\"border crossing\""), code("refugees", "refugee*")));
    List<Coding> codings = new AutoCoder(book, SegmentUnit.sentence).code(Fixture.three());
    assertThat(codings).containsExactly(
        Coding.auto("d1", 0, 53, "connectivity", "\"border crossing\""),
        Coding.auto("d1", 54, 101, "trade", "trader*"),
        Coding.auto("d1", 54, 101, "connectivity", "\"border crossing\""),
        Coding.auto("d2", 42, 56, "trade", "trade OR trade*"),
        Coding.auto("d3", 0, 36, "refugees", "refugee*"));
  }

  @Test
  void rulesMayUseTheDocumentsFields() {
    Codebook book = new Codebook("t", List.of(code("official", "kind:statement AND crossing")));
    assertThat(new AutoCoder(book, SegmentUnit.paragraph).code(Fixture.three()))
        .containsExactly(Coding.auto("d2", 0, 56, "official", "kind:statement AND crossing"));
  }

  @Test
  void humanCodingsSetAsideOverlappingAutomaticOnesAndBothAreKept() {
    List<Coding> all = List.of(Coding.auto("d1", 0, 53, "connectivity", "r"), Coding.auto("d1", 54, 101, "trade", "r"),
        Coding.human("d1", 4, 19, "security", "ann"));
    assertThat(EffectiveCodings.of(all)).containsExactly(all.get(1), all.get(2));
    assertThat(Fixture.doc("x", DocumentKind.news, "", "", "t").id()).isEqualTo("x");
  }
}
