package io.dyadscope.dossier.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import io.dyadscope.dossier.supplements.GroundedParts;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Excerpts are whole sentences, each quoted once across the section (synthetic passages). */
class ExcerptsQuotedOnceTest {

  static CodedPassage passage(String code, int start, String text) {
    return new CodedPassage(code, "d", start, start + text.length(), text, "Title", "2024", "Publisher", "news", false);
  }

  static final String LONG = "Traders at the crossing waited for a week while the two governments argued over"
      + " documents, fees and the hours the gate would open, and the queue of lorries reached back for many"
      + " kilometres along the road to the city, where the markets ran short of fruit, flour and fuel before the"
      + " crossing reopened on Monday.";

  @Test
  void aPassageCodedWithTwoThemesIsQuotedUnderTheFirstOnly() {
    GroundedSection s = new GroundedSectionBuilder(3).build(1,
        List.of(new CodeLabel("theme.trade", "Trade"), new CodeLabel("theme.security", "Security")), List.of(),
        List.of(passage("theme.trade", 0, LONG), passage("theme.security", 0, LONG)));
    assertThat(s.themes().get(0).excerpts()).hasSize(1);
    assertThat(s.themes().get(1).excerpts()).isEmpty();
  }

  @Test
  void aHeadingIsNotQuotedAsAnExcerpt() {
    GroundedSection s = new GroundedSectionBuilder(3).build(1, List.of(new CodeLabel("theme.trade", "Trade")),
        List.of(), List.of(passage("theme.trade", 0, "Trade and transit"), passage("theme.trade", 20, LONG)));
    assertThat(s.themes().get(0).excerpts()).extracting(e -> e.passage().start()).containsExactly(20);
  }

  @Test
  void aLongSentenceIsQuotedWhole() {
    GroundedSection s = new GroundedSectionBuilder(3).build(1, List.of(new CodeLabel("theme.trade", "Trade")),
        List.of(), List.of(passage("theme.trade", 0, LONG)));
    assertThat(GroundedParts.quote(s.themes().get(0).excerpts().get(0))).isEqualTo(LONG);
  }
}
