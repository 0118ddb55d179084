package io.dyadscope.app.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import io.dyadscope.corpus.CorpusDocument;
import io.dyadscope.evidence.Dyad;
import io.dyadscope.store.Workspace;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DefaultCorpusTest {

  @TempDir
  Path dir;

  @Test
  void onlyPublicDomainAndCcByOrCcBySaTextsShip() {
    List<CorpusDocument> docs = DefaultCorpus.standard().documents();
    assertThat(docs).hasSize(10);
    assertThat(docs).allSatisfy(d -> assertThat(d.metadata().licence()).matches("(public domain|CC BY 4\\.0|CC BY-SA 4\\.0).*"));
  }

  @Test
  void aNewWorkspaceStartsWithTheDefaultCorpusAutoCoded() {
    try (Workspace ws = Workspace.open(dir)) {
      CorpusService corpus = CorpusService.open(ws);
      assertThat(corpus.documents()).hasSize(10);
      assertThat(corpus.store().coders()).containsExactly("auto");
      assertThat(corpus.search("\"Durand Line\"", 10, 1).hits()).extracting(h -> h.documentId())
          .contains("wp-durand-line-lead");
    }
    try (Workspace ws = Workspace.open(dir)) {
      assertThat(CorpusService.open(ws).documents()).hasSize(10);
    }
  }

  @Test
  void theDossierSectionIsGroundedInTheDefaultCorpusAndSaysHowToAddTextsWhenEmpty() {
    try (Workspace ws = Workspace.open(dir.resolve("a"))) {
      var section = GroundedDossier.section(CorpusService.open(ws), Dyad.parse("PAK-AFG"));
      assertThat(section.documents()).isEqualTo(10);
      assertThat(section.themes()).hasSize(8);
      assertThat(section.themes()).filteredOn(t -> t.theme().id().equals("theme.security"))
          .allSatisfy(t -> assertThat(t.excerpts()).hasSize(GroundedDossier.EXCERPTS_PER_THEME));
      assertThat(section.lenses()).extracting(l -> l.lens().name()).containsExactly("Realism", "Constructivism",
          "Liberalism");
    }
    try (Workspace ws = Workspace.open(dir.resolve("b"))) {
      var section = GroundedDossier.section(CorpusService.open(ws), Dyad.parse("IND-PAK"));
      assertThat(section.isEmpty()).isTrue();
      assertThat(section.howToAdd()).startsWith("None of the corpus's 10 documents concerns both IND and PAK");
    }
    try (Workspace ws = Workspace.open(dir.resolve("c"))) {
      var section = GroundedDossier.section(CorpusService.openEmpty(ws), Dyad.parse("PAK-AFG"));
      assertThat(section.isEmpty()).isTrue();
      assertThat(section.howToAdd()).startsWith("No documents are in the corpus yet.");
    }
  }
}
