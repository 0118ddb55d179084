package io.dyadscope.store.fetch;

import io.dyadscope.evidence.Worded;
import io.dyadscope.store.Database;
import io.dyadscope.store.Workspace;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The {@code fetches} table: each API answer behind an import (query, retrieval time, SHA-256), tied to the
 * import's row in {@code imports} (observations) or {@code event_imports} (events), so that every fetched
 * observation and event cites the answers it came from through its {@code import_id}.
 */
public final class FetchLog {

  /** Which import log an entry points into; its word ({@code observations}, {@code events}) is what the log stores. */
  public enum ImportKind implements Worded {
    OBSERVATIONS("imports"), EVENTS("event_imports");

    private final String table;

    ImportKind(String table) {
      this.table = table;
    }

    static ImportKind of(String word) {
      return word.equals("events") ? EVENTS : OBSERVATIONS;
    }
  }

  /** One answer as the log keeps it. */
  public record Entry(long id, String api, String dyad, String query, Instant retrievedAt, String sha256, long bytes,
      ImportKind kind, long importId) {}

  private static final DateTimeFormatter SQL = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSSSSS");

  private final Workspace ws;

  public FetchLog(Workspace ws) {
    this.ws = ws;
  }

  /** The id of the latest row of {@code kind}'s import log (0 when none). */
  public long latestImport(ImportKind kind) {
    return ws.database().count("SELECT coalesce(max(id), 0) FROM " + kind.table);
  }

  /**
   * Records the answers behind import {@code importId} and removes the events the provider withdrew, in one
   * transaction; returns the withdrawn events that were held and are now gone.
   */
  public List<String> record(List<Entry> entries, String deletedDataset, List<String> deletedIds) {
    return ws.database().inTransaction("record fetched answers", c -> {
      long next = Database.count(c, "SELECT coalesce(max(id), 0) + 1 FROM fetches");
      try (PreparedStatement p = c.prepareStatement("INSERT INTO fetches VALUES (?, ?, ?, ?, CAST(? AS TIMESTAMP), ?,"
          + " ?, ?, ?, CAST(? AS TIMESTAMP))")) {
        String now = SQL.format(LocalDateTime.ofInstant(Instant.now(), ZoneOffset.UTC));
        for (Entry e : entries) {
          p.setLong(1, next++);
          p.setString(2, e.api());
          p.setString(3, e.dyad());
          p.setString(4, e.query());
          p.setString(5, SQL.format(LocalDateTime.ofInstant(e.retrievedAt(), ZoneOffset.UTC)));
          p.setString(6, e.sha256());
          p.setLong(7, e.bytes());
          p.setString(8, e.kind().word());
          p.setLong(9, e.importId());
          p.setString(10, now);
          p.addBatch();
        }
        p.executeBatch();
      }
      List<String> removed = new ArrayList<>();
      if (!deletedIds.isEmpty()) {
        try (PreparedStatement find = c.prepareStatement("SELECT event_id FROM events WHERE dataset = ? AND event_id = ?");
            PreparedStatement del = c.prepareStatement("DELETE FROM events WHERE dataset = ? AND event_id = ?")) {
          for (String id : deletedIds) {
            find.setString(1, deletedDataset);
            find.setString(2, id);
            try (ResultSet r = find.executeQuery()) {
              if (!r.next()) {
                continue;
              }
            }
            del.setString(1, deletedDataset);
            del.setString(2, id);
            del.executeUpdate();
            removed.add(id);
          }
        }
      }
      return removed;
    });
  }

  /** Every answer recorded, oldest first. */
  public List<Entry> all() {
    return ws.database().list("read the fetch log", "SELECT id, api, dyad, query, CAST(retrieved_at AS VARCHAR),"
        + " sha256, bytes, import_kind, import_id FROM fetches ORDER BY id", List.of(), r -> new Entry(r.getLong(1),
            r.getString(2), r.getString(3), r.getString(4), parse(r.getString(5)), r.getString(6), r.getLong(7),
            ImportKind.of(r.getString(8)), r.getLong(9)));
  }

  /** When {@code api} was last fetched for {@code dyad}. */
  public Optional<Instant> lastFetch(String api, String dyad) {
    return all().stream().filter(e -> e.api().equals(api) && e.dyad().equals(dyad)).map(Entry::retrievedAt)
        .max(Instant::compareTo);
  }

  /** The answers an observation cites: those recorded with the import that last wrote it. */
  public List<Entry> forObservation(String observationId) {
    return cited("SELECT import_id FROM observations WHERE id = ?", ImportKind.OBSERVATIONS, observationId, null);
  }

  /** The answers an event cites. */
  public List<Entry> forEvent(String dataset, String eventId) {
    return cited("SELECT import_id FROM events WHERE dataset = ? AND event_id = ?", ImportKind.EVENTS, dataset,
        eventId);
  }

  private List<Entry> cited(String sql, ImportKind kind, String a, String b) {
    try (PreparedStatement p = ws.database().connection().prepareStatement(sql)) {
      p.setString(1, a);
      if (b != null) {
        p.setString(2, b);
      }
      try (ResultSet r = p.executeQuery()) {
        if (!r.next()) {
          return List.of();
        }
        long importId = r.getLong(1);
        return all().stream().filter(e -> e.kind() == kind && e.importId() == importId).toList();
      }
    } catch (SQLException e) {
      throw ws.database().failure("read the fetch log", e);
    }
  }

  private static Instant parse(String text) {
    return LocalDateTime.parse(text.replace(' ', 'T')).toInstant(ZoneOffset.UTC);
  }
}
