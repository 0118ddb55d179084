package io.dyadscope.corpus.index;

import io.dyadscope.corpus.CorpusDocument;
import io.dyadscope.corpus.CorpusException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;

/**
 * The Lucene index of a corpus, one Lucene document per corpus document, kept in a folder of the
 * workspace. The text is indexed with offsets, so snippets are cut from the postings and their
 * offsets are the stored text's. {@link #indexed()} tells which version (hash) of each document the
 * index holds, so the caller can keep it in step with the store.
 */
public final class CorpusIndex implements AutoCloseable {

  private static final FieldType TEXT_WITH_OFFSETS = new FieldType(TextField.TYPE_STORED);

  static {
    TEXT_WITH_OFFSETS.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
    TEXT_WITH_OFFSETS.freeze();
  }

  private static final String STORED_ID = "doc_id";

  private final Path folder;
  private final Directory directory;

  private CorpusIndex(Path folder, Directory directory) {
    this.folder = folder;
    this.directory = directory;
  }

  /** Opens (creating when absent) the index in {@code folder}. */
  public static CorpusIndex open(Path folder) {
    try {
      CorpusIndex index = new CorpusIndex(folder, FSDirectory.open(folder));
      if (!DirectoryReader.indexExists(index.directory)) {
        try (IndexWriter w = index.writer()) {
          w.commit();
        }
      }
      return index;
    } catch (IOException e) {
      throw new CorpusException("cannot open the corpus index in " + folder + ": " + e.getMessage(), e);
    }
  }

  /**
   * Opens the index in {@code folder} for reading only, writing nothing: empty when there is no
   * index there yet. A read-only workspace (the dashboard's) searches through this.
   */
  public static Optional<CorpusIndex> existing(Path folder) {
    if (!Files.isDirectory(folder)) {
      return Optional.empty();
    }
    try {
      CorpusIndex index = new CorpusIndex(folder, FSDirectory.open(folder));
      if (!DirectoryReader.indexExists(index.directory)) {
        index.close();
        return Optional.empty();
      }
      return Optional.of(index);
    } catch (IOException e) {
      throw new CorpusException("cannot open the corpus index in " + folder + ": " + e.getMessage(), e);
    }
  }

  /** Opens an index held in memory, for tests, benchmarks and searches of a corpus whose index is behind. */
  public static CorpusIndex inMemory() {
    CorpusIndex index = new CorpusIndex(null, new org.apache.lucene.store.ByteBuffersDirectory());
    try (IndexWriter w = index.writer()) {
      w.commit();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return index;
  }

  private IndexWriter writer() throws IOException {
    return new IndexWriter(directory, new IndexWriterConfig(CorpusAnalyzer.analyzer())
        .setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND).setRAMBufferSizeMB(64));
  }

  /** The Lucene document for a corpus document: the fields {@link CorpusAnalyzer} names. */
  public static Document toLucene(CorpusDocument d) {
    Document doc = new Document();
    doc.add(new StringField(CorpusAnalyzer.ID, d.id().toLowerCase(Locale.ROOT), Field.Store.NO));
    doc.add(new StoredField(STORED_ID, d.id()));
    doc.add(new StringField(CorpusAnalyzer.KIND, d.metadata().kind().name(), Field.Store.YES));
    doc.add(new StringField(CorpusAnalyzer.DATE, d.metadata().date(), Field.Store.YES));
    doc.add(new StringField(CorpusAnalyzer.YEAR,
        d.metadata().year() == 0 ? "" : Integer.toString(d.metadata().year()), Field.Store.NO));
    doc.add(new StringField(CorpusAnalyzer.LANGUAGE, d.metadata().language().toLowerCase(Locale.ROOT),
        Field.Store.NO));
    doc.add(new TextField(CorpusAnalyzer.TITLE, d.metadata().title(), Field.Store.YES));
    doc.add(new TextField(CorpusAnalyzer.PUBLISHER, d.metadata().publisher(), Field.Store.YES));
    doc.add(new StoredField(CorpusAnalyzer.SHA, d.sha256()));
    doc.add(new Field(CorpusAnalyzer.TEXT, d.text(), TEXT_WITH_OFFSETS));
    return doc;
  }

  /**
   * Replaces the index entries of {@code changed} documents, removes those of {@code removedIds},
   * and commits once.
   */
  public void update(Collection<CorpusDocument> changed, Collection<String> removedIds) {
    try (IndexWriter w = writer()) {
      for (String id : removedIds) {
        w.deleteDocuments(new Term(CorpusAnalyzer.ID, id.toLowerCase(Locale.ROOT)));
      }
      for (CorpusDocument d : changed) {
        w.updateDocument(new Term(CorpusAnalyzer.ID, d.id().toLowerCase(Locale.ROOT)), toLucene(d));
      }
      w.commit();
    } catch (IOException e) {
      throw failure("update", e);
    }
  }

  /** Empties the index. */
  public void clear() {
    try (IndexWriter w = writer()) {
      w.deleteAll();
      w.commit();
    } catch (IOException e) {
      throw failure("clear", e);
    }
  }

  /** Document id to the hash of the text the index holds for it. */
  public Map<String, String> indexed() {
    Map<String, String> out = new HashMap<>();
    try (DirectoryReader r = DirectoryReader.open(directory)) {
      IndexSearcher s = new IndexSearcher(r);
      StoredFields stored = r.storedFields();
      for (ScoreDoc sd : s.search(new MatchAllDocsQuery(), Math.max(1, r.numDocs())).scoreDocs) {
        Document d = stored.document(sd.doc, java.util.Set.of(STORED_ID, CorpusAnalyzer.SHA));
        out.put(d.get(STORED_ID), d.get(CorpusAnalyzer.SHA));
      }
    } catch (IOException e) {
      throw failure("read", e);
    }
    return out;
  }

  /** A reader over the index as it is now, for one or many searches; close it after use. */
  public Searcher searcher() {
    try {
      return new Searcher(DirectoryReader.open(directory));
    } catch (IOException e) {
      throw failure("read", e);
    }
  }

  /** One question {@code ask} put to the index as it is now, the view closed after. */
  public <T> T read(Function<Searcher, T> ask) {
    try (Searcher s = searcher()) {
      return ask.apply(s);
    }
  }

  /** Searches once: see {@link Searcher#search}. */
  public SearchResult search(String query, int limit, int snippetsPerHit) {
    return read(s -> s.search(query, limit, snippetsPerHit));
  }

  /** A concordance once: see {@link Searcher#kwic}. */
  public List<KwicLine> kwic(String term, int width, KwicSort sort, int limit) {
    return read(s -> s.kwic(term, width, sort, limit));
  }

  @Override
  public void close() {
    try {
      directory.close();
    } catch (IOException e) {
      throw failure("close", e);
    }
  }

  private CorpusException failure(String what, IOException e) {
    return new CorpusException("cannot " + what + " the corpus index" + (folder == null ? "" : " in " + folder)
        + ": " + e.getMessage(), e);
  }

  /** Searches over one point-in-time view of the index; not thread-safe for KWIC, cheap to make. */
  public static final class Searcher implements AutoCloseable {
    private final DirectoryReader reader;
    private final IndexSearcher searcher;

    Searcher(DirectoryReader reader) {
      this.reader = reader;
      this.searcher = new IndexSearcher(reader);
    }

    /**
     * The documents matching {@code query} (Lucene classic syntax: phrases, AND/OR/NOT, fields
     * {@code kind:}, {@code date:[A TO B]}, {@code publisher:}, {@code title:}), best first, ties by
     * id, with up to {@code snippetsPerHit} highlighted passages each.
     *
     * @throws CorpusException when the query does not parse, quoting it
     */
    public SearchResult search(String query, int limit, int snippetsPerHit) {
      Query q;
      try {
        q = CorpusAnalyzer.parse(query);
      } catch (ParseException e) {
        throw new CorpusException("cannot read the query '" + query + "': " + e.getMessage().split("\n")[0], e);
      }
      try {
        TopDocs top = searcher.search(q, Math.max(1, limit));
        StoredFields stored = reader.storedFields();
        int[] ids = new int[top.scoreDocs.length];
        for (int i = 0; i < ids.length; i++) {
          ids[i] = top.scoreDocs[i].doc;
        }
        List<List<Snippet>> snippets = snippetsPerHit > 0 && ids.length > 0
            ? new OffsetHighlighter(searcher).snippets(CorpusAnalyzer.TEXT, q, ids, snippetsPerHit)
            : null;
        List<SearchHit> hits = new ArrayList<>();
        for (int i = 0; i < ids.length; i++) {
          Document d = stored.document(ids[i], java.util.Set.of(STORED_ID, CorpusAnalyzer.TITLE,
              CorpusAnalyzer.KIND, CorpusAnalyzer.DATE, CorpusAnalyzer.PUBLISHER));
          hits.add(new SearchHit(d.get(STORED_ID), d.get(CorpusAnalyzer.TITLE), d.get(CorpusAnalyzer.KIND),
              d.get(CorpusAnalyzer.DATE), d.get(CorpusAnalyzer.PUBLISHER), top.scoreDocs[i].score,
              snippets == null ? List.of() : snippets.get(i)));
        }
        // Equal scores in id order, so results do not depend on the order of indexing.
        hits.sort(java.util.Comparator.comparing((SearchHit h) -> -h.score()).thenComparing(SearchHit::documentId));
        return new SearchResult(query, top.totalHits.value, hits);
      } catch (IOException e) {
        throw new CorpusException("cannot search the corpus index: " + e.getMessage(), e);
      }
    }

    /** See {@link Concordance}. */
    public List<KwicLine> kwic(String term, int width, KwicSort sort, int limit) {
      return Concordance.lines(reader, searcher, term, width, sort, limit);
    }

    /** Number of documents in this view. */
    public int size() {
      return reader.numDocs();
    }

    @Override
    public void close() {
      try {
        reader.close();
      } catch (IOException e) {
        throw new CorpusException("cannot close the corpus index reader: " + e.getMessage(), e);
      }
    }
  }
}
