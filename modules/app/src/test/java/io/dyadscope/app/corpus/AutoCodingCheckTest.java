package io.dyadscope.app.corpus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.dyadscope.corpus.CorpusException;
import io.dyadscope.corpus.codebook.CodebookJson;
import io.dyadscope.corpus.gold.CodeScore;
import io.dyadscope.corpus.gold.GoldSentence;
import io.dyadscope.corpus.gold.GoldStandard;
import java.io.StringReader;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The auto-coder measured against the project's gold set of the default corpus. */
class AutoCodingCheckTest {

  static List<CodeScore> scores;

  @BeforeAll
  static void measure() {
    scores = AutoCodingCheck.measure(CodebookJson.standard());
    scores.forEach(s -> System.out.println(s.split() + " " + s.code() + " tp=" + s.truePositives() + " fp="
        + s.falsePositives() + " fn=" + s.falseNegatives() + " P=" + s.precision() + " R=" + s.recall()));
  }

  @Test
  void theGoldSetHoldsAtLeastSixtySentencesWithAHeldOutPart() {
    List<GoldSentence> gold = AutoCodingCheck.gold().sentences();
    assertThat(gold).hasSizeGreaterThanOrEqualTo(60);
    assertThat(gold).filteredOn(g -> g.split().equals(GoldSentence.HELD_OUT)).hasSizeGreaterThanOrEqualTo(20);
  }

  @Test
  void everyCodeIsScoredOnBothSplits() {
    assertThat(scores).hasSize(2 * CodebookJson.standard().codes().size());
  }

  @Test
  void aGoldSentenceTheSegmenterDoesNotFindIsAnErrorNamingItsLine() {
    GoldStandard g = new GoldStandard(List.of(new GoldSentence(7, "wp-casa-1000", "tuning", java.util.Set.of(),
        "A sentence that is not in the text.")));
    assertThatThrownBy(() -> g.score(java.util.Map.of("wp-casa-1000", DefaultCorpus.standard().documents().stream()
        .filter(d -> d.id().equals("wp-casa-1000")).findFirst().orElseThrow()), List.of(), List.of()))
        .isInstanceOf(CorpusException.class).hasMessageContaining("line 7").hasMessageContaining("wp-casa-1000");
  }

  @Test
  void aBadSplitIsAnErrorNamingFileAndLine() {
    assertThatThrownBy(() -> GoldStandard.read(new StringReader("document,split,codes,sentence\n"
        + "d,tuning,theme.trade,One.\nd,training,,Two.\n"), "gold.csv"))
        .hasMessageStartingWith("gold.csv:3: split must be 'tuning' or 'held-out'");
  }
}
