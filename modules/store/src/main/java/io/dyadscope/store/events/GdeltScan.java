package io.dyadscope.store.events;

import io.dyadscope.events.BadRowException;
import io.dyadscope.events.DyadSelection;
import io.dyadscope.events.EventFormat;
import io.dyadscope.events.GdeltRow;
import io.dyadscope.events.read.EventReader;
import io.dyadscope.events.reference.CountryCodes;
import io.dyadscope.evidence.imports.ImportException;
import io.dyadscope.evidence.imports.ImportProblem;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;
import org.duckdb.DuckDBPreparedStatement;

/**
 * Stages one GDELT file read by DuckDB ({@link GdeltSql}) on an import's connection. Bad rows come
 * from DuckDB's rejects table (wrong column count, a value that is not of its column's type) and from
 * the rules predicate; each is phrased by {@link GdeltRow} from its own line, so that the message
 * (file, line, field) is the one the row-by-row reader gives. A strict scan throws the first bad row;
 * a lenient one hands every bad row to the reject sink. Where DuckDB and the rules disagree about a
 * row, or the file has blank lines (which DuckDB skips, so rows could not be given their lines), the
 * scan stages nothing and says so: the caller reads that file row by row.
 */
public final class GdeltScan {

  /** What a scan did; {@code rowByRow} when the file must be read by the row-by-row reader instead. */
  public record Result(long rows, long kept, long rejected, List<ImportProblem> problems, boolean rowByRow) {
    static final Result ROW_BY_ROW = new Result(0, 0, 0, List.of(), true);
  }

  private final Connection connection;
  private final CountryCodes codes;

  GdeltScan(Connection connection, CountryCodes codes) {
    this.connection = connection;
    this.codes = codes;
  }

  Result stage(Path path, String name, EventFormat format, boolean lenient,
      DyadSelection selection, long seqBase, EventReader.RejectSink rejects, Progress progress)
      throws ImportException, IOException, SQLException {
    references();
    // Before DuckDB reads, not beside it: a byte that is not UTF-8 in a column it projects, with
    // rejects on, is a fatal error that invalidates the whole database.
    LineScan lines = LineScan.of(path);
    if (lines.firstBad() > 0) {
      // Not UTF-8 stops even a lenient import, as the row-by-row reader does.
      throw new ImportException(List.of(new ImportProblem(name, (int) Math.min(Integer.MAX_VALUE, lines.firstBad()), "",
          lines.nul() ? "holds NUL characters: not UTF-8 text (UTF-16? convert it to UTF-8)"
              : "not UTF-8 text (convert it to UTF-8, e.g. iconv -f latin1 -t utf-8)")), false);
    }
    if (lines.firstBlank() > 0) {
      return Result.ROW_BY_ROW;
    }
    List<String> dyadFips = codes.fipsCodesOf(selection.dyad().first(), selection.dyad().second());
    try (Statement s = connection.createStatement()) {
      s.execute("DROP TABLE IF EXISTS " + GdeltSql.REJECTS);
      s.execute("DROP TABLE IF EXISTS " + GdeltSql.REJECT_SCANS);
    }
    int columns = GdeltSql.columns(format, firstLineColumns(path));
    IdRuns ids = lines.ids();
    if (ids != null) {
      runs(ids);
      execute(GdeltSql.stage(path.toString(), name, format, columns, selection, dyadFips, seqBase, true), progress);
      if (unplaced(seqBase)) {
        // DuckDB read an id the byte scan did not (it should not happen): number the rows in file order.
        unstage(seqBase);
        ids = null;
        try (Statement s = connection.createStatement()) {
          s.execute("DROP TABLE IF EXISTS " + GdeltSql.REJECTS);
          s.execute("DROP TABLE IF EXISTS " + GdeltSql.REJECT_SCANS);
        }
      }
    }
    if (ids == null) {
      oneThread(() -> execute(GdeltSql.stage(path.toString(), name, format, columns, selection, dyadFips, seqBase,
          false), progress));
    }
    TreeMap<Long, ImportProblem> problems = new TreeMap<>();
    Map<Long, String> records = new TreeMap<>();
    // Read in parallel, DuckDB's line of a rejected row is not to be relied on: its id places it instead.
    try (Statement s = connection.createStatement();
        ResultSet r = s.executeQuery(ids == null
            ? "SELECT line, any_value(csv_line ORDER BY column_idx) FROM " + GdeltSql.REJECTS
                + " GROUP BY line ORDER BY line"
            : "SELECT 0, csv_line FROM " + GdeltSql.REJECTS + " GROUP BY csv_line")) {
      while (r.next()) {
        String record = r.getString(2);
        long line = ids == null ? r.getLong(1) : ids.line(IdRuns.idOf(record));
        ImportProblem p = line == 0 ? null : problem(record, name, line, format);
        if (p == null) {
          return unstage(seqBase);
        }
        problems.put(line, p);
        records.put(line, record);
      }
    }
    try (Statement s = connection.createStatement()) {
      if (!problems.isEmpty() && ids == null) {
        s.execute(GdeltSql.lines(seqBase));
      }
      List<Long> broken = new ArrayList<>();
      try (ResultSet r = s.executeQuery("SELECT line FROM stage_events WHERE seq < 0 ORDER BY line"
          + (lenient ? "" : " LIMIT 1"))) {
        while (r.next()) {
          broken.add(r.getLong(1));
        }
      }
      Map<Long, String> text = lines(path, broken);
      for (long line : broken) {
        ImportProblem p = problem(text.get(line), name, line, format);
        if (p == null) {
          return unstage(seqBase);
        }
        problems.put(line, p);
        records.put(line, text.get(line));
      }
      if (!lenient && !problems.isEmpty()) {
        throw new ImportException(List.of(problems.firstEntry().getValue()), false);
      }
      List<ImportProblem> listed = new ArrayList<>();
      for (Map.Entry<Long, ImportProblem> e : problems.entrySet()) {
        if (listed.size() < EventReader.PROBLEMS_LISTED) {
          listed.add(e.getValue());
        }
        if (rejects != null) {
          rejects.reject(e.getValue(), records.get(e.getKey()));
        }
      }
      if (!broken.isEmpty()) {
        s.execute("DELETE FROM stage_events WHERE seq < 0");
      }
      long kept;
      try (ResultSet r = s.executeQuery("SELECT count(*) FROM stage_events WHERE " + GdeltSql.staged(seqBase))) {
        r.next();
        kept = r.getLong(1);
      }
      return new Result(lines.lines(), kept, problems.size(), listed, false);
    }
  }

  /** Whether a row staged by id found no line (its id not among those the byte scan placed). */
  private boolean unplaced(long seqBase) throws SQLException {
    try (Statement s = connection.createStatement();
        ResultSet r = s.executeQuery("SELECT count(*) FROM stage_events WHERE seq IS NULL OR (line IS NULL AND "
            + GdeltSql.staged(seqBase) + ")")) {
      r.next();
      return r.getLong(1) > 0;
    }
  }

  /** The file's id runs as the table the staging SQL joins. */
  private void runs(IdRuns ids) throws SQLException {
    try (Statement s = connection.createStatement()) {
      s.execute("CREATE OR REPLACE TEMP TABLE " + GdeltSql.RUNS
          + " (first_id BIGINT, last_id BIGINT, first_line BIGINT)");
    }
    try (DuckDBAppender a = connection.unwrap(DuckDBConnection.class).createAppender("temp", "main", GdeltSql.RUNS)) {
      for (int k = 0; k < ids.size(); k++) {
        a.beginRow().append(ids.firstIds()[k]).append(ids.lastIds()[k]).append(ids.firstLines()[k]).endRow();
      }
    }
  }

  /** Takes back what the scan staged, for the row-by-row reader to read the file instead. */
  private Result unstage(long seqBase) throws SQLException {
    try (Statement s = connection.createStatement()) {
      s.execute("DELETE FROM stage_events WHERE " + GdeltSql.staged(seqBase));
    }
    return Result.ROW_BY_ROW;
  }

  /** Told how far DuckDB's scan is, 0 to 1. */
  public interface Progress {
    void share(double done);
  }

  private interface Work {
    void run() throws SQLException;
  }

  /**
   * Runs {@code work} with DuckDB on one thread: the in-order read, for files whose ids cannot place
   * their lines. With rows numbered in file order ({@code WITH ORDINALITY}) a second thread did not
   * speed the scan up but often doubled its processor time (0.5 million rows, 2 cores under load, five
   * runs each: 0.66-0.71 s on one thread, 0.93-1.89 s on two; wall time no better). The setting is the database's, not the connection's: it is put back at once.
   */
  private void oneThread(Work work) throws SQLException {
    String threads;
    try (Statement s = connection.createStatement();
        ResultSet r = s.executeQuery("SELECT current_setting('threads')")) {
      r.next();
      threads = r.getString(1);
    }
    try (Statement s = connection.createStatement()) {
      s.execute("SET threads = 1");
      try {
        work.run();
      } finally {
        s.execute("SET threads = " + Long.parseLong(threads));
      }
    }
  }

  /** Runs the scan, asking DuckDB how far it is every fifth of a second. */
  private void execute(String sql, Progress progress) throws SQLException {
    try (PreparedStatement p = connection.prepareStatement(sql)) {
      Thread watcher = null;
      if (progress != null) {
        DuckDBPreparedStatement d = p.unwrap(DuckDBPreparedStatement.class);
        watcher = new Thread(() -> {
          try {
            while (!Thread.currentThread().isInterrupted()) {
              Thread.sleep(200);
              double pct = d.getQueryProgress().getPercentage();
              if (pct >= 0) {
                progress.share(pct / 100);
              }
            }
          } catch (InterruptedException | SQLException e) {
            // The scan has ended (or the statement closed): nothing more to tell.
          }
        }, "event-scan-progress");
        watcher.setDaemon(true);
        watcher.start();
      }
      try {
        p.execute();
      } finally {
        if (watcher != null) {
          watcher.interrupt();
        }
      }
    }
  }

  /** The problem the rules find in a line, or null when they find none (DuckDB and they disagree). */
  private ImportProblem problem(String line, String name, long lineNo, EventFormat format) {
    if (line == null) {
      return null;
    }
    try {
      GdeltRow.parse(line, name, lineNo, format, codes);
      return null;
    } catch (BadRowException e) {
      return e.problem();
    }
  }

  /** GDELT 1.0 files have 57 or 58 columns: the first line says which this file has. */
  private static int firstLineColumns(Path path) throws IOException {
    // Bytes, not characters: whether the rest of the file is UTF-8 is DuckDB's to tell, by line.
    try (java.io.InputStream in = new java.io.BufferedInputStream(Files.newInputStream(path))) {
      int columns = 1;
      int b;
      while ((b = in.read()) != -1 && b != '\n') {
        if (b == '\t') {
          columns++;
        }
      }
      return columns;
    }
  }

  /** The text of the lines wanted (the few rows the rules refused), read in one pass. */
  private static Map<Long, String> lines(Path path, List<Long> wanted) throws IOException {
    Map<Long, String> out = new TreeMap<>();
    if (wanted.isEmpty()) {
      return out;
    }
    long last = wanted.get(wanted.size() - 1);
    java.util.Set<Long> set = new java.util.HashSet<>(wanted);
    try (BufferedReader r = Files.newBufferedReader(path, StandardCharsets.UTF_8)) {
      String line;
      long n = 0;
      while (n < last && (line = r.readLine()) != null) {
        n++;
        if (set.contains(n)) {
          out.put(n, line);
        }
      }
    }
    return out;
  }

  /** The reference tables the staging SQL joins, made once per connection from the shipped tables. */
  private void references() throws SQLException {
    try (Statement s = connection.createStatement()) {
      try (ResultSet r = s.executeQuery("SELECT count(*) FROM duckdb_tables() WHERE table_name = 'ref_fips'"
          + " AND temporary")) {
        r.next();
        if (r.getLong(1) > 0) {
          return;
        }
      }
      s.execute("CREATE TEMP TABLE ref_cameo (iso3 VARCHAR PRIMARY KEY)");
      s.execute("CREATE TEMP TABLE ref_fips (fips VARCHAR PRIMARY KEY, iso3 VARCHAR NOT NULL)");
    }
    // Through the appender, as every bulk load here: a batch of inserts is still a statement a row.
    DuckDBConnection duck = connection.unwrap(DuckDBConnection.class);
    try (DuckDBAppender a = duck.createAppender("temp", "main", "ref_cameo")) {
      for (String iso : codes.iso3Codes()) {
        a.beginRow().append(iso).endRow();
      }
    }
    try (DuckDBAppender a = duck.createAppender("temp", "main", "ref_fips")) {
      for (Map.Entry<String, String> e : codes.fipsTable().entrySet()) {
        a.beginRow().append(e.getKey()).append(e.getValue()).endRow();
      }
    }
  }

}
