package io.dyadscope.corpus.codebook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.dyadscope.corpus.CorpusException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CodebookTest {

  @TempDir
  Path dir;

  @Test
  void theDefaultCodebookHasTheDossiersEightThemesAndThreeLensesEachWithNotesAndRules() {
    Codebook book = CodebookJson.standard();
    assertThat(book.ofKind(CodeKind.theme)).extracting(Code::name).containsExactly("Trust deficit and diplomacy",
        "Security and counterterrorism", "Trade and economic cooperation", "Refugees", "Regional geopolitics",
        "Public perception", "Opportunities", "Agreement between the documents");
    assertThat(book.ofKind(CodeKind.lens)).extracting(Code::name).containsExactly("Realism", "Constructivism",
        "Liberalism");
    assertThat(book.codes()).allSatisfy(c -> {
      assertThat(c.definition()).isNotEmpty();
      assertThat(c.inclusion()).isNotEmpty();
      assertThat(c.exclusion()).isNotEmpty();
      assertThat(c.rules()).isNotEmpty();
    });
  }

  @Test
  void aBrokenRuleIsAnErrorNamingTheCodeAndTheQuery() throws Exception {
    Path file = dir.resolve("book.json");
    Files.writeString(file, "{\"name\":\"mine\",\"codes\":[{\"id\":\"ok\",\"name\":\"Fine\",\"rules\":[\"trade\"]},"
        + "{\"id\":\"bad\",\"name\":\"Broken\",\"rules\":[\"border AND (\"]}]}");
    assertThatThrownBy(() -> CodebookJson.read(file)).isInstanceOf(CorpusException.class)
        .hasMessageStartingWith(file + ": codebook mine: code 'bad' has a broken rule 'border AND ('");
  }

  @Test
  void writtenJsonReadsBackTheSameCodebook() throws Exception {
    Codebook book = CodebookJson.standard();
    Path file = dir.resolve("copy.json");
    Files.writeString(file, CodebookJson.write(book));
    assertThat(CodebookJson.read(file).codes()).isEqualTo(book.codes());
  }

  @Test
  void anUnknownCodeIdIsAnErrorListingTheKnownOnes() {
    assertThatThrownBy(() -> CodebookJson.standard().require("theme.nope")).isInstanceOf(CorpusException.class)
        .hasMessageContaining("unknown code id 'theme.nope'").hasMessageContaining("theme.security");
  }
}
