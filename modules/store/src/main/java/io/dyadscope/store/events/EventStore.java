package io.dyadscope.store.events;

import io.dyadscope.events.Dataset;
import io.dyadscope.events.DyadSelection;
import io.dyadscope.events.EventFormat;
import io.dyadscope.events.read.EventReader;
import io.dyadscope.events.reference.CountryCodes;
import io.dyadscope.evidence.imports.ImportException;
import java.io.IOException;
import java.nio.file.Path;
import io.dyadscope.events.Event;
import io.dyadscope.store.Workspace;
import io.dyadscope.store.WorkspaceException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;

/**
 * The workspace's events (table {@code events}, migration 003). An import streams events through a
 * {@link Loader} into a staging table with the DuckDB appender, then {@link Loader#commit} merges them
 * with set-based SQL in one transaction: new events are added, events whose fields changed replace the
 * old row and are listed, identical ones are left alone, so re-importing a file adds nothing. A
 * loader closed without commit leaves the workspace as it was.
 */
public final class EventStore {

  /** How many replaced events an import lists. */
  public static final int CHANGES_LISTED = 50;

  static final String COLUMNS = "dataset, event_id, file, line, day, event_type, sub_type, root_code, quad_class,"
      + " root_event, actor1, actor1_iso, actor2, actor2_iso, country_iso, admin1, location, fatalities,"
      + " fatalities_low, fatalities_high, goldstein, mentions, tone";

  /** The fields whose change makes a re-imported event a replacement (where it was read from does not). */
  private static final String CONTENT = "day, event_type, sub_type, root_code, quad_class, root_event, actor1,"
      + " actor1_iso, actor2, actor2_iso, country_iso, admin1, location, fatalities, fatalities_low,"
      + " fatalities_high, goldstein, mentions, tone";

  private final Workspace workspace;

  public EventStore(Workspace workspace) {
    this.workspace = workspace;
  }

  /** Starts an import on its own connection; close it (after {@link Loader#commit} or not). */
  public Loader loader() {
    return new Loader(workspace.newConnection());
  }

  /** Events held, all datasets. */
  public long count() {
    try (Connection c = workspace.newConnection(); Statement s = c.createStatement();
        ResultSet r = s.executeQuery("SELECT count(*) FROM events")) {
      r.next();
      return r.getLong(1);
    } catch (SQLException e) {
      throw new WorkspaceException("cannot count events: " + e.getMessage(), e);
    }
  }

  /**
   * Streams the events touching {@code iso1} or {@code iso2} (every event when both are null) to
   * {@code sink}, in dataset, day and id order, without holding them all.
   */
  public void forEach(String iso1, String iso2, Consumer<Event> sink) {
    String where = iso1 == null ? ""
        : " WHERE " + EventQueries.touches(EventQueries.literal(iso1), EventQueries.literal(iso2));
    try (Connection c = workspace.newConnection();
        PreparedStatement p = c.prepareStatement("SELECT " + COLUMNS + " FROM events" + where
            + " ORDER BY dataset, day, event_id")) {
      try (ResultSet r = p.executeQuery()) {
        while (r.next()) {
          sink.accept(event(r));
        }
      }
    } catch (SQLException e) {
      throw new WorkspaceException("cannot read events: " + e.getMessage(), e);
    }
  }

  private static Event event(ResultSet r) throws SQLException {
    return new Event(Dataset.parse(r.getString(1)), r.getString(2), r.getString(3), r.getLong(4),
        r.getObject(5, java.time.LocalDate.class), r.getString(6), r.getString(7), r.getString(8), r.getInt(9),
        r.getBoolean(10), r.getString(11), r.getString(12), r.getString(13), r.getString(14), r.getString(15),
        r.getString(16), r.getString(17), (Integer) r.getObject(18), (Integer) r.getObject(19),
        (Integer) r.getObject(20), (Double) r.getObject(21), (Integer) r.getObject(22), (Double) r.getObject(23));
  }

  /** One import: events appended to a staging table, merged on {@link #commit}. */
  public static final class Loader implements Consumer<Event>, AutoCloseable {

    private final Connection connection;
    private final DuckDBAppender appender;
    private long seq;

    Loader(Connection connection) {
      this.connection = connection;
      try (Statement s = connection.createStatement()) {
        s.execute("CREATE OR REPLACE TEMP TABLE stage_events AS SELECT 0::BIGINT AS seq, " + COLUMNS
            + " FROM events LIMIT 0");
        appender = connection.unwrap(DuckDBConnection.class).createAppender("temp", "main", "stage_events");
      } catch (SQLException e) {
        close();
        throw new WorkspaceException("cannot start an event import: " + e.getMessage(), e);
      }
    }

    @Override
    public void accept(Event e) {
      try {
        DuckDBAppender a = appender.beginRow().append(seq++).append(e.dataset().id()).append(e.eventId())
            .append(e.file()).append(e.line()).append(e.date()).append(e.eventType()).append(e.subType())
            .append(e.rootCode()).append((byte) e.quadClass()).append(e.rootEvent()).append(e.actor1())
            .append(e.actor1Iso()).append(e.actor2()).append(e.actor2Iso()).append(e.countryIso())
            .append(e.admin1()).append(e.location());
        integer(a, e.fatalities());
        integer(a, e.fatalitiesLow());
        integer(a, e.fatalitiesHigh());
        decimal(a, e.goldstein());
        integer(a, e.mentions());
        decimal(a, e.tone());
        a.endRow();
      } catch (SQLException ex) {
        throw new WorkspaceException("cannot stage event " + e.eventId() + ": " + ex.getMessage(), ex);
      }
    }

    /**
     * Stages a whole GDELT file read by DuckDB itself ({@link GdeltScan}); events appended before stay
     * before it in reading order.
     */
    public GdeltScan.Result stageGdelt(Path path, String name, EventFormat format, boolean lenient,
        DyadSelection selection, EventReader.RejectSink rejects, GdeltScan.Progress progress)
        throws ImportException, IOException {
      try {
        appender.flush();
        GdeltScan.Result r = new GdeltScan(connection, CountryCodes.standard()).stage(path, name, format, lenient,
            selection, seq, rejects, progress);
        seq += r.rows() + 1;
        return r;
      } catch (SQLException e) {
        throw new WorkspaceException("cannot read " + name + " with DuckDB: " + e.getMessage(), e);
      }
    }

    private static void integer(DuckDBAppender a, Integer v) throws SQLException {
      if (v == null) {
        a.appendNull();
      } else {
        a.append(v.intValue());
      }
    }

    private static void decimal(DuckDBAppender a, Double v) throws SQLException {
      if (v == null) {
        a.appendNull();
      } else {
        a.append(v.doubleValue());
      }
    }

    /**
     * Merges the staged events in one transaction and logs the import.
     *
     * @param files   the files read, for the log
     * @param dyad    the dyad the selection kept events for
     * @param allRows whether every row was kept
     * @param rows    rows read
     * @param rejected bad rows skipped
     */
    public EventImport commit(List<String> files, String dyad, boolean allRows, long rows, long rejected) {
      try {
        appender.close();
        connection.setAutoCommit(false);
        try (Statement s = connection.createStatement()) {
          // A file may list an event twice (or two files the same event): the last one read wins. Most
          // imports have no repeats, and then the window (a sort) is skipped.
          boolean repeats = scalar(s, "SELECT count(*) FROM (SELECT 1 FROM stage_events GROUP BY dataset, event_id"
              + " HAVING count(*) > 1)") > 0;
          s.execute("CREATE OR REPLACE TEMP VIEW stage_last AS SELECT " + COLUMNS + " FROM stage_events"
              + (repeats ? " QUALIFY row_number() OVER (PARTITION BY dataset, event_id ORDER BY seq DESC) = 1" : ""));
          s.execute("CREATE OR REPLACE TEMP TABLE stage_changed AS SELECT s.dataset, s.event_id,"
              + " " + summary("e") + " AS before, " + summary("s") + " AS after"
              + " FROM stage_last s JOIN events e ON e.dataset = s.dataset AND e.event_id = s.event_id"
              + " WHERE (" + prefixed("s") + ") IS DISTINCT FROM (" + prefixed("e") + ")");
          long staged = scalar(s, "SELECT count(*) FROM stage_last");
          long replaced = scalar(s, "SELECT count(*) FROM stage_changed");
          long held = scalar(s, "SELECT count(*) FROM stage_last s JOIN events e"
              + " ON e.dataset = s.dataset AND e.event_id = s.event_id");
          long id = scalar(s, "SELECT coalesce(max(id), 0) + 1 FROM event_imports");
          s.execute("DELETE FROM events e USING stage_changed c WHERE e.dataset = c.dataset AND e.event_id = c.event_id");
          s.execute("INSERT INTO events SELECT " + COLUMNS + ", " + id + " FROM stage_last s WHERE NOT EXISTS"
              + " (SELECT 1 FROM events e WHERE e.dataset = s.dataset AND e.event_id = s.event_id)");
          List<EventImport.EventChange> changes = new ArrayList<>();
          try (ResultSet r = s.executeQuery("SELECT dataset, event_id, before, after FROM stage_changed"
              + " ORDER BY dataset, event_id LIMIT " + CHANGES_LISTED)) {
            while (r.next()) {
              changes.add(new EventImport.EventChange(r.getString(1), r.getString(2), r.getString(3), r.getString(4)));
            }
          }
          try (PreparedStatement p = connection.prepareStatement(
              "INSERT INTO event_imports VALUES (?, ?, CAST(? AS TIMESTAMP), ?, ?, ?, ?, ?, ?, ?, ?)")) {
            p.setLong(1, id);
            p.setString(2, String.join("\n", files));
            p.setString(3, LocalDateTime.now(ZoneOffset.UTC).toString().replace('T', ' '));
            p.setString(4, dyad);
            p.setBoolean(5, allRows);
            p.setLong(6, rows);
            p.setLong(7, staged);
            p.setLong(8, rejected);
            p.setLong(9, staged - held);
            p.setLong(10, replaced);
            p.setLong(11, held - replaced);
            p.executeUpdate();
          }
          s.execute("DROP VIEW stage_last");
          s.execute("DROP TABLE stage_changed");
          connection.commit();
          return new EventImport(id, staged, staged - held, replaced, held - replaced, changes);
        }
      } catch (SQLException | RuntimeException e) {
        try {
          connection.rollback();
        } catch (SQLException r) {
          e.addSuppressed(r);
        }
        throw new WorkspaceException("event import failed, nothing changed: " + e.getMessage(), e);
      }
    }

    private static String prefixed(String alias) {
      StringBuilder b = new StringBuilder();
      for (String c : CONTENT.split(",")) {
        b.append(b.length() == 0 ? "" : ", ").append(alias).append('.').append(c.strip());
      }
      return b.toString();
    }

    /** What a listing of changes shows of an event: type, fatalities (with range), day, place. */
    private static String summary(String a) {
      return "concat_ws(' ', " + a + ".day::VARCHAR, " + a + ".event_type, 'fatalities', coalesce(" + a
          + ".fatalities::VARCHAR, '-'), CASE WHEN " + a + ".fatalities_low <> " + a + ".fatalities_high THEN '('"
          + " || " + a + ".fatalities_low || '-' || " + a + ".fatalities_high || ')' END, " + a + ".country_iso, "
          + a + ".admin1)";
    }

    private static long scalar(Statement s, String sql) throws SQLException {
      try (ResultSet r = s.executeQuery(sql)) {
        r.next();
        return r.getLong(1);
      }
    }

    /** Drops the staging table and closes the connection; without a commit nothing changed. */
    @Override
    public void close() {
      try {
        if (appender != null) {
          appender.close();
        }
      } catch (SQLException ignored) {
        // The staging table is temporary: closing the connection discards it anyway.
      }
      try {
        connection.close();
      } catch (SQLException e) {
        throw new WorkspaceException("cannot close the event import's connection: " + e.getMessage(), e);
      }
    }
  }
}
