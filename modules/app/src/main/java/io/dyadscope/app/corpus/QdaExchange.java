package io.dyadscope.app.corpus;

import io.dyadscope.corpus.Coding;
import io.dyadscope.corpus.CorpusException;
import io.dyadscope.corpus.InputLimits;
import io.dyadscope.corpus.Memo;
import io.dyadscope.corpus.codebook.Codebook;
import io.dyadscope.corpus.codebook.CodebookJson;
import io.dyadscope.corpus.qda.QdaImport;
import io.dyadscope.corpus.qda.QdcCodebook;
import io.dyadscope.corpus.qda.QdpxReader;
import io.dyadscope.corpus.qda.QdpxWriter;
import io.dyadscope.corpus.DocumentImport;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/** Moving a workspace's corpus to and from other QDA tools (REFI-QDA) and codebook files. */
public final class QdaExchange {

  /** What an import of a project did. */
  public record ProjectImport(DocumentImport documents, int codesAdded, int codingsAdded, int memosAdded,
      List<String> warnings) {}

  private final CorpusService corpus;

  public QdaExchange(CorpusService corpus) {
    this.corpus = corpus;
  }

  /** Writes the whole corpus (documents, codebook, every coding, memos) as a {@code .qdpx} project. */
  public void exportProject(Path file, String projectName) {
    QdpxWriter.write(file, projectName, corpus.codebook(), corpus.store().documents(), corpus.store().codings(),
        corpus.store().memos());
  }

  /**
   * Reads a {@code .qdpx} project into the workspace: new codes join the workspace codebook, then
   * documents, codings and memos are stored. Documents whose text is present are not added again,
   * nor are codings already present.
   */
  public ProjectImport importProject(Path file) {
    return importProject(file, InputLimits.DEFAULT, null);
  }

  /**
   * As {@link #importProject(Path)}, the archive unpacked under {@code limits}, {@code relative://}
   * sources read below {@code sourcesDir} (null: refused).
   */
  public ProjectImport importProject(Path file, InputLimits limits, Path sourcesDir) {
    Codebook book = corpus.codebook();
    QdaImport in = QdpxReader.read(file, book, limits, sourcesDir);
    Codebook merged = book.plus(in.codes());
    DocumentImport docs = corpus.importDocuments(in.documents());
    if (!in.codes().isEmpty()) {
      corpus.coding().setCodebook(merged);
    }
    int codings = corpus.store().addCodings(in.codings());
    for (Memo m : in.memos()) {
      corpus.store().addMemo(m);
    }
    return new ProjectImport(docs, in.codes().size(), codings, in.memos().size(), in.warnings());
  }

  /** Writes the codebook: {@code .qdc} as REFI-QDA, anything else as Dyadscope's JSON (with rules). */
  public void exportCodebook(Path file) {
    Codebook book = corpus.codebook();
    try {
      if (file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".qdc")) {
        Files.write(file, QdcCodebook.write(book));
      } else {
        Files.writeString(file, CodebookJson.write(book));
      }
    } catch (IOException e) {
      throw new CorpusException(file + ": cannot write: " + e.getMessage(), e);
    }
  }

  /**
   * Replaces the workspace codebook with a JSON codebook, or adds the codes of a {@code .qdc} file.
   * The file is checked whole (every rule parsed) before anything changes.
   *
   * @return warnings about a .qdc file's XML
   */
  public List<String> importCodebook(Path file) {
    return importCodebook(file, false);
  }

  /**
   * As {@link #importCodebook(Path)}; a JSON codebook without codes would empty the codebook, and is
   * refused unless {@code allowEmpty}.
   */
  public List<String> importCodebook(Path file, boolean allowEmpty) {
    if (file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".qdc")) {
      QdaImport in = QdcCodebook.read(file, corpus.codebook());
      corpus.coding().setCodebook(corpus.codebook().plus(in.codes()));
      return in.warnings();
    }
    Codebook book = CodebookJson.read(file);
    if (book.codes().isEmpty() && !allowEmpty) {
      throw new CorpusException(file + ": has no codes, so importing it would empty the codebook: refused (give"
          + " --allow-empty to mean it)");
    }
    corpus.coding().setCodebook(book);
    return List.of();
  }

  /** Codings a coder made, for callers that report on them. */
  public List<Coding> codingsOf(String coder) {
    return corpus.store().codings().stream().filter(c -> c.coder().equals(coder)).toList();
  }
}
