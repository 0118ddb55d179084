package io.dyadscope.store.corpus;

import io.dyadscope.corpus.DocumentImport;
import io.dyadscope.corpus.DocumentRow;
import io.dyadscope.corpus.Coding;
import io.dyadscope.corpus.CorpusDocument;
import io.dyadscope.corpus.CorpusException;
import io.dyadscope.corpus.DocumentKind;
import io.dyadscope.corpus.DocumentMetadata;
import io.dyadscope.corpus.Memo;
import io.dyadscope.corpus.Origin;
import io.dyadscope.corpus.Segment;
import io.dyadscope.corpus.SegmentUnit;
import io.dyadscope.corpus.text.Segmenter;
import io.dyadscope.store.Database;
import io.dyadscope.store.Workspace;
import io.dyadscope.store.WorkspaceException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;

/**
 * The text corpus in a workspace: documents with their text and sentence segments, codings and
 * memos. Each write is one transaction, bulk rows go through the DuckDB appender, and each call
 * uses its own connection, so this class may be used from any thread.
 */
public final class CorpusStore {

  private static final DateTimeFormatter SQL_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSSSSS");
  private static final String DOC_COLUMNS =
      "id, title, publisher, kind, date, language, source_id, url, licence, countries, file_name, sha256";

  private final Workspace workspace;

  public CorpusStore(Workspace workspace) {
    if (workspace.schemaVersion() < 4) {
      throw new WorkspaceException("workspace " + workspace.databaseFile() + " is at schema version "
          + workspace.schemaVersion() + " and has no corpus tables (needs 4)");
    }
    this.workspace = workspace;
  }

  /** The workspace this corpus lives in. */
  public Workspace workspace() {
    return workspace;
  }

  /** Runs {@code work} on a connection of its own, so that any thread may read. */
  private <T> T read(String what, Database.Work<T> work) {
    try (Connection c = workspace.newConnection()) {
      return work.run(c);
    } catch (SQLException e) {
      throw workspace.database().failure(what, e);
    }
  }

  private static String now() {
    return LocalDateTime.now(ZoneOffset.UTC).format(SQL_TIME);
  }

  /**
   * Adds documents whose text is new. A document whose text (hash) is present is left alone; one
   * whose id is present with another text replaces it, keeping the codings whose words are still
   * at the same offsets. All or nothing.
   */
  public DocumentImport importDocuments(List<CorpusDocument> documents) {
    return workspace.database().inTransaction("import documents", c -> {
      Map<String, String> shaById = new HashMap<>();
      Set<String> shas = new HashSet<>();
      try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("SELECT id, sha256 FROM corpus_documents")) {
        while (r.next()) {
          shaById.put(r.getString(1), r.getString(2));
          shas.add(r.getString(2));
        }
      }
      List<CorpusDocument> fresh = new ArrayList<>();
      List<String> added = new ArrayList<>();
      List<String> replaced = new ArrayList<>();
      int unchanged = 0;
      Set<String> idsInBatch = new HashSet<>();
      for (CorpusDocument d : documents) {
        if (shas.contains(d.sha256())) {
          unchanged++;
          continue;
        }
        if (!idsInBatch.add(d.id())) {
          throw new CorpusException("two different documents with id '" + d.id() + "' in one import ("
              + d.fileName() + ")");
        }
        shas.add(d.sha256());
        fresh.add(d);
        (shaById.containsKey(d.id()) ? replaced : added).add(d.id());
      }
      int dropped = 0;
      if (!replaced.isEmpty()) {
        dropped = CodingRows.dropStale(c, fresh, new HashSet<>(replaced));
        for (String id : replaced) {
          for (String table : List.of("corpus_documents WHERE id", "corpus_segments WHERE document_id")) {
            try (PreparedStatement p = c.prepareStatement("DELETE FROM " + table + " = ?")) {
              p.setString(1, id);
              p.executeUpdate();
            }
          }
        }
      }
      appendDocuments(c, fresh);
      return new DocumentImport(added, replaced, unchanged, dropped);
    });
  }

  private static void appendDocuments(Connection c, List<CorpusDocument> docs) throws SQLException {
    DuckDBConnection duck = c.unwrap(DuckDBConnection.class);
    try (Statement s = c.createStatement()) {
      s.execute("CREATE OR REPLACE TEMP TABLE stage_corpus_documents (id VARCHAR, sha256 VARCHAR, title VARCHAR,"
          + " publisher VARCHAR, kind VARCHAR, date VARCHAR, language VARCHAR, source_id VARCHAR, url VARCHAR,"
          + " licence VARCHAR, countries VARCHAR, file_name VARCHAR, text VARCHAR)");
    }
    try (DuckDBAppender a = duck.createAppender("temp", "main", "stage_corpus_documents")) {
      for (CorpusDocument d : docs) {
        DocumentMetadata m = d.metadata();
        a.beginRow().append(d.id()).append(d.sha256()).append(m.title()).append(m.publisher())
            .append(m.kind().name()).append(m.date()).append(m.language()).append(m.sourceId()).append(m.url())
            .append(m.licence()).append(String.join(";", m.countries())).append(d.fileName()).append(d.text())
            .endRow();
      }
    }
    try (DuckDBAppender a = duck.createAppender(DuckDBConnection.DEFAULT_SCHEMA, "corpus_segments")) {
      for (CorpusDocument d : docs) {
        for (Segment s : Segmenter.segments(d.id(), d.text(), SegmentUnit.sentence)) {
          a.beginRow().append(d.id()).append(s.unit().name()).append(s.ordinal()).append(s.start()).append(s.end())
              .endRow();
        }
      }
    }
    try (PreparedStatement p = c.prepareStatement("INSERT INTO corpus_documents (id, sha256, title, publisher, kind,"
        + " date, language, source_id, url, licence, file_name, imported_at, text, countries) SELECT id, sha256, title,"
        + " publisher, kind, date, language, source_id, url, licence, file_name, CAST(? AS TIMESTAMP), text, countries"
        + " FROM stage_corpus_documents")) {
      p.setString(1, now());
      p.executeUpdate();
    }
    try (Statement s = c.createStatement()) {
      s.execute("DROP TABLE stage_corpus_documents");
    }
  }

  /** Every document with its text, by id. */
  public List<CorpusDocument> documents() {
    return queryDocuments("", List.of());
  }

  /** The document with this id, if any. */
  public Optional<CorpusDocument> document(String id) {
    return queryDocuments(" WHERE id = ?", List.of(id)).stream().findFirst();
  }

  private List<CorpusDocument> queryDocuments(String where, List<String> args) {
    return read("read documents", c -> {
      List<CorpusDocument> out = new ArrayList<>();
      try (PreparedStatement p = c.prepareStatement("SELECT " + DOC_COLUMNS + ", text FROM corpus_documents" + where
          + " ORDER BY id")) {
        for (int i = 0; i < args.size(); i++) {
          p.setString(i + 1, args.get(i));
        }
        try (ResultSet r = p.executeQuery()) {
          while (r.next()) {
            out.add(new CorpusDocument(r.getString(1), metadata(r), r.getString(11), r.getString(12), r.getString(13)));
          }
        }
      }
      return out;
    });
  }

  private static DocumentMetadata metadata(ResultSet r) throws SQLException {
    String countries = r.getString(10);
    return new DocumentMetadata(r.getString(2), r.getString(3), DocumentKind.parse(r.getString(4)), r.getString(5),
        r.getString(6), r.getString(7), r.getString(8), r.getString(9),
        countries == null || countries.isEmpty() ? List.of() : List.of(countries.split(";")));
  }

  /** Document id to (id, sha256): what the index must hold. */
  public Map<String, String> hashes() {
    return read("read documents", c -> {
      Map<String, String> out = new LinkedHashMap<>();
      try (Statement s = c.createStatement();
          ResultSet r = s.executeQuery("SELECT id, sha256 FROM corpus_documents ORDER BY id")) {
        while (r.next()) {
          out.put(r.getString(1), r.getString(2));
        }
      }
      return out;
    });
  }

  /** The documents without their text, by id, with their coding counts. */
  public List<DocumentRow> listing() {
    return read("list documents", c -> {
      List<DocumentRow> out = new ArrayList<>();
      try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("SELECT " + DOC_COLUMNS
          + ", length(text), (SELECT count(*) FROM corpus_codings k WHERE k.document_id = d.id AND k.origin = 'human'),"
          + " (SELECT count(*) FROM corpus_codings k WHERE k.document_id = d.id AND k.origin = 'auto')"
          + " FROM corpus_documents d ORDER BY id")) {
        while (r.next()) {
          out.add(new DocumentRow(r.getString(1), metadata(r), r.getString(11), r.getString(12), r.getInt(13),
              r.getInt(14), r.getInt(15)));
        }
      }
      return out;
    });
  }

  /** Document id to metadata. */
  public Map<String, DocumentMetadata> metadata() {
    Map<String, DocumentMetadata> out = new LinkedHashMap<>();
    listing().forEach(d -> out.put(d.id(), d.metadata()));
    return out;
  }

  /** Each document's sentences, in order. */
  public Map<String, List<Segment>> sentences() {
    return read("read segments", c -> {
      Map<String, List<Segment>> out = new LinkedHashMap<>();
      try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("SELECT document_id, ordinal, start_char,"
          + " end_char FROM corpus_segments WHERE unit = 'sentence' ORDER BY document_id, ordinal")) {
        while (r.next()) {
          out.computeIfAbsent(r.getString(1), k -> new ArrayList<>())
              .add(new Segment(r.getString(1), SegmentUnit.sentence, r.getInt(2), r.getInt(3), r.getInt(4)));
        }
      }
      return out;
    });
  }

  /**
   * Adds codings, skipping any already present (same document, span, code and coder). All or
   * nothing.
   *
   * @return how many were added
   * @throws CorpusException when a coding names an unknown document or reaches past its end
   */
  public int addCodings(Collection<Coding> codings) {
    return workspace.database().inTransaction("add codings", c -> {
      Map<String, String> texts = CodingRows.texts(c, codings);
      Set<String> present = CodingRows.existingKeys(c, texts.keySet());
      List<Coding> fresh = new ArrayList<>();
      for (Coding k : codings) {
        if (present.add(CodingRows.key(k))) {
          fresh.add(k);
        }
      }
      CodingRows.append(c, fresh, texts, now());
      return fresh.size();
    });
  }

  /**
   * Replaces the auto-coder's codings of {@code documentIds} with {@code codings}; human codings
   * are untouched. All or nothing.
   */
  public int replaceAutoCodings(Collection<String> documentIds, List<Coding> codings) {
    for (Coding k : codings) {
      if (k.origin() != Origin.auto || !documentIds.contains(k.documentId())) {
        throw new IllegalArgumentException("not an automatic coding of the documents being coded: " + k);
      }
    }
    return workspace.database().inTransaction("store automatic codings", c -> {
      Map<String, String> texts = CodingRows.texts(c, codings);
      CodingRows.deleteWhereIn(c, "document_id", "VARCHAR", documentIds, "origin = 'auto'");
      CodingRows.append(c, codings, texts, now());
      return codings.size();
    });
  }

  /** Every coding, by document, start, end, code and coder. */
  public List<Coding> codings() {
    return read("read codings", c -> {
      List<Coding> out = new ArrayList<>();
      try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("SELECT document_id, start_char, end_char,"
          + " code_id, coder, origin, rule FROM corpus_codings ORDER BY document_id, start_char, end_char, code_id,"
          + " coder")) {
        while (r.next()) {
          out.add(new Coding(r.getString(1), r.getInt(2), r.getInt(3), r.getString(4), r.getString(5),
              Origin.valueOf(r.getString(6)), r.getString(7)));
        }
      }
      return out;
    });
  }

  /** The names of everyone (and the auto-coder) who coded, alphabetically. */
  public List<String> coders() {
    return codings().stream().map(Coding::coder).distinct().sorted().toList();
  }

  /** Keeps a memo. */
  public void addMemo(Memo memo) {
    workspace.database().inTransaction("add a memo", c -> {
      try (PreparedStatement p = c.prepareStatement("INSERT INTO corpus_memos VALUES (?, ?, ?, ?, CAST(? AS TIMESTAMP))")) {
        p.setString(1, memo.on().name());
        p.setString(2, memo.target());
        p.setString(3, memo.author());
        p.setString(4, memo.text());
        p.setString(5, now());
        p.executeUpdate();
      }
      return null;
    });
  }

  /** Every memo, oldest first. */
  public List<Memo> memos() {
    return read("read memos", c -> {
      List<Memo> out = new ArrayList<>();
      try (Statement s = c.createStatement(); ResultSet r = s.executeQuery(
          "SELECT target_kind, target, author, text FROM corpus_memos ORDER BY written_at, target")) {
        while (r.next()) {
          out.add(new Memo(Memo.Target.valueOf(r.getString(1)), r.getString(2), r.getString(3), r.getString(4)));
        }
      }
      return out;
    });
  }
}
