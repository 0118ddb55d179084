package io.dyadscope.store;

import io.dyadscope.evidence.Observation;
import io.dyadscope.evidence.Source;
import io.dyadscope.evidence.imports.MergeResult;
import io.dyadscope.evidence.imports.Replacement;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;

/**
 * Adds and replaces sources and observations in one transaction and logs the import: the
 * appender fills staging tables, set-based SQL merges them. An observation whose id is present is
 * replaced when its value, unit or note differ, else counted unchanged; a source is replaced when
 * any field differs.
 */
final class ObservationMerge {

  private final Database db;

  ObservationMerge(Database db) {
    this.db = db;
  }

  /** @throws IllegalArgumentException when two sources or two observations share an id */
  MergeResult merge(String fileName, String sha256, Collection<Source> sources, List<Observation> observations) {
    // Ids are hashes: computed once here and passed on.
    Map<String, Observation> byId = new LinkedHashMap<>();
    for (Observation o : observations) {
      if (byId.put(o.id(), o) != null) {
        throw new IllegalArgumentException("two observations with id " + o.id() + ": " + o.key());
      }
    }
    if (sources.stream().map(Source::id).distinct().count() != sources.size()) {
      throw new IllegalArgumentException("two sources share an id");
    }
    return db.inTransaction("import " + fileName, c -> merge(c, fileName, sha256, sources, byId));
  }

  private MergeResult merge(Connection c, String fileName, String sha256, Collection<Source> sources,
      Map<String, Observation> byId) throws SQLException {
    DuckDBConnection duck = c.unwrap(DuckDBConnection.class);
    try (Statement s = c.createStatement()) {
      s.execute("CREATE OR REPLACE TEMP TABLE stage_sources (id VARCHAR, citation VARCHAR, publisher VARCHAR,"
          + " kind VARCHAR, grade VARCHAR, year INTEGER, url VARCHAR)");
      s.execute("CREATE OR REPLACE TEMP TABLE stage_observations (ord INTEGER, id VARCHAR, indicator VARCHAR,"
          + " dyad VARCHAR, subject VARCHAR, period VARCHAR, period_ordinal INTEGER, period_annual BOOLEAN,"
          + " value DOUBLE, unit VARCHAR, status VARCHAR, source VARCHAR, reported_by VARCHAR, location VARCHAR,"
          + " note VARCHAR)");
    }
    try (DuckDBAppender a = duck.createAppender("temp", "main", "stage_sources")) {
      for (Source src : sources) {
        a.beginRow().append(src.id()).append(src.citation()).append(src.publisher()).append(src.kind().label())
            .append(src.grade().name());
        if (src.year() == 0) {
          a.appendNull();
        } else {
          a.append(src.year());
        }
        a.append(src.url()).endRow();
      }
    }
    try (DuckDBAppender a = duck.createAppender("temp", "main", "stage_observations")) {
      int ord = 0;
      for (Map.Entry<String, Observation> e : byId.entrySet()) {
        Observation o = e.getValue();
        a.beginRow().append(ord++).append(e.getKey()).append(o.indicator()).append(o.dyad()).append(o.subject())
            .append(o.period().toString()).append(o.period().ordinal()).append(o.period().isAnnual())
            .append(o.value()).append(o.unit()).append(o.status().word()).append(o.source())
            .append(o.reportedBy()).append(o.location()).append(o.note()).endRow();
      }
    }
    String sourceDiffers = "(x.citation IS DISTINCT FROM s.citation OR x.publisher IS DISTINCT FROM s.publisher"
        + " OR x.kind IS DISTINCT FROM s.kind OR x.grade IS DISTINCT FROM s.grade"
        + " OR x.year IS DISTINCT FROM s.year OR x.url IS DISTINCT FROM s.url)";
    int sourcesAdded = (int) Database.count(c,
        "SELECT count(*) FROM stage_sources s WHERE NOT EXISTS (SELECT 1 FROM sources x WHERE x.id = s.id)");
    int sourcesReplaced = (int) Database.count(c,
        "SELECT count(*) FROM stage_sources s JOIN sources x ON x.id = s.id WHERE " + sourceDiffers);

    String observationDiffers = "(x.value IS DISTINCT FROM s.value OR x.unit IS DISTINCT FROM s.unit"
        + " OR x.note IS DISTINCT FROM s.note)";
    List<Replacement> replacements = new ArrayList<>();
    try (Statement st = c.createStatement();
        ResultSet r = st.executeQuery("SELECT s.id, x.value, s.value, x.unit, s.unit, x.note, s.note"
            + " FROM stage_observations s JOIN observations x ON x.id = s.id WHERE " + observationDiffers
            + " ORDER BY s.ord")) {
      while (r.next()) {
        replacements.add(new Replacement(r.getString(1), byId.get(r.getString(1)).key(), r.getDouble(2),
            r.getDouble(3), r.getString(4), r.getString(5), r.getString(6), r.getString(7)));
      }
    }
    int added = (int) Database.count(c, "SELECT count(*) FROM stage_observations s"
        + " WHERE NOT EXISTS (SELECT 1 FROM observations x WHERE x.id = s.id)");
    int unchanged = byId.size() - added - replacements.size();
    long importId = Database.count(c, "SELECT coalesce(max(id), 0) + 1 FROM imports");

    try (Statement st = c.createStatement()) {
      st.executeUpdate("UPDATE sources x SET citation = s.citation, publisher = s.publisher, kind = s.kind,"
          + " grade = s.grade, year = s.year, url = s.url FROM stage_sources s WHERE x.id = s.id AND "
          + sourceDiffers);
      st.executeUpdate("INSERT INTO sources SELECT id, citation, publisher, kind, grade, year, url"
          + " FROM stage_sources s WHERE NOT EXISTS (SELECT 1 FROM sources x WHERE x.id = s.id)");
      st.executeUpdate("UPDATE observations x SET value = s.value, unit = s.unit, note = s.note, import_id = "
          + importId + " FROM stage_observations s WHERE x.id = s.id AND " + observationDiffers);
      st.executeUpdate("INSERT INTO observations SELECT id, indicator, dyad, subject, period, period_ordinal,"
          + " period_annual, value, unit, status, source, reported_by, location, note, " + importId
          + " FROM stage_observations s WHERE NOT EXISTS (SELECT 1 FROM observations x WHERE x.id = s.id)");
      st.execute("DROP TABLE stage_sources");
      st.execute("DROP TABLE stage_observations");
    }
    try (PreparedStatement p = c.prepareStatement(
        "INSERT INTO imports VALUES (?, ?, ?, CAST(? AS TIMESTAMP), ?, ?, ?)")) {
      p.setLong(1, importId);
      p.setString(2, fileName);
      p.setString(3, sha256);
      p.setString(4, Timestamps.nowUtc());
      p.setInt(5, added);
      p.setInt(6, replacements.size());
      p.setInt(7, unchanged);
      p.executeUpdate();
    }
    return new MergeResult(importId, added, replacements.size(), unchanged, sourcesAdded, sourcesReplaced,
        replacements);
  }
}
