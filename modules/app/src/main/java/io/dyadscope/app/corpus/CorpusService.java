package io.dyadscope.app.corpus;

import io.dyadscope.corpus.Coding;
import io.dyadscope.corpus.CorpusDocument;
import io.dyadscope.corpus.CorpusException;
import io.dyadscope.corpus.DocumentCountries;
import io.dyadscope.corpus.DocumentImport;
import io.dyadscope.corpus.DocumentRow;
import io.dyadscope.corpus.InputLimits;
import io.dyadscope.corpus.Memo;
import io.dyadscope.corpus.SegmentUnit;
import io.dyadscope.corpus.codebook.Codebook;
import io.dyadscope.corpus.index.KwicLine;
import io.dyadscope.corpus.index.KwicSort;
import io.dyadscope.corpus.index.SearchResult;
import io.dyadscope.store.Workspace;
import io.dyadscope.store.corpus.CorpusStore;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The corpus of a workspace as the front ends use it: its documents, and one service a concern —
 * {@link #imports()} (texts in), {@link #index()} (the Lucene index in {@value #INDEX_FOLDER} of the
 * workspace folder, kept in step with the store, and searches), {@link #coding()} (the codebook and
 * codings) and {@link #memoBook()} (memos). The methods named after a concern's own hand its work on
 * to that service, so that a command calls one object.
 */
public final class CorpusService {

  /** Folder of the Lucene index inside the workspace folder. */
  public static final String INDEX_FOLDER = "index";
  /** The workspace's own codebook, when the user set one. */
  public static final String CODEBOOK_FILE = "codebook.json";

  private final Workspace workspace;
  private final CorpusStore store;
  private final CorpusSearch index;
  private final CorpusImport imports;
  private final CorpusCoding coding;
  private final CorpusMemos memos;

  private CorpusService(Workspace workspace, boolean readOnly) {
    this.workspace = workspace;
    this.store = new CorpusStore(workspace);
    this.index = new CorpusSearch(store, indexFolder(workspace), readOnly);
    this.imports = new CorpusImport(store, workspace::sourceIds, index);
    this.coding = new CorpusCoding(store, workspace.directory().resolve(CODEBOOK_FILE));
    this.memos = new CorpusMemos(store, coding, this::document);
  }

  /**
   * The corpus of {@code workspace}. On the first use of a workspace (no index folder yet) whose
   * corpus is empty, the default corpus is imported and auto-coded.
   */
  public static CorpusService open(Workspace workspace) {
    CorpusService s = new CorpusService(workspace, false);
    boolean firstUse = !inUse(workspace.directory());
    if (firstUse && s.store.hashes().isEmpty()) {
      DefaultCorpus.standard().load(s);
    }
    return s;
  }

  /**
   * True once the workspace in {@code directory} has used its corpus (its index folder exists):
   * from then on the default corpus is never loaded again, even into an empty corpus.
   */
  public static boolean inUse(Path directory) {
    return Files.isDirectory(directory.resolve(INDEX_FOLDER));
  }

  /** The corpus without loading the default corpus: for tests and for users who start empty. */
  public static CorpusService openEmpty(Workspace workspace) {
    CorpusService s = new CorpusService(workspace, false);
    Path folder = indexFolder(workspace);
    try {
      Files.createDirectories(folder);
    } catch (IOException e) {
      throw new CorpusException("cannot create " + folder + ": " + e.getMessage(), e);
    }
    return s;
  }

  /**
   * The corpus of a workspace opened read-only, as the dashboard reads it: nothing is written, not
   * even the index. Searches use the index when it holds exactly the stored documents (imports keep
   * it so), and otherwise an index built in memory from the store, so they never show stale text.
   */
  public static CorpusService forReading(Workspace workspace) {
    return new CorpusService(workspace, true);
  }

  private static Path indexFolder(Workspace workspace) {
    return workspace.directory().resolve(INDEX_FOLDER);
  }

  /** The store of the corpus, for the services of this package only. */
  CorpusStore store() {
    return store;
  }

  public CorpusImport imports() {
    return imports;
  }

  public CorpusSearch index() {
    return index;
  }

  public CorpusCoding coding() {
    return coding;
  }

  public CorpusMemos memoBook() {
    return memos;
  }

  // ---- documents

  public List<DocumentRow> documents() {
    return store.listing();
  }

  /** @throws CorpusException naming the id when there is no such document */
  public CorpusDocument document(String id) {
    return store.document(id).orElseThrow(() -> new CorpusException("no document with id '" + id
        + "' in the workspace (see 'dyadscope documents')"));
  }

  /**
   * Each document's countries, as listed: those its manifest recorded ({@code AFG;PAK}), else those
   * inferred from its text, marked so ({@code IND;PAK (inferred)}); see {@link DocumentCountries}.
   */
  public Map<String, String> countries() {
    Map<String, String> out = new LinkedHashMap<>();
    documentsById().forEach((id, d) -> out.put(id, String.join(";", DocumentCountries.standard().of(d))
        + (d.metadata().countries().isEmpty() ? " (inferred)" : "")));
    return out;
  }

  /** Every document's text by id. */
  public Map<String, CorpusDocument> documentsById() {
    Map<String, CorpusDocument> out = new HashMap<>();
    store.documents().forEach(d -> out.put(d.id(), d));
    return out;
  }

  // ---- each concern's work, handed on

  /** {@link CorpusImport#importFiles(List, Path, DocumentOptions)}. */
  public CorpusImport.FileImport importFiles(List<Path> paths, Path manifest, DocumentOptions options) {
    return imports.importFiles(paths, manifest, options);
  }

  /** {@link CorpusImport#importFiles(List, Path, DocumentOptions, InputLimits, boolean)}. */
  public CorpusImport.FileImport importFiles(List<Path> paths, Path manifest, DocumentOptions options,
      InputLimits limits, boolean replace) {
    return imports.importFiles(paths, manifest, options, limits, replace);
  }

  /** {@link CorpusImport#importDocuments}. */
  public DocumentImport importDocuments(List<CorpusDocument> documents) {
    return imports.importDocuments(documents);
  }

  /** {@link CorpusSearch#search}. */
  public SearchResult search(String query, int limit, int snippetsPerHit) {
    return index.search(query, limit, snippetsPerHit);
  }

  /** {@link CorpusSearch#kwic}. */
  public List<KwicLine> kwic(String term, int width, KwicSort sort, int limit) {
    return index.kwic(term, width, sort, limit);
  }

  /** {@link CorpusCoding#codebook}. */
  public Codebook codebook() {
    return coding.codebook();
  }

  /** {@link CorpusCoding#codings}. */
  public List<Coding> codings() {
    return coding.codings();
  }

  /** {@link CorpusCoding#code}. */
  public int code(String documentId, int from, int to, String codeId, String coder) {
    return coding.code(documentId, from, to, codeId, coder);
  }

  /** {@link CorpusCoding#importCodings}. */
  public int importCodings(Path csv) {
    return coding.importCodings(csv);
  }

  /** {@link CorpusCoding#autoCode}. */
  public int autoCode(SegmentUnit unit) {
    return coding.autoCode(unit);
  }

  /** {@link CorpusMemos#all}. */
  public List<Memo> memos() {
    return memos.all();
  }

  /** {@link CorpusMemos#add}. */
  public void memo(Memo memo) {
    memos.add(memo);
  }
}
