package io.dyadscope.audit.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.dyadscope.audit.vocabulary.DataFile;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The prose reader's word sets are data, checked when loaded. */
class ProseWordsTest {

  private static ProseWords load(String body) throws IOException {
    StringBuilder sb = new StringBuilder("set,word\n").append(body);
    for (ProseWords.Kind k : ProseWords.Kind.values()) {
      sb.append(k.name).append(",w").append(k.ordinal()).append('\n');
    }
    List<DataFile.Row> rows = DataFile.read(ProseWords.FILE, new BufferedReader(new StringReader(sb.toString())),
        "set", "word");
    return new ProseWords(rows);
  }

  @Test
  void theShippedFileLoadsEverySet() {
    assertThat(ProseWords.PROJECTION).contains("forecast", "projected");
    assertThat(ProseWords.CLAUSE).containsExactlyInAnyOrder("while", "whereas", "but", "although", "though");
  }

  @Test
  void aWordIsFoundInTheSetItIsListedIn() throws IOException {
    ProseWords w = load("duration,fortnight\n");

    assertThat(w.of(ProseWords.Kind.DURATION)).contains("fortnight");
    assertThat(w.of(ProseWords.Kind.NEGATION)).doesNotContain("fortnight");
  }

  @Test
  void anUnknownSetNamesFileAndLine() {
    assertThatThrownBy(() -> load("durations,fortnight\n"))
        .hasMessage("prose-words.csv:2: unknown set 'durations'");
  }

  @Test
  void aWordListedTwiceInASetNamesFileAndLine() {
    assertThatThrownBy(() -> load("duration,week\nduration,week\n"))
        .hasMessage("prose-words.csv:3: 'week' is listed twice in set duration");
  }

  @Test
  void aCapitalisedWordIsRefused() {
    assertThatThrownBy(() -> load("duration,Week\n"))
        .hasMessage("prose-words.csv:2: word must be one lower-case word, found 'Week'");
  }

  @Test
  void aSetWithoutWordsIsAnError() {
    assertThatThrownBy(() -> new ProseWords(List.of()))
        .hasMessage("prose-words.csv: set 'reference' has no words");
  }
}
