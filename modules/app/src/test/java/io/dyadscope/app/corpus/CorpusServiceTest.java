package io.dyadscope.app.corpus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.dyadscope.corpus.Coding;
import io.dyadscope.corpus.CorpusDocument;
import io.dyadscope.corpus.CorpusException;
import io.dyadscope.corpus.SegmentUnit;
import io.dyadscope.corpus.index.SearchHit;
import io.dyadscope.store.Workspace;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The texts written here are synthetic fixtures. */
class CorpusServiceTest {

  @TempDir
  Path dir;

  private Path folder() throws Exception {
    Path f = Files.createDirectories(dir.resolve("texts"));
    Files.writeString(f.resolve("a.txt"), "Refugees crossed the border at night. Trade stopped.");
    Files.writeString(f.resolve("b.md"), "Both ministers met in the capital. They discussed security and trade.");
    Files.writeString(f.resolve("manifest.csv"), "file,kind,title,publisher,date\n"
        + "a.txt,news,Night crossing,Example Wire,2023-11-02\nb.md,statement,Meeting,Ministry,2024\n");
    return f;
  }

  @Test
  void aFolderImportsOnceWithManifestMetadataAndIsSearchable() throws Exception {
    Path f = folder();
    try (Workspace ws = Workspace.open(dir.resolve("ws"))) {
      CorpusService corpus = CorpusService.openEmpty(ws);
      Files.writeString(f.resolve("README.md"), "Notes about this folder, not a document.");
      CorpusImport.FileImport first = corpus.importFiles(List.of(f), f.resolve("manifest.csv"), DocumentOptions.none());
      assertThat(first.result().added()).containsExactly("a", "b");
      assertThat(first.skipped()).containsExactly(f.resolve("README.md"));
      assertThat(corpus.importFiles(List.of(f), f.resolve("manifest.csv"), DocumentOptions.none()).result().unchanged())
          .isEqualTo(2);
      assertThat(corpus.documents()).extracting(d -> d.metadata().title()).containsExactly("Night crossing", "Meeting");
      assertThat(corpus.search("trade AND kind:statement", 10, 1).hits()).extracting(SearchHit::documentId)
          .containsExactly("b");
    }
  }

  @Test
  void theIndexIsRebuiltFromTheStoreWhenItIsLost() throws Exception {
    Path f = folder();
    try (Workspace ws = Workspace.open(dir.resolve("ws"))) {
      CorpusService corpus = CorpusService.openEmpty(ws);
      corpus.importFiles(List.of(f), f.resolve("manifest.csv"), DocumentOptions.none());
      try (var files = Files.list(ws.directory().resolve("index"))) {
        for (Path p : files.toList()) {
          Files.delete(p);
        }
      }
      assertThat(corpus.search("refugees", 10, 0).totalHits()).isEqualTo(1);
    }
  }

  @Test
  void aFileWithoutKindIsRefusedAndNothingIsStored() throws Exception {
    Path f = folder();
    try (Workspace ws = Workspace.open(dir.resolve("ws"))) {
      CorpusService corpus = CorpusService.openEmpty(ws);
      assertThatThrownBy(() -> corpus.importFiles(List.of(f.resolve("a.txt"), f.resolve("b.md")), null,
          DocumentOptions.none())).isInstanceOf(CorpusException.class).hasMessageContaining("no document kind");
      assertThat(corpus.documents()).isEmpty();
    }
  }

  @Test
  void manualCodingChecksTheCodeAndTheSpanAndChangesNothingWhenWrong() throws Exception {
    Path f = folder();
    try (Workspace ws = Workspace.open(dir.resolve("ws"))) {
      CorpusService corpus = CorpusService.openEmpty(ws);
      corpus.importFiles(List.of(f), f.resolve("manifest.csv"), DocumentOptions.none());
      assertThat(corpus.code("a", 0, 8, "theme.refugees", "ann")).isEqualTo(1);
      assertThatThrownBy(() -> corpus.code("a", 0, 8, "theme.nope", "ann")).hasMessageStartingWith(
          "unknown code id 'theme.nope'");
      assertThatThrownBy(() -> corpus.code("a", 40, 400, "theme.trade", "ann"))
          .hasMessage("coding 40-400 of 'a' reaches past the end of the document (52 characters)");
      assertThat(corpus.store().codings()).containsExactly(Coding.human("a", 0, 8, "theme.refugees", "ann"));
    }
  }

  @Test
  void codingsFromCsvAreAllOrNothing() throws Exception {
    Path f = folder();
    Path csv = dir.resolve("codings.csv");
    Files.writeString(csv, "document,start,end,code,coder\na,0,8,theme.refugees,ann\nb,0,5,theme.bogus,ann\n");
    try (Workspace ws = Workspace.open(dir.resolve("ws"))) {
      CorpusService corpus = CorpusService.openEmpty(ws);
      corpus.importFiles(List.of(f), f.resolve("manifest.csv"), DocumentOptions.none());
      assertThatThrownBy(() -> corpus.importCodings(csv)).hasMessageStartingWith(csv + ":3: unknown code id 'theme.bogus'");
      assertThat(corpus.store().codings()).isEmpty();
    }
  }

  @Test
  void autoCodingByTheDefaultCodebookRecordsTheRuleAndHumanCodesWin() throws Exception {
    Path f = folder();
    try (Workspace ws = Workspace.open(dir.resolve("ws"))) {
      CorpusService corpus = CorpusService.openEmpty(ws);
      corpus.importFiles(List.of(f), f.resolve("manifest.csv"), DocumentOptions.none());
      corpus.autoCode(SegmentUnit.sentence);
      List<Coding> a = corpus.store().codings().stream().filter(c -> c.documentId().equals("a")).toList();
      assertThat(a).extracting(Coding::start, Coding::end, Coding::codeId).contains(
          org.assertj.core.groups.Tuple.tuple(0, 37, "theme.refugees"),
          org.assertj.core.groups.Tuple.tuple(38, 52, "theme.trade"));
      assertThat(a).filteredOn(c -> c.codeId().equals("theme.refugees")).extracting(Coding::rule)
          .containsExactly("refugee* OR migrant* OR migrat* OR displaced OR deport* OR repatriat* OR returnee*"
              + " OR undocumented OR asylum OR immigra*");
      corpus.code("a", 38, 52, "theme.security", "ann");
      CorpusAnalysis analysis = new CorpusAnalysis(corpus);
      assertThat(analysis.effectiveCodings()).filteredOn(c -> c.documentId().equals("a") && c.start() == 38)
          .containsExactly(Coding.human("a", 38, 52, "theme.security", "ann"));
      assertThat(corpus.store().codings()).filteredOn(c -> c.documentId().equals("a") && c.start() == 38)
          .hasSizeGreaterThan(1);
    }
  }

  @Test
  void aQdpxRoundTripIntoAFreshWorkspaceKeepsCodesAndOffsets() throws Exception {
    Path f = folder();
    Path file = dir.resolve("out.qdpx");
    List<Coding> before;
    List<CorpusDocument> docs;
    try (Workspace ws = Workspace.open(dir.resolve("ws"))) {
      CorpusService corpus = CorpusService.openEmpty(ws);
      corpus.importFiles(List.of(f), f.resolve("manifest.csv"), DocumentOptions.none());
      corpus.autoCode(SegmentUnit.sentence);
      corpus.code("a", 0, 8, "theme.refugees", "ann");
      corpus.code("b", 4, 13, "theme.trust", "bob");
      new QdaExchange(corpus).exportProject(file, "test");
      before = corpus.store().codings();
      docs = corpus.store().documents();
    }
    try (Workspace ws = Workspace.open(dir.resolve("fresh"))) {
      CorpusService corpus = CorpusService.openEmpty(ws);
      QdaExchange.ProjectImport r = new QdaExchange(corpus).importProject(file);
      assertThat(r.warnings()).isEmpty();
      assertThat(r.codesAdded()).isZero();
      assertThat(corpus.store().codings()).isEqualTo(before);
      assertThat(corpus.store().documents()).extracting(CorpusDocument::id, CorpusDocument::text, d -> d.metadata())
          .isEqualTo(docs.stream().map(d -> org.assertj.core.groups.Tuple.tuple(d.id(), d.text(), d.metadata()))
              .toList());
      assertThat(new QdaExchange(corpus).importProject(file).codingsAdded()).isZero();
    }
  }

  @Test
  void aCorpusOpenedForReadingSearchesWithoutWritingTheWorkspace() throws Exception {
    Path f = folder();
    try (Workspace ws = Workspace.open(dir.resolve("ws"))) {
      CorpusService.openEmpty(ws).importFiles(List.of(f), f.resolve("manifest.csv"), DocumentOptions.none());
    }
    Map<String, Long> before = modificationTimes(dir.resolve("ws"));
    try (Workspace ws = Workspace.openReadOnly(dir.resolve("ws"))) {
      CorpusService corpus = CorpusService.forReading(ws);
      assertThat(corpus.search("border", 10, 1).hits()).extracting(SearchHit::documentId).containsExactly("a");
      assertThat(corpus.kwic("trade", 10, io.dyadscope.corpus.index.KwicSort.right, 10))
          .extracting(io.dyadscope.corpus.index.KwicLine::documentId).containsExactlyInAnyOrder("a", "b");
      assertThatThrownBy(corpus.index()::syncIndex).isInstanceOf(IllegalStateException.class);
    }
    assertThat(modificationTimes(dir.resolve("ws"))).isEqualTo(before);
  }

  @Test
  void aReadOnlySearchOverAnIndexBehindTheStoreReadsTheStoredTexts() throws Exception {
    Path f = folder();
    try (Workspace ws = Workspace.open(dir.resolve("ws"))) {
      CorpusService.openEmpty(ws).importFiles(List.of(f), f.resolve("manifest.csv"), DocumentOptions.none());
    }
    Path index = dir.resolve("ws").resolve(CorpusService.INDEX_FOLDER);
    try (var files = Files.list(index)) {
      for (Path p : files.toList()) {
        Files.delete(p);
      }
    }
    try (Workspace ws = Workspace.openReadOnly(dir.resolve("ws"))) {
      assertThat(CorpusService.forReading(ws).search("ministers", 10, 1).hits()).extracting(SearchHit::documentId)
          .containsExactly("b");
    }
    try (var files = Files.list(index)) {
      assertThat(files.toList()).isEmpty();
    }
  }

  private static Map<String, Long> modificationTimes(Path folder) throws Exception {
    Map<String, Long> out = new java.util.TreeMap<>();
    try (var files = Files.walk(folder)) {
      for (Path p : files.filter(Files::isRegularFile).toList()) {
        out.put(folder.relativize(p).toString(), Files.getLastModifiedTime(p).toMillis());
      }
    }
    return out;
  }
}
