package io.dyadscope.store.corpus;

import io.dyadscope.corpus.Coding;
import io.dyadscope.corpus.CorpusDocument;
import io.dyadscope.corpus.CorpusException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;

/** The SQL behind {@link CorpusStore}'s codings, run inside its transactions. */
final class CodingRows {

  private CodingRows() {}

  /**
   * Deletes the codings whose {@code column} holds one of {@code ids} (row numbers as BIGINT or
   * document ids as VARCHAR, as {@code type} says) and that meet {@code alsoWhere} (SQL, or null):
   * the ids are appended to a temporary table and joined, however many there are.
   */
  static void deleteWhereIn(Connection c, String column, String type, Collection<?> ids, String alsoWhere)
      throws SQLException {
    try (Statement s = c.createStatement()) {
      s.execute("CREATE OR REPLACE TEMP TABLE stage_ids (id " + type + ")");
    }
    try (DuckDBAppender a = c.unwrap(DuckDBConnection.class).createAppender("temp", "main", "stage_ids")) {
      for (Object id : ids) {
        a.beginRow();
        if (id instanceof Long n) {
          a.append(n);
        } else {
          a.append((String) id);
        }
        a.endRow();
      }
    }
    try (Statement s = c.createStatement()) {
      s.executeUpdate("DELETE FROM corpus_codings WHERE " + column + " IN (SELECT id FROM stage_ids)"
          + (alsoWhere == null ? "" : " AND " + alsoWhere));
      s.execute("DROP TABLE stage_ids");
    }
  }

  static int dropStale(Connection c, List<CorpusDocument> fresh, Set<String> replaced)
      throws SQLException {
    Map<String, String> newText = new HashMap<>();
    fresh.stream().filter(d -> replaced.contains(d.id())).forEach(d -> newText.put(d.id(), d.text()));
    int dropped = 0;
    try (Statement s = c.createStatement();
        ResultSet r = s.executeQuery("SELECT rowid, document_id, start_char, end_char, quote FROM corpus_codings")) {
      List<Long> stale = new ArrayList<>();
      while (r.next()) {
        String text = newText.get(r.getString(2));
        if (text == null) {
          continue;
        }
        int from = r.getInt(3);
        int to = r.getInt(4);
        if (to > text.length() || !text.substring(from, to).equals(r.getString(5))) {
          stale.add(r.getLong(1));
        }
      }
      deleteWhereIn(c, "rowid", "BIGINT", stale, null);
      dropped = stale.size();
    }
    return dropped;
  }

  static Map<String, String> texts(Connection c, Collection<Coding> codings) throws SQLException {
    Set<String> ids = new HashSet<>();
    codings.forEach(k -> ids.add(k.documentId()));
    Map<String, String> texts = new HashMap<>();
    try (PreparedStatement p = c.prepareStatement("SELECT text FROM corpus_documents WHERE id = ?")) {
      for (String id : ids) {
        p.setString(1, id);
        try (ResultSet r = p.executeQuery()) {
          if (!r.next()) {
            throw new CorpusException("no document with id '" + id + "' in the workspace");
          }
          texts.put(id, r.getString(1));
        }
      }
    }
    for (Coding k : codings) {
      int len = texts.get(k.documentId()).length();
      if (k.end() > len) {
        throw new CorpusException("coding " + k.start() + "-" + k.end() + " of '" + k.documentId()
            + "' reaches past the end of the document (" + len + " characters)");
      }
    }
    return texts;
  }

  static Set<String> existingKeys(Connection c, Set<String> docIds) throws SQLException {
    Set<String> out = new HashSet<>();
    try (PreparedStatement p = c.prepareStatement(
        "SELECT document_id, start_char, end_char, code_id, coder FROM corpus_codings WHERE document_id = ?")) {
      for (String id : docIds) {
        p.setString(1, id);
        try (ResultSet r = p.executeQuery()) {
          while (r.next()) {
            out.add(r.getString(1) + "\u0000" + r.getInt(2) + "\u0000" + r.getInt(3) + "\u0000" + r.getString(4)
                + "\u0000" + r.getString(5));
          }
        }
      }
    }
    return out;
  }

  static String key(Coding k) {
    return k.documentId() + "\u0000" + k.start() + "\u0000" + k.end() + "\u0000" + k.codeId() + "\u0000" + k.coder();
  }

  static void append(Connection c, Collection<Coding> codings, Map<String, String> texts, String now)
      throws SQLException {
    try (Statement s = c.createStatement()) {
      s.execute("CREATE OR REPLACE TEMP TABLE stage_codings (document_id VARCHAR, start_char INTEGER,"
          + " end_char INTEGER, code_id VARCHAR, coder VARCHAR, origin VARCHAR, rule VARCHAR, quote VARCHAR)");
    }
    try (DuckDBAppender a = c.unwrap(DuckDBConnection.class).createAppender("temp", "main", "stage_codings")) {
      for (Coding k : codings) {
        a.beginRow().append(k.documentId()).append(k.start()).append(k.end()).append(k.codeId()).append(k.coder())
            .append(k.origin().name()).append(k.rule())
            .append(texts.get(k.documentId()).substring(k.start(), k.end())).endRow();
      }
    }
    try (PreparedStatement p = c.prepareStatement(
        "INSERT INTO corpus_codings SELECT *, CAST(? AS TIMESTAMP) FROM stage_codings")) {
      p.setString(1, now);
      p.executeUpdate();
    }
    try (Statement s = c.createStatement()) {
      s.execute("DROP TABLE stage_codings");
    }
  }
}
