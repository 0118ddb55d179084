package io.dyadscope.audit.vocabulary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.util.List;
import org.junit.jupiter.api.Test;

class DataFileTest {

  private static List<DataFile.Row> read(String text) throws IOException {
    return DataFile.read("strength.csv", new BufferedReader(new StringReader(text)), "word", "min_percent",
        "max_percent");
  }

  @Test
  void commentsAndBlankLinesAreSkippedAndRowsKnowTheirLine() throws IOException {
    List<DataFile.Row> rows = read("# note\nword,min_percent,max_percent\n\nslightly,0,10\n");

    assertThat(rows).extracting(DataFile.Row::line, r -> r.field(0)).containsExactly(
        org.assertj.core.api.Assertions.tuple(4, "slightly"));
  }

  @Test
  void aRowWithTheWrongNumberOfFieldsNamesFileAndLine() {
    assertThatThrownBy(() -> read("word,min_percent,max_percent\nslightly,0\n"))
        .hasMessage("strength.csv:2: expected 3 fields (word,min_percent,max_percent), found 2");
  }

  @Test
  void aWrongHeaderNamesFileAndLine() {
    assertThatThrownBy(() -> read("word,min\n")).hasMessageStartingWith("strength.csv:1: header must be");
  }

  @Test
  void aFieldThatIsNoNumberIsNamed() throws IOException {
    DataFile.Row row = read("word,min_percent,max_percent\nsharply,many,\n").get(0);

    assertThatThrownBy(() -> row.number(1, "min_percent"))
        .hasMessage("strength.csv:2: min_percent is not a number: 'many'");
  }

  @Test
  void theShippedVocabulariesLoad() {
    assertThat(StrengthWords.standard().of(io.dyadscope.audit.text.Tokenizer.tokens("sharply").get(0)).range())
        .isEqualTo("15% or more");
    assertThat(SpanPhrases.standard().years(io.dyadscope.audit.text.Tokenizer.tokens("over the past three years")))
        .isEqualTo(3);
    assertThat(WordList.contains("authorities")).isTrue();
    assertThat(WordList.contains("authoritties")).isFalse();
  }
}
