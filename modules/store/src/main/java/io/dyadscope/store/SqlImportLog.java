package io.dyadscope.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/** {@link ImportLog} over the {@code imports} table. */
final class SqlImportLog implements ImportLog {

  private final Database db;

  SqlImportLog(Database db) {
    this.db = db;
  }

  @Override
  public List<ImportRecord> all() {
    List<ImportRecord> out = new ArrayList<>();
    try (Statement s = db.connection().createStatement();
        ResultSet r = s.executeQuery("SELECT id, file_name, sha256, CAST(imported_at AS VARCHAR), added,"
            + " replaced, unchanged FROM imports ORDER BY id")) {
      while (r.next()) {
        out.add(new ImportRecord(r.getLong(1), r.getString(2), r.getString(3), Timestamps.parseUtc(r.getString(4)),
            r.getInt(5), r.getInt(6), r.getInt(7)));
      }
    } catch (SQLException e) {
      throw db.failure("read the import log", e);
    }
    return out;
  }
}
