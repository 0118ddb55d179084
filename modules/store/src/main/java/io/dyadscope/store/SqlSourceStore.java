package io.dyadscope.store;

import io.dyadscope.evidence.Grade;
import io.dyadscope.evidence.Source;
import io.dyadscope.evidence.SourceKind;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.Map;

/** {@link SourceStore} over the {@code sources} table. */
final class SqlSourceStore implements SourceStore {

  private final Database db;

  SqlSourceStore(Database db) {
    this.db = db;
  }

  @Override
  public Map<String, Source> all() {
    Map<String, Source> all = new LinkedHashMap<>();
    try (Statement s = db.connection().createStatement();
        ResultSet r = s.executeQuery(
            "SELECT id, citation, publisher, kind, grade, year, url FROM sources ORDER BY id")) {
      while (r.next()) {
        Source src = new Source(r.getString(1), r.getString(2), r.getString(3), SourceKind.parse(r.getString(4)),
            Grade.parse(r.getString(5)), r.getInt(6), r.getString(7));
        all.put(src.id(), src);
      }
    } catch (SQLException e) {
      throw db.failure("read sources", e);
    }
    return all;
  }
}
