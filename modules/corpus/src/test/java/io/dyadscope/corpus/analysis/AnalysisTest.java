package io.dyadscope.corpus.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import io.dyadscope.corpus.Coding;
import io.dyadscope.corpus.CorpusDocument;
import io.dyadscope.corpus.DocumentMetadata;
import io.dyadscope.corpus.Fixture;
import io.dyadscope.corpus.Segment;
import io.dyadscope.corpus.SegmentUnit;
import io.dyadscope.corpus.text.Segmenter;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class AnalysisTest {

  // Synthetic: five sentences of ten characters each, one space apart.
  private static final String TEXT = "Sentence0. Sentence1. Sentence2. Sentence3. Sentence4.";
  private static final Map<String, List<Segment>> SENTENCES =
      Map.of("d", Segmenter.segments("d", TEXT, SegmentUnit.sentence));

  private static Coding c(String code, int sentence) {
    return Coding.auto("d", sentence * 11, sentence * 11 + 10, code, "rule");
  }

  @Test
  void coOccurrenceInTheSameSegmentCountsOverlappingCodingsOfDifferentCodes() {
    List<Coding> codings = List.of(c("a", 0), c("b", 0), c("a", 2), c("c", 3), c("b", 4),
        Coding.human("d", 0, 30, "c", "ann"));
    CoOccurrence.Matrix m = CoOccurrence.of(codings, SENTENCES, 0, List.of("a", "b", "c"));
    assertThat(m.count("a", "b")).isEqualTo(1);
    assertThat(m.count("a", "c")).isEqualTo(2);
    assertThat(m.count("b", "c")).isEqualTo(1);
    assertThat(m.count("a", "a")).isZero();
  }

  @Test
  void coOccurrenceWithinOneSentenceCountsNeighbours() {
    List<Coding> codings = List.of(c("a", 0), c("b", 0), c("a", 2), c("c", 3), c("b", 4));
    CoOccurrence.Matrix m = CoOccurrence.of(codings, SENTENCES, 1, List.of("a", "b", "c"));
    // a0-b0 (0 apart); a2-c3 (1 apart); c3-b4 (1 apart); a0-c3, a2-b4, b0-a2 are 2+ apart.
    assertThat(m.count("a", "b")).isEqualTo(1);
    assertThat(m.count("a", "c")).isEqualTo(1);
    assertThat(m.count("b", "c")).isEqualTo(1);
    assertThat(CoOccurrence.of(codings, SENTENCES, 2, List.of("a", "b", "c")).count("a", "b")).isEqualTo(3);
  }

  @Test
  void frequenciesByKindAndByYearCountSegmentsAndDocuments() {
    Map<String, DocumentMetadata> meta = Fixture.three().stream()
        .collect(Collectors.toMap(CorpusDocument::id, CorpusDocument::metadata));
    List<Coding> codings = List.of(Coding.auto("d1", 0, 5, "x", "r"), Coding.auto("d1", 6, 9, "x", "r"),
        Coding.auto("d2", 0, 5, "x", "r"), Coding.auto("d3", 0, 5, "y", "r"));
    assertThat(CodeFrequencies.of(codings, meta, CodeFrequencies.Grouping.kind, List.of("y", "x"))).containsExactly(
        new CodeFrequencies.Row("y", "report", 1, 1), new CodeFrequencies.Row("x", "news", 2, 1),
        new CodeFrequencies.Row("x", "statement", 1, 1));
    assertThat(CodeFrequencies.of(codings, meta, CodeFrequencies.Grouping.year, List.of("x", "y"))).containsExactly(
        new CodeFrequencies.Row("x", "2023", 2, 1), new CodeFrequencies.Row("x", "2024", 1, 1),
        new CodeFrequencies.Row("y", "2019", 1, 1));
  }

  @Test
  void themeLensTableCountsThemePassagesOverlappingEachLens() {
    List<Coding> codings = List.of(c("t1", 0), c("realism", 0), c("liberalism", 0), c("t1", 1), c("realism", 1),
        c("t2", 2));
    ThemeLensTable.Table t = ThemeLensTable.of(codings, List.of("t1", "t2"), List.of("realism", "liberalism"));
    assertThat(t.count("t1", "realism")).isEqualTo(2);
    assertThat(t.count("t1", "liberalism")).isEqualTo(1);
    assertThat(t.count("t2", "realism")).isZero();
    assertThat(t.themeTotals()).containsExactly(2, 1);
  }

  @Test
  void themeLensPassagesAreTheCodingsBehindACell() {
    List<Coding> codings = List.of(c("t1", 0), c("realism", 0), c("liberalism", 0), c("t1", 1), c("realism", 1),
        c("t2", 2));
    assertThat(ThemeLensTable.passages(codings, "t1", "liberalism")).containsExactly(c("t1", 0));
    assertThat(ThemeLensTable.passages(codings, "t1", "realism")).containsExactly(c("t1", 0), c("t1", 1));
    assertThat(ThemeLensTable.passages(codings, "t2", "realism")).isEmpty();
  }

  @Test
  void themePassagesWithoutALensAreAllTheThemesCodings() {
    List<Coding> codings = List.of(c("t1", 0), c("realism", 0), c("t1", 1), c("t2", 2));
    assertThat(ThemeLensTable.passages(codings, "t1", null)).containsExactly(c("t1", 0), c("t1", 1));
  }

  @Test
  void frameworkMatrixHoldsEachDocumentsExcerptsPerTheme() {
    CorpusDocument d1 = Fixture.three().get(0);
    List<FrameworkMatrix.Row> rows = FrameworkMatrix.of(List.of(d1),
        List.of(Coding.human("d1", 54, 61, "trade", "ann"), Coding.auto("d1", 4, 19, "connectivity", "r")),
        List.of("trade", "connectivity", "refugees"));
    assertThat(rows.get(0).cells().get("trade")).extracting(FrameworkMatrix.Excerpt::text).containsExactly("Traders");
    assertThat(rows.get(0).cells().get("connectivity")).extracting(FrameworkMatrix.Excerpt::text)
        .containsExactly("border crossing");
    assertThat(rows.get(0).cells().get("refugees")).isEmpty();
  }
}
