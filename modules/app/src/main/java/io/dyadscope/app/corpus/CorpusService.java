package io.dyadscope.app.corpus;

import io.dyadscope.corpus.Coding;
import io.dyadscope.corpus.CorpusDocument;
import io.dyadscope.corpus.DocumentCountries;
import io.dyadscope.corpus.CorpusException;
import io.dyadscope.corpus.InputLimits;
import io.dyadscope.evidence.imports.ImportException;
import io.dyadscope.importers.StatisticsText;
import io.dyadscope.corpus.Memo;
import io.dyadscope.corpus.SegmentUnit;
import io.dyadscope.corpus.codebook.Codebook;
import io.dyadscope.corpus.codebook.CodebookJson;
import io.dyadscope.corpus.coding.AutoCoder;
import io.dyadscope.corpus.index.CorpusIndex;
import io.dyadscope.corpus.index.KwicLine;
import io.dyadscope.corpus.index.KwicSort;
import io.dyadscope.corpus.index.SearchResult;
import io.dyadscope.store.Workspace;
import io.dyadscope.store.corpus.CorpusStore;
import io.dyadscope.corpus.DocumentImport;
import io.dyadscope.corpus.DocumentRow;
import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The corpus of a workspace as the CLI and other front ends use it: documents in the store, the
 * Lucene index in {@value #INDEX_FOLDER} of the workspace folder (brought in step with the store
 * whenever it is used), and the codebook ({@value #CODEBOOK_FILE} in the workspace folder when the
 * user set one, else Dyadscope's default).
 */
public final class CorpusService {

  /** Folder of the Lucene index inside the workspace folder. */
  public static final String INDEX_FOLDER = "index";
  /** The workspace's own codebook, when the user set one. */
  public static final String CODEBOOK_FILE = "codebook.json";

  private final Workspace workspace;
  private final CorpusStore store;
  private final boolean readOnly;

  private CorpusService(Workspace workspace, boolean readOnly) {
    this.workspace = workspace;
    this.store = new CorpusStore(workspace);
    this.readOnly = readOnly;
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
    try {
      Files.createDirectories(s.indexFolder());
    } catch (IOException e) {
      throw new CorpusException("cannot create " + s.indexFolder() + ": " + e.getMessage(), e);
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

  public CorpusStore store() {
    return store;
  }

  /** Every coding, human and automatic. */
  public List<Coding> codings() {
    return store.codings();
  }

  /** Every memo on codes and documents. */
  public List<Memo> memos() {
    return store.memos();
  }

  public Workspace workspace() {
    return workspace;
  }

  Path indexFolder() {
    return workspace.directory().resolve(INDEX_FOLDER);
  }

  // ---- documents

  /** What an import of files did, and the files in folders it skipped because the manifest does not list them. */
  public record FileImport(DocumentImport result, List<Path> skipped) {}

  /**
   * Imports files and folders (see {@link DocumentFiles}); all files are read before anything is
   * stored, then stored in one transaction and indexed. With a manifest, files found in folders
   * that it does not list (a README, say) are skipped; files named one by one are always read.
   *
   * @param manifest a manifest CSV, or null
   */
  public FileImport importFiles(List<Path> paths, Path manifest, DocumentOptions options) {
    return importFiles(paths, manifest, options, InputLimits.DEFAULT, true);
  }

  /**
   * As {@link #importFiles(List, Path, DocumentOptions)}, each file read under {@code limits}; with
   * {@code replace} false a file whose text would replace a stored document of the same id with a
   * different text is refused, before anything is stored.
   */
  public FileImport importFiles(List<Path> paths, Path manifest, DocumentOptions options, InputLimits limits,
      boolean replace) {
    Manifest m = null;
    if (manifest != null) {
      try (Reader r = new java.io.StringReader(StatisticsText.utf8(manifest.toString(), Files.readAllBytes(manifest)))) {
        m = Manifest.read(manifest.toString(), r);
      } catch (ImportException e) {
        throw new CorpusException(e.problems().get(0).toString(), e);   // not UTF-8, naming the line
      } catch (IOException e) {
        throw new CorpusException(manifest + ": cannot read: " + e.getMessage(), e);
      }
    }
    List<Path> files = new ArrayList<>();
    List<Path> skipped = new ArrayList<>();
    for (Path p : paths) {
      for (Path f : DocumentFiles.expand(List.of(p))) {
        boolean listed = m == null || m.entry(f.getFileName().toString()) != null;
        if (listed || !Files.isDirectory(p)) {
          files.add(f);
        } else if (!f.equals(manifest)) {
          skipped.add(f);
        }
      }
    }
    List<CorpusDocument> docs = DocumentFiles.read(files, m, options, limits);
    if (!replace) {
      Map<String, String> stored = store.hashes();
      for (CorpusDocument d : docs) {
        if (stored.containsKey(d.id()) && !stored.get(d.id()).equals(d.sha256())) {
          throw new CorpusException(d.fileName() + ": would replace the document '" + d.id() + "' already in the"
              + " corpus, whose text differs: refused unless replacing is asked for");
        }
      }
    }
    return new FileImport(importDocuments(docs), skipped);
  }

  /** Stores documents (idempotent) and brings the index in step. */
  public DocumentImport importDocuments(List<CorpusDocument> documents) {
    java.util.Set<String> sources = null;
    for (CorpusDocument d : documents) {
      String sid = d.metadata().sourceId();
      if (!sid.isEmpty()) {
        sources = sources == null ? workspace.sourceIds() : sources;
        if (!sources.contains(sid)) {
          throw new CorpusException((d.fileName().isEmpty() ? d.id() : d.fileName()) + ": source id '" + sid
              + "' is not in the workspace's sources (see 'dyadscope sources')");
        }
      }
    }
    DocumentImport result = store.importDocuments(documents);
    syncIndex();
    return result;
  }

  public List<DocumentRow> documents() {
    return store.listing();
  }

  /** @throws CorpusException naming the id when there is no such document */
  public CorpusDocument document(String id) {
    return store.document(id).orElseThrow(() -> new CorpusException("no document with id '" + id
        + "' in the workspace (see 'dyadscope documents')"));
  }

  /**
   * Makes the index hold exactly the store's documents at their current text.
   *
   * @return how many index entries were written or removed
   */
  public int syncIndex() {
    if (readOnly) {
      throw new IllegalStateException("the corpus was opened for reading; its index cannot be brought in step");
    }
    Map<String, String> want = store.hashes();
    try (CorpusIndex index = CorpusIndex.open(indexFolder())) {
      Map<String, String> have = index.indexed();
      List<String> changedIds = new ArrayList<>();
      want.forEach((id, sha) -> {
        if (!sha.equals(have.get(id))) {
          changedIds.add(id);
        }
      });
      List<String> removed = have.keySet().stream().filter(id -> !want.containsKey(id)).toList();
      if (changedIds.isEmpty() && removed.isEmpty()) {
        return 0;
      }
      List<CorpusDocument> changed = store.documents().stream().filter(d -> changedIds.contains(d.id())).toList();
      index.update(changed, removed);
      return changed.size() + removed.size();
    }
  }

  // ---- search

  public SearchResult search(String query, int limit, int snippetsPerHit) {
    try (CorpusIndex index = searchableIndex()) {
      return index.search(query, limit, snippetsPerHit);
    }
  }

  public List<KwicLine> kwic(String term, int width, KwicSort sort, int limit) {
    try (CorpusIndex index = searchableIndex()) {
      return index.kwic(term, width, sort, limit);
    }
  }

  /** An index holding exactly the stored documents: the workspace's, brought in step unless read-only. */
  private CorpusIndex searchableIndex() {
    if (!readOnly) {
      syncIndex();
      return CorpusIndex.open(indexFolder());
    }
    Map<String, String> want = store.hashes();
    java.util.Optional<CorpusIndex> existing = CorpusIndex.existing(indexFolder());
    if (existing.isPresent() && existing.get().indexed().equals(want)) {
      return existing.get();
    }
    existing.ifPresent(CorpusIndex::close);
    CorpusIndex memory = CorpusIndex.inMemory();
    memory.update(store.documents(), List.of());
    return memory;
  }

  // ---- codebook

  /** The workspace's codebook, or Dyadscope's default when the user set none. */
  public Codebook codebook() {
    Path own = workspace.directory().resolve(CODEBOOK_FILE);
    return Files.isRegularFile(own) ? CodebookJson.read(own) : CodebookJson.standard();
  }

  /** Makes {@code book} the workspace's codebook. */
  public void setCodebook(Codebook book) {
    try {
      Files.writeString(workspace.directory().resolve(CODEBOOK_FILE), CodebookJson.write(book));
    } catch (IOException e) {
      throw new CorpusException("cannot write the workspace codebook: " + e.getMessage(), e);
    }
  }

  // ---- coding

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

  public void memo(Memo memo) {
    if (memo.on() == Memo.Target.code) {
      codebook().require(memo.target());
    } else {
      document(memo.target());
    }
    store.addMemo(memo);
  }

  /**
   * Each document's countries, as listed: those its manifest recorded ({@code AFG;PAK}), else those
   * inferred from its text, marked so ({@code IND;PAK (inferred)}); see {@link DocumentCountries}.
   */
  public Map<String, String> countries() {
    Map<String, String> out = new java.util.LinkedHashMap<>();
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
}
