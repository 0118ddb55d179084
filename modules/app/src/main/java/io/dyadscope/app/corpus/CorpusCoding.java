package io.dyadscope.app.corpus;

import io.dyadscope.corpus.Coding;
import io.dyadscope.corpus.CorpusDocument;
import io.dyadscope.corpus.CorpusException;
import io.dyadscope.corpus.SegmentUnit;
import io.dyadscope.corpus.codebook.Codebook;
import io.dyadscope.corpus.codebook.CodebookJson;
import io.dyadscope.corpus.coding.AutoCoder;
import io.dyadscope.store.corpus.CorpusStore;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The codebook ({@value CorpusService#CODEBOOK_FILE} in the workspace folder when the user set one,
 * else Dyadscope's default) and the coding of the corpus by it: by hand, from a CSV of coded
 * segments, and by the codebook's rules.
 */
public final class CorpusCoding {

  // A class rather than a record: the store and file are this service's means, not values to hand out;
  // only CorpusService makes one.
  private final CorpusStore store;
  private final Path codebookFile;

  CorpusCoding(CorpusStore store, Path codebookFile) {
    this.store = store;
    this.codebookFile = codebookFile;
  }

  /** The workspace's codebook, or Dyadscope's default when the user set none. */
  public Codebook codebook() {
    return Files.isRegularFile(codebookFile) ? CodebookJson.read(codebookFile) : CodebookJson.standard();
  }

  /** Makes {@code book} the workspace's codebook. */
  public void setCodebook(Codebook book) {
    try {
      Files.writeString(codebookFile, CodebookJson.write(book));
    } catch (IOException e) {
      throw new CorpusException("cannot write the workspace codebook: " + e.getMessage(), e);
    }
  }

  /** Every coding, human and automatic. */
  public List<Coding> codings() {
    return store.codings();
  }

  /**
   * Codes {@code [from, to)} of a document by hand.
   *
   * @return 1 when added, 0 when the same coding was there already
   * @throws CorpusException for an unknown document or code, or a span outside the text
   */
  public int code(String documentId, int from, int to, String codeId, String coder) {
    return addHumanCodings(List.of(humanCoding(documentId, from, to, codeId, coder, codebook(), "")));
  }

  static Coding humanCoding(String documentId, int from, int to, String codeId, String coder, Codebook book,
      String where) {
    book.require(codeId);
    if (coder == null || coder.isBlank() || coder.strip().equals(Coding.AUTO_CODER)) {
      throw new CorpusException(where + "a coder's name is needed, and '" + Coding.AUTO_CODER
          + "' is kept for the auto-coder");
    }
    if (from < 0 || to <= from) {
      throw new CorpusException(where + "characters " + from + "-" + to + " are not a span: FROM must be at least 0"
          + " and below TO");
    }
    return Coding.human(documentId, from, to, codeId, coder.strip());
  }

  /** Adds human codings in one transaction. */
  public int addHumanCodings(List<Coding> codings) {
    return store.addCodings(codings);
  }

  /** Reads coded segments from CSV ({@code document,start,end,code,coder}) and adds them: all or nothing. */
  public int importCodings(Path csv) {
    return addHumanCodings(CodingsCsv.read(csv, codebook()));
  }

  /**
   * Runs the codebook's rules over every document, replacing earlier automatic codings.
   *
   * @return the number of automatic codings now stored
   */
  public int autoCode(SegmentUnit unit) {
    List<CorpusDocument> docs = store.documents();
    List<Coding> codings = new AutoCoder(codebook(), unit).code(docs);
    return store.replaceAutoCodings(docs.stream().map(CorpusDocument::id).toList(), codings);
  }
}
