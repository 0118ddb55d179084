package io.dyadscope.dossier.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Passages here are synthetic. */
class GroundedSectionBuilderTest {

  private static final List<CodeLabel> THEMES = List.of(new CodeLabel("trade", "Trade"), new CodeLabel("security", "Security"));
  private static final List<CodeLabel> LENSES = List.of(new CodeLabel("realism", "Realism"),
      new CodeLabel("liberalism", "Liberalism"));

  private static CodedPassage p(String code, String doc, int start, int end, String date, boolean human) {
    return new CodedPassage(code, doc, start, end, "Text of " + doc + " at " + start + ".", "Title " + doc, date, "Pub", "news", human);
  }

  @Test
  void withoutDocumentsTheSectionSaysHowToAddThem() {
    GroundedSection s = new GroundedSectionBuilder(2).build(0, THEMES, LENSES, List.of());
    assertThat(s.isEmpty()).isTrue();
    assertThat(s.themes()).isEmpty();
    assertThat(s.howToAdd()).contains("dyadscope import documents");
  }

  @Test
  void themesCountPassagesByLensAndQuoteTheStrongestExcerptsWhichTheLensesCite() {
    List<CodedPassage> passages = List.of(
        p("trade", "a", 0, 10, "2020", false), p("realism", "a", 0, 10, "2020", false),
        p("trade", "b", 0, 10, "2024", false),
        p("trade", "c", 5, 20, "2019", true), p("liberalism", "c", 0, 8, "2019", false),
        p("realism", "c", 10, 30, "2019", false),
        p("security", "a", 20, 30, "2020", false), p("realism", "a", 25, 26, "2020", false));
    GroundedSection s = new GroundedSectionBuilder(2).build(3, THEMES, LENSES, passages);
    ThemeGrounding trade = s.themes().get(0);
    assertThat(trade.passages()).isEqualTo(3);
    assertThat(trade.documents()).isEqualTo(3);
    assertThat(trade.byLens()).isEqualTo(Map.of("realism", 2, "liberalism", 1));
    // c: human, two lenses; then a: one lens; b (no lens) is left out at two excerpts.
    assertThat(trade.excerpts()).extracting(e -> e.ref() + " " + e.passage().documentId() + " " + e.lenses())
        .containsExactly("P1 c [realism, liberalism]", "P2 a [realism]");
    assertThat(s.themes().get(1).excerpts()).extracting(GroundedExcerpt::ref).containsExactly("P3");
    assertThat(s.lenses().get(0)).isEqualTo(new LensDiscussion(LENSES.get(0), 3, List.of("trade", "security"),
        List.of("P1", "P2", "P3")));
    assertThat(s.lenses().get(1).citedRefs()).containsExactly("P1");
    assertThat(s.passages()).isEqualTo(4);
  }
}
