package io.dyadscope.audit.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.BitSet;
import java.util.List;
import org.junit.jupiter.api.Test;

class LayoutTest {

  private static final String TEXT = """
      Introduction

      Trade between the two countries rose in 2022. The U.S. withdrawal changed
      the region (Khan, 2021). Incidents fell.

      1169

      Journal of Examples, Volume 3, 2025

      Literature Review
      Diplomatic Challenges and Trust Deficit

      Mistrust persists. See e.g. the survey.

      Journal of Examples, Volume 3, 2025

      Closing words.

      Journal of Examples, Volume 3, 2025
      """;

  private final Layout layout = Layout.of(Lines.of(TEXT), new BitSet());

  private List<String> sentences() {
    return layout.sentences().stream().map(layout::text).toList();
  }

  @Test
  void sentencesWrapAcrossLinesAndAbbreviationsDoNotEndThem() {
    assertThat(sentences()).containsExactly(
        "Introduction",
        "Trade between the two countries rose in 2022.",
        "The U.S. withdrawal changed the region (Khan, 2021).",
        "Incidents fell.",
        "Literature Review",
        "Diplomatic Challenges and Trust Deficit",
        "Mistrust persists.",
        "See e.g. the survey.",
        "Closing words.");
  }

  @Test
  void headingsPageNumbersAndRunningHeadsAreTold() {
    assertThat(layout.kind(1)).isEqualTo(Layout.Kind.HEADING);
    assertThat(layout.kind(3)).isEqualTo(Layout.Kind.TEXT);
    assertThat(layout.kind(6)).isEqualTo(Layout.Kind.PAGE_NUMBER);
    assertThat(layout.kind(8)).isEqualTo(Layout.Kind.RUNNING_HEAD);
    assertThat(layout.kind(10)).isEqualTo(Layout.Kind.HEADING);
    assertThat(layout.kind(11)).isEqualTo(Layout.Kind.HEADING);
    assertThat(layout.sentences().get(4).heading()).isTrue();
  }

  @Test
  void sentencesOfOneParagraphShareItsIndex() {
    List<Sentence> s = layout.sentences();
    assertThat(s.get(1).paragraph()).isEqualTo(s.get(3).paragraph());
    assertThat(s.get(6).paragraph()).isNotEqualTo(s.get(3).paragraph());
  }

  @Test
  void linesMapOffsetsBackToOneBasedLineNumbers() {
    Lines lines = Lines.of("ab\ncd\n\nef");
    assertThat(lines.count()).isEqualTo(4);
    assertThat(lines.lineOf(0)).isEqualTo(1);
    assertThat(lines.lineOf(3)).isEqualTo(2);
    assertThat(lines.lineOf(7)).isEqualTo(4);
    assertThat(lines.flat()).isEqualTo("ab cd  ef");
  }

  @Test
  void aRepeatedLineInsideAParagraphIsNotARunningHead() {
    String text = "Trade matters a great deal.\nTrade matters a great deal.\nTrade matters a great deal.\n";
    Layout l = Layout.of(Lines.of(text), new BitSet());
    assertThat(l.kind(2)).isEqualTo(Layout.Kind.TEXT);
  }

  @Test
  void aShortSentenceCaseLineAboveASentenceIsAHeading() {
    String text = "Trade ended the year lower.\nPipelines and roads\nThe pipeline between the two cut costs.\n";
    Layout l = Layout.of(Lines.of(text), new BitSet());
    assertThat(l.kind(2)).isEqualTo(Layout.Kind.HEADING);
  }

  @Test
  void aShortLineThatContinuesASentenceIsNotAHeading() {
    String text = "Trade ended the year lower.\nPipelines and roads\nwere built between the two.\n";
    Layout l = Layout.of(Lines.of(text), new BitSet());
    assertThat(l.kind(2)).isEqualTo(Layout.Kind.TEXT);
  }
}
