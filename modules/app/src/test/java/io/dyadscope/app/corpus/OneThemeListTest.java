package io.dyadscope.app.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import io.dyadscope.corpus.codebook.CodeKind;
import io.dyadscope.corpus.codebook.CodebookJson;
import io.dyadscope.dossier.findings.ThemeCatalogue;
import org.junit.jupiter.api.Test;

/** The codebook codes texts by the dossier's themes: one list, same ids, same titles, same order. */
class OneThemeListTest {

  @Test
  void theCodebooksThemesAreTheDossiersThemes() {
    assertThat(CodebookJson.standard().ofKind(CodeKind.theme)).extracting(c -> c.id() + " " + c.name())
        .containsExactlyElementsOf(ThemeCatalogue.standard().themes().stream()
            .map(t -> "theme." + t.id() + " " + t.title()).toList());
  }

  @Test
  void theCodebooksLensesAreTheDossiersLenses() {
    assertThat(CodebookJson.standard().ofKind(CodeKind.lens)).extracting(c -> c.id() + " " + c.name())
        .containsExactlyElementsOf(ThemeCatalogue.standard().lenses().stream()
            .map(l -> "lens." + l.id() + " " + l.name()).toList());
  }
}
